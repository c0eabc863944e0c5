import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chainText, type Chain } from '../../src/client/index.js';
import { Importer, type Graph } from '../../src/graph/index.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { clearGraph, cypher, openTestGraph, testConfig, testNeo4jUri } from '../helpers/graph.js';
import { createTestApi, type OperationResult } from '../helpers/api.js';
import { cliInProcess, cliProcess } from '../helpers/cli.js';
import { randomGraph } from '../helpers/random-graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

type Api = Awaited<ReturnType<typeof createTestApi>>;
const doc = <R = Record<string, unknown>, V = Record<string, unknown>>(text: string) => parse(text) as unknown as TypedDocumentNode<R, V>;

interface NodeRef {
  id: string;
  kind: string;
  name: string;
}
interface ApiPath {
  hops: number;
  confidence: string;
  nodes: NodeRef[];
  relationships: { type: string; from: string; to: string; confidence: string; note: string | null; sources: Record<string, string | null>[] }[];
}
interface Page<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  inferredCount: number;
}
type Evidence = 'ANY' | 'STATED';
interface Row {
  hops: number;
  node: NodeRef;
  evidence?: string;
  path?: ApiPath;
}

const PATH = 'path { hops confidence nodes { id kind name } relationships { type from to confidence note sources { url title published retrieved } validFrom validTo } }';
type ImpactAnswer = { impact: { affected: Page<{ hops: number; node: NodeRef }> } };
type TouchingAnswer = { projectsTouching: Page<{ hops: number; project: NodeRef; path: ApiPath }> };
const IMPACT = doc<ImpactAnswer>(`
  query ($of: String!, $maxDepth: Int!, $evidence: EvidenceLevel!, $after: String) {
    impact(of: $of, maxDepth: $maxDepth, evidence: $evidence) {
      affected(first: 7, after: $after) { nodes { hops node { id kind name } } pageInfo { hasNextPage endCursor } totalCount inferredCount }
    }
  }`);
const TOUCHING = doc<TouchingAnswer>(`
  query ($target: String!, $maxDepth: Int!, $evidence: EvidenceLevel!, $after: String) {
    projectsTouching(target: $target, maxDepth: $maxDepth, evidence: $evidence, first: 7, after: $after) {
      nodes { hops project { id kind name } ${PATH} } pageInfo { hasNextPage endCursor } totalCount inferredCount
    }
  }`);

/** A source as the API answers it, without the fields it does not have (the export leaves them out). */
const withoutNulls = (path: ApiPath): ApiPath => ({
  ...path,
  relationships: path.relationships.map((r) => ({ ...r, sources: r.sources.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null))) })),
});

/** The GraphQL connection paged through to the end (pages of 7), as rows {node, hops[, path]}, and its inferredCount. */
async function pagedThrough(api: Api, traversal: 'impact' | 'projectsTouching', ref: string, maxDepth: number, evidence: Evidence) {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    if (traversal === 'impact') {
      const { impact }: ImpactAnswer = await api.data(IMPACT, { of: ref, maxDepth, evidence, after });
      rows.push(...impact.affected.nodes);
      if (!impact.affected.pageInfo.hasNextPage) return { rows, inferred: impact.affected.inferredCount, total: impact.affected.totalCount };
      after = impact.affected.pageInfo.endCursor;
    } else {
      const { projectsTouching: page }: TouchingAnswer = await api.data(TOUCHING, { target: ref, maxDepth, evidence, after });
      rows.push(...page.nodes.map((n) => ({ node: n.project, hops: n.hops, path: withoutNulls(n.path) })));
      if (!page.pageInfo.hasNextPage) return { rows, inferred: page.inferredCount, total: page.totalCount };
      after = page.pageInfo.endCursor;
    }
  }
}

/** NDJSON rows as {node, hops, evidence, path} whichever traversal (projectsTouching's rows name the node `project`). */
const ndjsonRows = (text: string): Row[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Row & { project?: NodeRef })
    .map(({ project, node, ...rest }) => ({ node: (node ?? project)!, ...rest }));

const base = (s: RunningServer) => s.url.replace(/\/graphql$/, '');
const route = (s: RunningServer, traversal: string, query: string, token?: string) =>
  fetch(`${base(s)}/traversals/${traversal}?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** The cases: traversal, its node argument, the reference, maxDepth. */
type Case = readonly ['impact' | 'projectsTouching', 'of' | 'target', string, number];

/** Compares a streamed traversal (both formats, both evidence levels) with the GraphQL connection paged through. */
async function expectSameRows(api: Api, server: RunningServer, [traversal, argument, ref, maxDepth]: Case) {
  const any = await pagedThrough(api, traversal, ref, maxDepth, 'ANY');
  const stated = await pagedThrough(api, traversal, ref, maxDepth, 'STATED');
  for (const [evidence, graphql] of [['ANY', any], ['STATED', stated]] as const) {
    const response = await route(server, traversal, `${argument}=${encodeURIComponent(ref)}&maxDepth=${maxDepth}&evidence=${evidence}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename=${traversal}-[\\w.-]+\\.ndjson$`));
    const rows = ndjsonRows(await response.text());
    // The same rows in the same order (hops, name, id); projectsTouching's with the same path, impact's with a
    // shortest path from the row's node to the one that changes.
    expect(rows.map(({ node, hops, path }) => (traversal === 'impact' ? { node, hops } : { node, hops, path }))).toEqual(graphql.rows);
    expect(rows.length).toBe(graphql.total);
    for (const row of rows) {
      expect(row.path!.hops).toBe(row.hops);
      expect(row.path!.nodes[0]!.id).toBe(row.node.id);
      expect(row.path!.relationships).toHaveLength(row.hops);
    }
    // Evidence: INFERRED exactly for the rows inferredCount counts, the ones that vanish under STATED.
    const inferred = rows.filter((r) => r.evidence === 'INFERRED');
    expect(inferred.length).toBe(graphql.inferred);
    expect(rows.filter((r) => r.evidence === 'STATED').map((r) => r.node.id).sort()).toEqual(stated.rows.map((r) => r.node.id).sort());
    expect(rows.every((r) => r.evidence === 'STATED' || r.evidence === 'INFERRED')).toBe(true);

    // CSV, both dialects: the same rows, the path as one line of text.
    for (const [dialect, delimiter, bom] of [['excel-de', ';', '\uFEFF'], ['rfc4180', ',', '']] as const) {
      const csv = await route(server, traversal, `${argument}=${encodeURIComponent(ref)}&maxDepth=${maxDepth}&evidence=${evidence}&format=csv&csvDialect=${dialect}`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toMatch(/\.csv$/);
      const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
      expect(text.startsWith(`${bom}hops${delimiter}id${delimiter}`)).toBe(true);
      expect(text.split('\r\n').at(-1)).toBe('');
      const records = parseCsv(text.slice(bom.length), { delimiter, columns: true }) as Record<string, string>[];
      expect(records.map((r) => ({ hops: Number(r.hops), id: r.id, kind: r.kind, name: r.name, evidence: r.evidence, confidence: r.confidence, path: r.path }))).toEqual(
        rows.map((r) => ({
          hops: r.hops,
          id: r.node.id,
          kind: r.node.kind,
          name: r.node.name,
          evidence: r.evidence!.toLowerCase(),
          confidence: r.path!.confidence.toLowerCase(),
          path: chainText(r.path as Chain),
        })),
      );
    }
  }
  return any.total;
}

describe('streamed traversals: GET /traversals/… and export --traversal', () => {
  let graph: Graph;
  let api: Api;
  let server: RunningServer;
  let viewerKey: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    api = await createTestApi(graph);
    viewerKey = (await new ApiKeyRepository(graph.executor).create('stream viewer', 'viewer', 'test')).key;
    server = await (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig() })).listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.stop();
    await api?.stop();
    await graph?.close();
  });

  it.each<Case>([
    ['impact', 'of', 'ELSTER', 6],
    ['impact', 'of', 'leistung-fahrzeugzulassung', 4],
    ['projectsTouching', 'target', 'ELSTER', 6],
    ['projectsTouching', 'target', 'leistung-fahrzeugzulassung', 3],
  ])('%s (%s=%s, maxDepth %i) streams the rows the GraphQL connection pages through (shipped graph)', async (...c) => {
    expect(await expectSameRows(api, server, c)).toBeGreaterThan(0);
  });

  it('answers an unknown node with NOT_FOUND and the candidates GraphQL names, as JSON', async () => {
    for (const [traversal, argument] of [['impact', 'of'], ['projectsTouching', 'target']] as const) {
      const response = await route(server, traversal, `${argument}=ELSTR`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('content-disposition')).toBeNull();
      const { error } = (await response.json()) as { error: Record<string, unknown> };
      const graphql: OperationResult<unknown> =
        traversal === 'impact'
          ? await api.run(IMPACT, { of: 'ELSTR', maxDepth: 2, evidence: 'ANY', after: null })
          : await api.run(TOUCHING, { target: 'ELSTR', maxDepth: 2, evidence: 'ANY', after: null });
      const { code, ...details } = graphql.errors[0]!.extensions!;
      expect(error).toEqual({ code: 'NOT_FOUND', message: graphql.errors[0]!.message, ...details });
      expect(code).toBe('NOT_FOUND');
      expect(error.candidates).toContainEqual({ id: 'sys-elster', kind: 'System', name: 'ELSTER' });
    }
  });

  it.each([
    ['impact', 'maxDepth=2', 'of'],
    ['impact', 'of=', 'of'],
    ['projectsTouching', 'of=ELSTER', 'of'],
    ['impact', 'of=ELSTER&maxDepth=7', 'maxDepth'],
    ['impact', 'of=ELSTER&maxDepth=0', 'maxDepth'],
    ['impact', 'of=ELSTER&maxDepth=zwei', 'maxDepth'],
    ['projectsTouching', 'target=ELSTER&evidence=stated', 'evidence'],
    ['impact', 'of=ELSTER&format=xlsx', 'format'],
    ['impact', 'of=ELSTER&format=csv&csvDialect=excel', 'csvDialect'],
    ['impact', 'of=ELSTER&csvDialect=rfc4180', 'csvDialect'],
    ['impact', 'of=ELSTER&of=FITKO', 'of'],
    ['impact', 'of[a]=ELSTER', 'of[a]'],
  ])('refuses %s?%s with 400 BAD_USER_INPUT naming %s, as JSON', async (traversal, query, argument) => {
    const response = await route(server, traversal, query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { error: { code: string; argument: string } }).error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('checks maxDepth with the message GraphQL gives', async () => {
    const response = await route(server, 'impact', 'of=ELSTER&maxDepth=7');
    const graphql = await api.run(IMPACT, { of: 'ELSTER', maxDepth: 7, evidence: 'ANY', after: null });
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(graphql.errors[0]!.message);
  });

  it('is for everyone who may read, as /export: anonymous readers while ANONYMOUS_READ is on, keys; bad credentials 401', async () => {
    for (const token of [undefined, viewerKey]) expect((await route(server, 'impact', 'of=ELSTER', token)).status).toBe(200);
    const forged = await route(server, 'impact', 'of=ELSTER', 'sgk_forged');
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    const closed = await (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig({ ANONYMOUS_READ: 'false' }) })).listen(0, '127.0.0.1');
    try {
      const anonymous = await route(closed, 'projectsTouching', 'target=ELSTER');
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      expect((await route(closed, 'projectsTouching', 'target=ELSTER', viewerKey)).status).toBe(200);
    } finally {
      await closed.stop();
    }
  });

  it('export --traversal writes the same rows to stdout and to --out FILE, in process and as a process of its own', async () => {
    const env = { ...process.env, NEO4J_URI: testNeo4jUri(), STRATEGIEGRAPH_URL: 'local', STRATEGIEGRAPH_LANG: 'en' };
    const run = (...args: string[]) => cliInProcess(env, ['export', ...args]);
    const served = await (await route(server, 'impact', 'of=ELSTER&maxDepth=5')).text();
    const stdout = await run('--traversal', 'impact', '--of', 'ELSTER', '--max-depth', '5');
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toBe(served);
    expect(stdout.stderr).toMatch(/exported \d+ rows of impact of ELSTER \(sys-elster\)/);
    // The command's own process writes the same rows to its stdout.
    const own = await cliProcess(env, ['export', '--traversal', 'impact', '--of', 'ELSTER', '--max-depth', '5', '--quiet']);
    expect(own.code).toBe(0);
    expect(own.stdout).toBe(served);

    const out = join(mkdtempSync(join(tmpdir(), 'sg-stream-')), 'touching.csv');
    const file = await run('--traversal', 'projectsTouching', '--of', 'ELSTER', '--stated-only', '--format', 'csv', '--csv-dialect', 'rfc4180', '--out', out, '--quiet');
    expect(file).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(await (await route(server, 'projectsTouching', 'target=ELSTER&evidence=STATED&format=csv&csvDialect=rfc4180')).text());

    const unknown = await run('--traversal', 'impact', '--of', 'ELSTR');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/NOT_FOUND/);
    expect(unknown.stderr).toMatch(/Did you mean: ELSTER \(sys-elster\)/);
    expect((await run('--traversal', 'impact', '--of', 'ELSTER', '--max-depth', '9')).code).toBe(2);
    expect((await run('--traversal', 'impact')).code).toBe(64);
    expect((await run('--format', 'json', '--of', 'ELSTER')).code).toBe(64);
  }, 240_000);
});

describe('streamed traversals on a seeded random graph (inferred and contested hops)', () => {
  let graph: Graph;
  let api: Api;
  let server: RunningServer;
  let ids: Record<string, string[]>;
  beforeAll(async () => {
    graph = await openTestGraph();
    await clearGraph(graph);
    const generated = randomGraph(23, { projects: 150, systems: 20, services: 12, programmes: 5, topics: 4, institutions: 6, focusAreas: 3, edgesPerProject: 4, evidence: true });
    ids = generated.ids;
    const file = join(mkdtempSync(join(tmpdir(), 'sg-stream-')), 'random.json');
    writeFileSync(file, JSON.stringify(generated.doc));
    await new Importer(graph.executor).importPaths([file]);
    api = await createTestApi(graph);
    server = await (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig() })).listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.stop();
    await api?.stop();
    await graph?.close();
  });

  it('streams the rows GraphQL pages through, with the same evidence, for the hubs', async () => {
    let inferred = 0;
    for (const id of [ids.Service![0]!, ids.System![0]!, ids.System![1]!]) {
      for (const [traversal, argument, depth] of [['impact', 'of', 4], ['projectsTouching', 'target', 3]] as const) {
        expect(await expectSameRows(api, server, [traversal, argument, id, depth])).toBeGreaterThan(7);
        inferred += ndjsonRows(await (await route(server, traversal, `${argument}=${id}&maxDepth=${depth}`)).text()).filter((r) => r.evidence === 'INFERRED').length;
      }
    }
    // The graph has rows that rest on inferred hops: the evidence comparison above is not vacuous.
    expect(inferred).toBeGreaterThan(0);
  });
});

/**
 * A hub with many rows, big enough that the answer (tens of MB) is far more than the socket buffers between server
 * and client hold. Synthetic data, written straight with test Cypher as the importer would write it.
 */
const HUB_PROJECTS = 12_000;
async function hubGraph(graph: Graph) {
  await clearGraph(graph);
  const sources = JSON.stringify([{ url: 'https://example.org/synthetic-test-data', title: 'Synthetic test data, not a real fact' }]);
  const filler = 'synthetisches Testprojekt, keine echte Angabe '.repeat(6);
  await cypher(graph, "CREATE (:Node:System {id: 'syn-hub', kind: 'System', name: 'Synthetischer Knoten', sourcesJson: $sources})", { sources });
  await cypher(
    graph,
    `MATCH (hub:System {id: 'syn-hub'})
     UNWIND range(1, $n) AS i
     CREATE (p:Node:Project {id: 'syn-p-' + i, kind: 'Project', name: 'Projekt ' + i + ' – ' + $filler, sourcesJson: $sources})
     CREATE (p)-[:INTEGRATES {sourcesJson: $sources, confidence: CASE WHEN i % 5 = 0 THEN 'inferred' ELSE 'stated' END}]->(hub)`,
    { n: HUB_PROJECTS, sources, filler },
  );
}

/** A GET whose response body the test reads at its own pace (node:http: pausing it stops reading from the socket). */
function open(url: string): Promise<{ response: IncomingMessage; destroy: () => void }> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, (response) => resolve({ response, destroy: () => request.destroy() }));
    request.on('error', reject);
  });
}
/** The first chunk of the body; the response is paused before any other can be missed. */
const firstChunk = (response: IncomingMessage) =>
  new Promise<Buffer>((resolve) =>
    response.once('data', (chunk: Buffer) => {
      response.pause();
      resolve(chunk);
    }),
  );
const rest = (response: IncomingMessage, first: Buffer) =>
  new Promise<string>((resolve, reject) => {
    const chunks = [first];
    response.on('data', (c: Buffer) => chunks.push(c));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
    response.resume();
  });

/** Polls until `check` holds (at most ~30 s); the tests assert on what it found, never on how long it took. */
async function eventually<T>(read: () => Promise<T>, check: (value: T, before: T | undefined) => boolean): Promise<T> {
  let before: T | undefined;
  for (let i = 0; i < 120; i++) {
    const value = await read();
    if (check(value, before)) return value;
    before = value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('gave up waiting');
}

/** The open transactions of a statement of the catalogue (the executor names each one in its metadata). */
const openTransactions = async (graph: Graph, name: string) =>
  (await cypher<{ query: string }>(graph, 'SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = $name RETURN metaData.query AS query', { name })).length;

describe('streamed traversals hold a hub’s answer back instead of buffering it', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await hubGraph(graph);
  });
  afterAll(async () => graph?.close());

  async function serve(extra: Record<string, string> = {}) {
    return (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig(extra) })).listen(0, '127.0.0.1');
  }

  it('pulls rows only as fast as the client reads them (the streaming executor method, fetchSize rows a batch)', async () => {
    const server = await serve();
    let pulled = 0;
    const original = graph.executor.stream.bind(graph.executor);
    const stream = vi.spyOn(graph.executor, 'stream').mockImplementation((name, params, each, options) =>
      original(name, params, (row) => ((pulled += 1), each(row)), options),
    );
    const query = vi.spyOn(graph.executor, 'query');
    try {
      const { response } = await open(`${base(server)}/traversals/impact?of=syn-hub&maxDepth=1`);
      const first = await firstChunk(response);
      // The client reads nothing more: once the socket buffers are full, the server must stop pulling rows.
      const stalled = await eventually(async () => pulled, (now, before) => now === before && now > 0);
      expect(stalled).toBeLessThan(HUB_PROJECTS);
      expect(await openTransactions(graph, 'read/traversal/impact-rows')).toBe(1);
      const [name, , , options] = stream.mock.calls[0]!;
      expect(name).toBe('read/traversal/impact-rows');
      expect(options?.fetchSize).toBeGreaterThan(0);
      expect(options!.fetchSize!).toBeLessThan(HUB_PROJECTS);
      expect(query.mock.calls.map((c) => c[0])).not.toContain('read/traversal/impact-rows');
      // Reading on, every row arrives, and the server pulled each once.
      const rows = ndjsonRows(await rest(response, first));
      expect(rows).toHaveLength(HUB_PROJECTS);
      expect(pulled).toBe(HUB_PROJECTS);
      expect(rows.filter((r) => r.evidence === 'INFERRED')).toHaveLength(HUB_PROJECTS / 5);
      expect(await openTransactions(graph, 'read/traversal/impact-rows')).toBe(0);
    } finally {
      stream.mockRestore();
      query.mockRestore();
      await server.stop();
    }
  });

  it('stops the statement in Neo4j when the client goes away', async () => {
    const server = await serve({ LIMIT_STREAM_TIMEOUT_MS: '600000' });
    try {
      const { response, destroy } = await open(`${base(server)}/traversals/projectsTouching?target=syn-hub&maxDepth=1&format=csv`);
      await firstChunk(response);
      expect(await openTransactions(graph, 'read/traversal/projects-touching-rows')).toBe(1);
      destroy();
      // Long before the stream's time is up (10 minutes), its transaction is gone.
      expect(await eventually(() => openTransactions(graph, 'read/traversal/projects-touching-rows'), (n) => n === 0)).toBe(0);
    } finally {
      await server.stop();
    }
  });

  it('ends a stream past LIMIT_STREAM_TIMEOUT_MS with an error line, not silently', async () => {
    // Time enough for the first rows (the hub's statement sorts all of them first), not for all: the client stalls.
    const server = await serve({ LIMIT_STREAM_TIMEOUT_MS: '10000' });
    try {
      const { response } = await open(`${base(server)}/traversals/impact?of=syn-hub&maxDepth=1`);
      const first = await firstChunk(response);
      // The client is stalled; when the time is up the server stops the statement and ends the stream.
      await eventually(() => openTransactions(graph, 'read/traversal/impact-rows'), (n) => n === 0);
      const lines = (await rest(response, first)).split('\n').filter((l) => l !== '');
      expect(lines.length).toBeLessThan(HUB_PROJECTS + 1);
      expect(JSON.parse(lines.at(-1)!)).toMatchObject({ error: { code: 'QUERY_TIMEOUT' } });
      expect(lines.slice(0, -1).every((l) => 'node' in JSON.parse(l))).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
