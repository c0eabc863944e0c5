import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, getIntrospectionQuery, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoverageDocument, ImpactDocument, request } from '../../src/client/index.js';
import { PROJECT_ROOT } from '../../src/config/index.js';
import type { Graph } from '../../src/graph/index.js';
import { buildGraphQLSchema } from '../../src/schema/index.js';
import { createHttpServer, createLogger, measureOperation, type RunningServer, type ServerSettings } from '../../src/server/index.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
};

describe('limits, trusted documents and introspection', () => {
  let graph: Graph;
  const servers: RunningServer[] = [];
  const config = testConfig();

  async function serve(settings: Partial<ServerSettings> = {}): Promise<string> {
    const http = await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: { ...config, ...settings } });
    const running = await http.listen(0, '127.0.0.1');
    servers.push(running);
    return running.url;
  }

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await graph.close();
  });

  it('sizes the defaults from the schema: every operation in operations/ and the introspection query fit', () => {
    const schema = buildGraphQLSchema();
    const dirs = readdirSync(join(PROJECT_ROOT, 'operations'));
    const files = dirs.flatMap((d) => readdirSync(join(PROJECT_ROOT, 'operations', d)).filter((f) => f.endsWith('.graphql')).map((f) => join(PROJECT_ROOT, 'operations', d, f)));
    expect(files.length).toBeGreaterThan(15);
    const texts = [...files.map((f) => readFileSync(f, 'utf8')), getIntrospectionQuery()];
    for (const text of texts) {
      const doc = parse(text);
      const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      const vars = JSON.parse(/^# variables: (.*)$/m.exec(text)?.[1] ?? '{}') as Record<string, unknown>;
      for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const m = measureOperation(schema, op, fragments, vars);
        expect(m.depth, op.name?.value).toBeLessThanOrEqual(config.limits.maxDepth);
        expect(m.cost, op.name?.value).toBeLessThanOrEqual(config.limits.maxCost);
        expect(m.aliases, op.name?.value).toBeLessThanOrEqual(config.limits.maxAliases);
      }
    }
  });

  it('refuses a query deeper than the depth limit, naming the limit', async () => {
    const url = await serve();
    const levels = Array.from({ length: config.limits.maxDepth }, (_, i) => (i % 2 === 0 ? 'operators' : 'operatedSystems'));
    const deep = `{ node(id: "sys-elster") { ... on System { ${levels.map((l) => `${l}(first: 1) {`).join(' ')} id ${'}'.repeat(levels.length)} } } }`;
    const { status, body } = await post(url, { query: deep });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: config.limits.maxDepth });
  });

  it('refuses alias floods and costly queries, naming the limit', async () => {
    const url = await serve();
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: node(id: "sys-elster") { id }`).join(' ')} }`;
    expect((await post(url, { query: aliases })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    const costly = '{ projects(first: 100) { nodes { leadInstitutions(first: 500) { ledProjects(first: 500) { id } } } } }';
    expect((await post(url, { query: costly })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('refuses too many tokens and too large bodies with the same code', async () => {
    const url = await serve();
    const tokens = `{ ${'__typename '.repeat(3000)} }`;
    expect((await post(url, { query: tokens })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
    const big = await post(url, { query: '{ __typename }', variables: { pad: 'x'.repeat(config.limits.maxBodyBytes) } });
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'bodyBytes' });
  });

  it('in trusted-documents mode runs only the repository\'s operations', async () => {
    const url = await serve({ trustedDocumentsOnly: true });
    const documents = JSON.parse(readFileSync(join(PROJECT_ROOT, 'src/client/generated/persisted-documents.json'), 'utf8')) as Record<string, string>;
    const [coverageId, coverageText] = Object.entries(documents).find(([, text]) => text.startsWith('query Coverage'))!;
    const byId = await post(url, { documentId: coverageId });
    expect(byId.status).toBe(200);
    expect((byId.body.data as { coverage: unknown[] }).coverage).toHaveLength(5);
    expect((await post(url, { query: coverageText })).status).toBe(200);
    const free = await post(url, { query: '{ coverage { projectCount } }' });
    expect([free.status, free.body.errors?.[0]?.extensions?.code]).toEqual([400, 'TRUSTED_DOCUMENTS_ONLY']);
    const unknown = await post(url, { documentId: 'sha256:0000' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // The typed client sends the hash when asked to.
    const data = await request(url, CoverageDocument, {}, { persisted: true });
    expect(data.coverage).toHaveLength(5);
    await expect(request(url, ImpactDocument, { of: 'ELSTER' })).rejects.toThrow(/TRUSTED_DOCUMENTS_ONLY/);
  });

  it('with introspection off: no schema, no field suggestions, no GraphiQL', async () => {
    const url = await serve({ introspection: false });
    const introspection = await post(url, { query: '{ __schema { types { name } } }' });
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await post(url, { query: '{ coverag { projectCount } }' });
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const withIntrospection = await serve({ introspection: true });
    expect((await post(withIntrospection, { query: '{ coverag { projectCount } }' })).body.errors?.[0]?.message).toMatch(/Did you mean "coverage"/);
  });
});
