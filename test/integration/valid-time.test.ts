import { describe, expect, it } from 'vitest';
import { parseDocument, type ValidationError } from '../../src/domain/index.js';
import { Importer, type Graph } from '../../src/graph/index.js';
import type { Principal } from '../../src/server/index.js';
import { clearGraph, cypher, snapshot } from '../helpers/graph.js';
import { useTestApi } from '../helpers/shipped.js';

// Valid time (src/domain/valid-time.ts): a small graph whose facts hold for a while, read at dates before, inside and
// after their periods. The chair of a body changes on 2025-07-22; an institution exists from 2025-05-06.
const SOURCES = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-12-03' }];
const node = (id: string, kind: string, name: string, extra: Record<string, unknown> = {}) => ({ id, kind, name, description: `${name} (Test)`, sources: SOURCES, ...extra });
const DOCUMENT = {
  nodes: [
    node('org-gremium', 'Institution', 'Testgremium'),
    node('org-neu', 'Institution', 'Neues Testministerium', { aliases: ['NTM'], validFrom: '2025-05-06' }),
    node('org-alt', 'Institution', 'Altes Testamt', { validTo: '2025-05-06' }),
    node('p-erste', 'Person', 'Erste Vorsitzende'),
    node('p-zweiter', 'Person', 'Zweiter Vorsitzender'),
  ],
  relationships: [
    { from: 'p-erste', type: 'CHAIRS', to: 'org-gremium', validFrom: '2025-01-01', validTo: '2025-07-22', sources: SOURCES },
    { from: 'p-zweiter', type: 'CHAIRS', to: 'org-gremium', validFrom: '2025-07-22', validTo: '2026-01-01', sources: SOURCES },
    { from: 'org-neu', type: 'CHAIRS', to: 'org-gremium', validFrom: '2026-01-01', sources: SOURCES },
  ],
};

async function load(graph: Graph, doc: unknown = DOCUMENT) {
  const parsed = parseDocument(doc, 'valid-time.json');
  return new Importer(graph.executor).importParsed([parsed], ['valid-time.json']);
}

const CHAIRS = `query ($valid: Date) {
  node(id: "org-gremium", asOf: {valid: $valid}) { ... on Institution { chairedBy { id } } relationships(types: [CHAIRS]) { node { id } validFrom validTo } }
}`;
const chairsAt = async (api: ReturnType<typeof useTestApi>['api'], valid?: string) => {
  const result = await api.run<{ node: { chairedBy: { id: string }[]; relationships: { node: { id: string } }[] } }, { valid?: string }>(CHAIRS, { valid });
  expect(result.errors).toEqual([]);
  return { tree: result.data!.node.chairedBy.map((n) => n.id), relationships: result.data!.node.relationships.map((r) => r.node.id), extensions: result.extensions };
};

describe('valid time: the graph as it holds on a date', () => {
  const env = useTestApi(async (graph) => {
    await clearGraph(graph);
    await load(graph);
  });

  it('stores the periods and marks exactly the nodes with a bound (label Bounded)', async () => {
    const rows = await cypher<{ id: string; bounded: boolean; validFrom: string | null; validTo: string | null }>(
      env.graph,
      'MATCH (n:Node) RETURN n.id AS id, n:Bounded AS bounded, n.validFrom AS validFrom, n.validTo AS validTo ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 'org-alt', bounded: true, validFrom: null, validTo: '2025-05-06' },
      { id: 'org-gremium', bounded: false, validFrom: null, validTo: null },
      { id: 'org-neu', bounded: true, validFrom: '2025-05-06', validTo: null },
      { id: 'p-erste', bounded: false, validFrom: null, validTo: null },
      { id: 'p-zweiter', bounded: false, validFrom: null, validTo: null },
    ]);
  });

  it('answers the chair at each date, in the relationship fields and in relationships(), and names the date', async () => {
    expect(await chairsAt(env.api, '2025-06-26')).toMatchObject({ tree: ['p-erste'], relationships: ['p-erste'], extensions: { asOf: { valid: '2025-06-26' } } });
    // validTo is exclusive, validFrom inclusive: on the day of the change the second chair holds, not the first
    expect(await chairsAt(env.api, '2025-07-22')).toMatchObject({ tree: ['p-zweiter'], relationships: ['p-zweiter'] });
    expect(await chairsAt(env.api, '2025-11-26')).toMatchObject({ tree: ['p-zweiter'], relationships: ['p-zweiter'] });
    expect(await chairsAt(env.api, '2024-12-31')).toMatchObject({ tree: [], relationships: [] });
    expect(await chairsAt(env.api, '2026-03-01')).toMatchObject({ tree: ['org-neu'], relationships: ['org-neu'] });
  });

  it('reads at today in Germany without asOf, and says so', async () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
    const now = await chairsAt(env.api);
    expect(now.extensions).toMatchObject({ asOf: { valid: today } });
    expect(now.tree).toEqual(today >= '2026-01-01' ? ['org-neu'] : today >= '2025-07-22' ? ['p-zweiter'] : ['p-erste']);
  });

  it('leaves out nodes that do not hold: node, nodes, the list (its page and its total), search and lookup', async () => {
    const at = async (valid: string) => {
      const result = await env.api.run<{
        node: { id: string } | null;
        nodes: ({ id: string } | null)[];
        institutions: { totalCount: number; nodes: { id: string }[] };
        search: { node: { id: string } }[];
      }, { valid: string }>(
        `query ($valid: Date) {
          node(id: "org-neu", asOf: {valid: $valid}) { id }
          nodes(ids: ["org-alt", "org-neu", "org-gremium"], asOf: {valid: $valid}) { id }
          institutions(asOf: {valid: $valid}) { totalCount nodes { id } }
          search(text: "Test", kinds: [Institution], asOf: {valid: $valid}) { node { id } }
        }`,
        { valid },
      );
      expect(result.errors).toEqual([]);
      return result.data!;
    };
    const before = await at('2025-05-05');
    expect(before.node).toBeNull();
    expect(before.nodes.map((n) => n?.id ?? null)).toEqual(['org-alt', null, 'org-gremium']);
    expect(before.institutions).toEqual({ totalCount: 2, nodes: [{ id: 'org-alt' }, { id: 'org-gremium' }] });
    expect(before.search.map((h) => h.node.id).sort()).toEqual(['org-alt', 'org-gremium']);
    const after = await at('2025-05-06');
    expect(after.node).toEqual({ id: 'org-neu' });
    expect(after.nodes.map((n) => n?.id ?? null)).toEqual([null, 'org-neu', 'org-gremium']);
    expect(after.institutions).toEqual({ totalCount: 2, nodes: [{ id: 'org-neu' }, { id: 'org-gremium' }] });
    expect(after.search.map((h) => h.node.id).sort()).toEqual(['org-gremium', 'org-neu']);

    const lookup = `query ($valid: Date) { lookup(ref: "NTM", asOf: {valid: $valid}) { id validFrom validTo } }`;
    expect((await env.api.run(lookup, { valid: '2025-05-01' })).errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await env.api.run(lookup, { valid: '2025-05-06' })).data).toEqual({ lookup: { id: 'org-neu', validFrom: '2025-05-06', validTo: null } });
  });

  it('filters a list by a relationship as it holds on the date', async () => {
    const query = `query ($valid: Date) { people(filter: {relatedTo: [{type: CHAIRS, node: "org-gremium", direction: OUT}]}, asOf: {valid: $valid}) { nodes { id } } }`;
    const ids = async (valid: string) => ((await env.api.run<{ people: { nodes: { id: string }[] } }, { valid: string }>(query, { valid })).data!.people.nodes.map((n) => n.id));
    expect(await ids('2025-06-26')).toEqual(['p-erste']);
    expect(await ids('2025-11-26')).toEqual(['p-zweiter']);
  });

  it('refuses root fields that disagree on asOf, and a date that is not one', async () => {
    const two = await env.api.run('{ a: node(id: "org-gremium", asOf: {valid: "2025-01-01"}) { id } b: node(id: "org-gremium", asOf: {valid: "2025-06-01"}) { id } }');
    expect(two.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(two.errors[0]?.message).toContain('a: 2025-01-01');
    const same = await env.api.run('{ a: node(id: "org-gremium", asOf: {valid: "2025-01-01"}) { id } b: node(id: "p-erste", asOf: {valid: "2025-01-01"}) { id } }');
    expect(same.errors).toEqual([]);
    const bad = await env.api.run('{ node(id: "org-gremium", asOf: {valid: "2025-02-30"}) { id } }');
    expect(bad.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('valid time: what the writers refuse', () => {
  const env = useTestApi(async (graph) => {
    await clearGraph(graph);
    await load(graph);
  });
  const editor: Principal = { kind: 'apiKey', subject: 'test-editor', role: 'editor' };

  it('refuses an import whose periods are wrong, naming entity and field, and writes nothing', async () => {
    const before = await snapshot(env.graph);
    const doc = {
      nodes: [node('org-kurz', 'Institution', 'Kurzes Amt', { validFrom: '2025-03-01', validTo: '2025-03-01' }), node('org-x', 'Institution', 'X', { validTo: '2025-13-01' })],
      relationships: [{ from: 'p-erste', type: 'CHAIRS', to: 'org-neu', validFrom: '2025-01-01', sources: SOURCES }],
    };
    const error = (await load(env.graph, doc).catch((e: unknown) => e)) as ValidationError;
    expect(error.problems.map((p) => [p.entity, p.field])).toEqual([
      ['node org-kurz', 'validTo'],
      ['node org-x', 'validTo'],
      ['relationship p-erste -[CHAIRS]-> org-neu', 'validFrom'],
    ]);
    expect(error.problems[2]!.message).toContain('begins before that of its node org-neu');
    expect(await snapshot(env.graph)).toEqual(before);
  });

  it('checks a relationship created through the API against its nodes in the database', async () => {
    const mutation = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { from to validFrom validTo node { id validTo } } }`;
    const refused = await env.api.run(mutation, { input: { from: 'p-zweiter', type: 'CHAIRS', to: 'org-alt', validTo: '2025-06-01', sources: SOURCES } }, editor);
    expect(refused.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((refused.errors[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual(['validTo']);
    const made = await env.api.run(mutation, { input: { from: 'p-zweiter', type: 'CHAIRS', to: 'org-alt', validTo: '2025-05-01', sources: SOURCES } }, editor);
    expect(made.errors).toEqual([]);
    // the answer shows the node at the other end although it does not hold today (a mutation reads every fact)
    expect(made.data).toEqual({ createRelationship: { from: 'p-zweiter', to: 'org-alt', validFrom: null, validTo: '2025-05-01', node: { id: 'org-alt', validTo: '2025-05-06' } } });
  });

  it('sets and removes a node period through updateNode, with the label following', async () => {
    const update = `mutation ($id: ID!, $v: Int!, $patch: NodeUpdate!) { updateNode(id: $id, expectedVersion: $v, input: $patch) { id validFrom validTo version } }`;
    const set = await env.api.run<{ updateNode: { version: number } }, object>(update, { id: 'p-erste', v: 1, patch: { validFrom: '2024-01-01' } }, editor);
    expect(set.errors).toEqual([]);
    expect(set.data).toMatchObject({ updateNode: { id: 'p-erste', validFrom: '2024-01-01', validTo: null } });
    expect(await cypher(env.graph, 'MATCH (n:Node {id: "p-erste"}) RETURN n:Bounded AS b')).toEqual([{ b: true }]);
    const unset = await env.api.run(update, { id: 'p-erste', v: set.data!.updateNode.version, patch: { validFrom: null } }, editor);
    expect(unset.errors).toEqual([]);
    expect(await cypher(env.graph, 'MATCH (n:Node {id: "p-erste"}) RETURN n:Bounded AS b, n.validFrom AS f')).toEqual([{ b: false, f: null }]);
  });
});
