import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HistoryDocument,
  ImpactDocument,
  NodePageDocument,
  NodesByIdsDocument,
  ProjectListDocument,
  ProjectsTouchingDocument,
  RemoveRelationshipDocument,
  SearchDocument,
  ShortestPathDocument,
  UpdateNodeDocument,
} from '../../src/client/index.js';
import { searchQueries, type ErrorCode } from '../../src/domain/index.js';
import type { Graph } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { createTestApi } from '../helpers/api.js';
import { openTestGraph, snapshot, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

/** Strings that try to escape into Cypher, Lucene, templates or the JSON layer. */
const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "sys-elster'}) DETACH DELETE n RETURN 1 //",
  '{{TYPE}}',
  '$(x)',
  '`) CALL db.clearQueryCaches() //',
  '*:*',
  'name:ELSTER OR description:*',
  ') OR (',
  '\\"\\\\',
  '\u0000\u0001\u001f',
  '\u202eELSTER\u202c',
  '🏛️👩‍💻🇩🇪',
  'e\u0301\u0301\u0301',
  '\uD800',
  'x'.repeat(20_000),
];

describe('bad input', () => {
  let graph: Graph;
  let server: RunningServer;
  let before: unknown;
  const editor = { kind: 'apiKey', subject: 'bad-input', role: 'editor' } as const;

  const post = async (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
    const response = await fetch(server.url, { method: 'POST', headers, body });
    const text = await response.text();
    let json: { errors?: { extensions?: { code?: string } }[] } = {};
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: checked by the caller
    }
    return { status: response.status, text, code: json.errors?.[0]?.extensions?.code };
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    before = await snapshot(graph);
    const http = await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig() });
    server = await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it.each([
    ['malformed JSON', '{"query": "{ coverage { projectCount } ', { 'content-type': 'application/json' }, 400, 'BAD_REQUEST'],
    ['a JSON array', '[1, 2, 3]', { 'content-type': 'application/json' }, 400, 'BAD_REQUEST'],
    ['text/plain (a CSRF-able content type)', '{"query":"{ coverage { projectCount } }"}', { 'content-type': 'text/plain' }, 400, 'BAD_REQUEST'],
    ['application/xml', '<query/>', { 'content-type': 'application/xml' }, 400, 'BAD_REQUEST'],
    ['no query at all', '{"variables": {}}', { 'content-type': 'application/json' }, 400, 'BAD_REQUEST'],
    ['an unknown field', '{"query":"{ coverage { nope } }"}', { 'content-type': 'application/json' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', '{"query":"{ coverage { "}', { 'content-type': 'application/json' }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['a wrong variable type', '{"query":"query($d: Int!) { impact(of: \\"ELSTER\\", maxDepth: $d) { totalBudgetEur } }","variables":{"d":"deep"}}', { 'content-type': 'application/json' }, 400, 'BAD_USER_INPUT'],
    ['a mutation over GET', '', { 'content-type': 'application/json' }, 405, undefined],
  ])('answers %s with a clear error and code', async (name, body, headers, status, code) => {
    if (name === 'a mutation over GET') {
      const response = await fetch(`${server.url}?query=${encodeURIComponent('mutation { removeRelationship(from: "a", type: TAGGED, to: "b") }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(status);
      return;
    }
    const result = await post(body, headers);
    expect(result.status).toBe(status);
    expect(result.code).toBe(code);
    expect(result.text).not.toMatch(/\bat \w+ \(|stacktrace/i);
    expect(await snapshot(graph)).toEqual(before);
  });

  it('treats injection attempts in every string argument as plain text: the exact code, and the graph unchanged', async () => {
    const api = await createTestApi(graph);
    const cases: [string, () => Promise<{ errors: readonly { extensions?: Record<string, unknown> }[] }>, readonly (ErrorCode | 'OK')[]][] = [];
    for (const s of INJECTIONS) {
      cases.push(
        ['node', () => api.run(NodePageDocument, { id: s }), ['OK']],
        ['nodes', () => api.run(NodesByIdsDocument, { ids: [s] }), ['OK']],
        ['search', () => api.run(SearchDocument, { text: s }), ['OK', 'BAD_USER_INPUT']],
        ['impact', () => api.run(ImpactDocument, { of: s }), ['NOT_FOUND', 'BAD_USER_INPUT']],
        ['projectsTouching', () => api.run(ProjectsTouchingDocument, { target: s }), ['NOT_FOUND', 'BAD_USER_INPUT']],
        ['shortestPath', () => api.run(ShortestPathDocument, { from: 'ELSTER', to: s }), ['NOT_FOUND', 'BAD_USER_INPUT']],
        ['nameContains', () => api.run(ProjectListDocument, { filter: { nameContains: s } }), ['OK']],
        ['focusArea', () => api.run(ProjectListDocument, { filter: { focusArea: s } }), ['NOT_FOUND', 'BAD_USER_INPUT']],
        ['relatedTo', () => api.run(ProjectListDocument, { filter: { relatedTo: [{ node: s, type: 'LED_BY', direction: 'OUT' }] } }), ['NOT_FOUND', 'BAD_USER_INPUT']],
        ['after', () => api.run(ProjectListDocument, { after: s }), ['BAD_USER_INPUT']],
        ['history', () => api.run(HistoryDocument, { id: s }), ['OK']],
        ['updateNode', () => api.run(UpdateNodeDocument, { id: s, expectedVersion: 1, input: { note: s } }, editor), ['NOT_FOUND']],
        ['removeRelationship', () => api.run(RemoveRelationshipDocument, { from: s, type: 'TAGGED', to: s }, editor), ['NOT_FOUND']],
      );
    }
    for (const [name, call, allowed] of cases) {
      const result = await call();
      const code = (result.errors[0]?.extensions?.code as ErrorCode | undefined) ?? 'OK';
      expect(allowed, `${name}: got ${code}`).toContain(code);
    }
    await api.stop();
    expect(await snapshot(graph)).toEqual(before);
  });

  it('property: search text never reaches Lucene as syntax, for any text', () => {
    const field = '(name|aliasesText|namesText|description)';
    // Outside the one phrase, a query is our template: +, parentheses, spaces and field:word clauses, where a word is
    // letters, marks and digits in lower case (no operator), optionally ~1 or ~2 (edits) and ^2 or ^3 (our field
    // weights); the kind clause uses our enum.
    const clause = new RegExp(`^${field}:[\\p{L}\\p{M}\\p{Nd}]+(~[12])?(\\^[23])?$`, 'u');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (text, withKinds) => {
        let queries: ReturnType<typeof searchQueries>;
        try {
          queries = searchQueries(text, withKinds ? ['System', 'Service'] : null);
        } catch (error) {
          // Only text without any word is refused.
          expect((error as { code?: string }).code).toBe('BAD_USER_INPUT');
          expect(text).not.toMatch(/[\p{L}\p{M}\p{Nd}]/u);
          return;
        }
        const kinds = withKinds ? ' +(kind:System kind:Service)' : '';
        const unwrap = (q: string) => (withKinds ? q.replace(/^\+\((.*)\) \+\(kind:System kind:Service\)$/su, '$1') : q);
        for (const query of [queries.names, queries.words, queries.fuzzy, ...(queries.fuzzyKey === null ? [] : [queries.fuzzyKey])]) {
          expect(query.endsWith(kinds)).toBe(true);
          const pieces = unwrap(query).replace(/[+()]/g, ' ').split(/\s+/).filter((p) => p !== '');
          expect(pieces.length).toBeGreaterThan(0);
          for (const piece of pieces) {
            expect(piece).toMatch(clause);
            const word = piece.split(':')[1]!.replace(/(~[12])?(\^[23])?$/, '');
            expect(word).toBe(word.toLowerCase());
          }
        }
        // The exact class: one phrase in the names field; inside it every " and \ is escaped, so the phrase ends where we end it.
        const exact = /^namesText:("(?:[^"\\]|\\.)*")$/su.exec(unwrap(queries.exact));
        expect(exact, queries.exact).not.toBeNull();
        expect(exact![1]!.slice(1, -1).replace(/\\./gs, '')).not.toMatch(/["\\]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: any text sent to search is answered without a server error', async () => {
    const api = await createTestApi(graph);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), async (text) => {
        const result = await api.run(SearchDocument, { text });
        const code = result.errors[0]?.extensions?.code;
        expect(code === undefined || code === 'BAD_USER_INPUT', `${JSON.stringify(text)} gave ${code}`).toBe(true);
      }),
      { numRuns: 150 },
    );
    await api.stop();
  });
});
