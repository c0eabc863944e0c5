import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/index.js';
import { Importer, type Graph } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type Principal, type RunningServer } from '../../src/server/index.js';
import { clearGraph, cypher, openTestGraph, testConfig } from '../helpers/graph.js';
import { useShippedGraph, useTestApi, type TestApi } from '../helpers/shipped.js';

// Recorded time (src/domain/recorded-time.ts): node and nodes read at a past instant of this graph's record, replayed
// from the append-only history. A small graph is imported, then changed by mutations; every read at an instant between
// two changes must show the graph as it was then.
const editor: Principal = { kind: 'apiKey', subject: 'test-editor', role: 'editor' };
const admin: Principal = { kind: 'token', subject: 'test-admin', role: 'admin' };
const SOURCES = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-12-04' }];
const node = (id: string, kind: string, name: string) => ({ id, kind, name, description: `${name} (Test)`, sources: SOURCES });
const DOCUMENT = {
  nodes: [node('sys-rec', 'System', 'Aufgezeichnetes System'), node('leistung-rec', 'Service', 'Aufgezeichnete Leistung'), node('sys-zwei', 'System', 'Zweites System')],
  relationships: [{ from: 'sys-rec', type: 'SUPPORTS', to: 'leistung-rec', sources: SOURCES }],
};

async function load(graph: Graph) {
  return new Importer(graph.executor).importParsed([parseDocument(DOCUMENT, 'recorded.json')], ['recorded.json']);
}

/** An instant after every change so far and before every later one (the next millisecond of the database's clock, once passed). */
async function boundary(graph: Graph): Promise<string> {
  const [{ next }] = (await cypher<{ next: string }>(graph, 'RETURN toString(datetime.truncate("millisecond", datetime()) + duration({milliseconds: 1})) AS next')) as [
    { next: string },
  ];
  while ((await cypher<{ past: boolean }>(graph, 'RETURN datetime() > datetime($next) AS past', { next }))[0]?.past !== true);
  return new Date(next).toISOString();
}

const READ = `query ($ids: [ID!]!, $recorded: DateTime) {
  nodes(ids: $ids, asOf: {recorded: $recorded}) {
    id name version
    relationships { type direction node { id name version } }
    ... on System { services { id name } }
    ... on Service { systems { id name } }
  }
}`;
type Read = { nodes: ({ id: string; name: string; version: number; relationships: { type: string; direction: string; node: { id: string; name: string; version: number } }[]; services?: { id: string; name: string }[]; systems?: { id: string }[] } | null)[] };

async function read(api: TestApi, recorded?: string) {
  const result = await api.run<Read, { ids: string[]; recorded?: string }>(READ, { ids: ['sys-rec', 'leistung-rec', 'sys-zwei'], recorded });
  expect(result.errors).toEqual([]);
  return { nodes: result.data!.nodes, extensions: result.extensions, roundTrips: result.roundTrips };
}

const summary = (nodes: Read['nodes']) =>
  nodes.map((n) => n && { id: n.id, name: n.name, version: n.version, relationships: n.relationships.map((r) => `${r.direction} ${r.type} ${r.node.id} ${r.node.name}`), services: n.services?.map((s) => s.name), systems: n.systems?.map((s) => s.id) });

describe('recorded time: node and nodes as this graph had them at a past instant', () => {
  const env = useTestApi(async (graph) => {
    await clearGraph(graph);
  });
  const at: string[] = [];
  const answers: ReturnType<typeof summary>[] = [];

  beforeAll(async () => {
    const mutate = async (query: string, as: Principal = editor) => {
      const result = await env.api.run(query, {}, as);
      expect(result.errors).toEqual([]);
      at.push(await boundary(env.graph));
      answers.push(summary((await read(env.api)).nodes));
    };
    at.push(await boundary(env.graph)); // 0: before the history begins (refused)
    await load(env.graph);
    at.push(await boundary(env.graph)); // 1: imported
    answers.push([], summary((await read(env.api)).nodes));
    await mutate('mutation { updateNode(id: "sys-rec", expectedVersion: 1, input: {name: "Umbenanntes System"}) { version } }'); // 2
    await mutate(`mutation { createRelationship(input: {from: "sys-zwei", type: SUPPORTS, to: "leistung-rec", sources: [{url: "https://www.it-planungsrat.de/", retrieved: "2026-12-04"}]}) { type } }`); // 3
    await mutate('mutation { deleteNode(id: "sys-rec", expectedVersion: 2) { id } }'); // 4
    await mutate('mutation { removeRelationship(from: "sys-zwei", type: SUPPORTS, to: "leistung-rec") }'); // 5
    await mutate('mutation { restoreNode(id: "sys-rec") { id } }', admin); // 6
  });

  it('answers each past instant as the graph was then, nested fields included', async () => {
    for (let i = 1; i < at.length; i++) expect(summary((await read(env.api, at[i])).nodes), `at ${i}`).toEqual(answers[i]);
    // What the instants saw, spelled out for the first ones.
    expect(answers[1]![0]).toMatchObject({ name: 'Aufgezeichnetes System', version: 1, services: ['Aufgezeichnete Leistung'] });
    expect(answers[2]![0]).toMatchObject({ name: 'Umbenanntes System', version: 2 });
    expect(answers[4]![0]).toBeNull();
    expect(answers[4]![1]!.systems).toEqual(['sys-zwei']);
    expect(answers[6]![0]).toMatchObject({ name: 'Umbenanntes System', version: 3, services: ['Aufgezeichnete Leistung'] });
  });

  it('names the instant in extensions.asOf, and reads the current graph without one', async () => {
    const past = await read(env.api, at[2]);
    expect(past.extensions?.asOf).toMatchObject({ recorded: at[2] });
    expect((await read(env.api)).extensions?.asOf).not.toHaveProperty('recorded');
  });

  it('costs round trips bounded by the fields and their depth, not by the number of nodes', async () => {
    const one = await env.api.run<Read, { ids: string[]; recorded?: string }>(READ, { ids: ['sys-rec'], recorded: at[3] });
    const three = await read(env.api, at[3]);
    // The history's first instant, the roots' node-changes, then for the planned fields (services, systems) and for
    // relationships each: relationship-changes and the other ends' node-changes.
    expect(three.roundTrips).toBe(1 + 1 + 2 + 2);
    expect(one.roundTrips).toBe(three.roundTrips);
  });

  const LIST = `query ($recorded: DateTime, $first: Int, $after: String, $order: SortDirection, $contains: String) {
    systems(first: $first, after: $after, orderBy: {field: NAME, direction: $order}, filter: {nameContains: $contains}, asOf: {recorded: $recorded}) {
      totalCount nodes { id name version } pageInfo { hasNextPage endCursor }
    }
  }`;
  type List = { systems: { totalCount: number; nodes: { id: string; name: string; version: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  const list = async (variables: { recorded?: string; first?: number; after?: string; order?: string; contains?: string }) => {
    const result = await env.api.run<List, typeof variables>(LIST, variables);
    expect(result.errors).toEqual([]);
    return result.data!.systems;
  };
  const names = (l: List['systems']) => l.nodes.map((n) => `${n.name} v${n.version}`);

  it('lists each kind as the graph had it: deleted-since nodes there, created-since ones not, names as then', async () => {
    expect(names(await list({ recorded: at[1] }))).toEqual(['Aufgezeichnetes System v1', 'Zweites System v1']);
    expect(names(await list({ recorded: at[2] }))).toEqual(['Umbenanntes System v2', 'Zweites System v1']);
    const deleted = await list({ recorded: at[4] });
    expect([names(deleted), deleted.totalCount]).toEqual([['Zweites System v1'], 1]);
    expect((await list({ recorded: at[6] })).totalCount).toBe(2);
    // The same filters, order and paging as the current list.
    expect(names(await list({ recorded: at[1], contains: 'AUFGEZEICHNET' }))).toEqual(['Aufgezeichnetes System v1']);
    expect(names(await list({ recorded: at[2], order: 'DESC' }))).toEqual(['Zweites System v1', 'Umbenanntes System v2']);
    const first = await list({ recorded: at[6], first: 1 });
    expect([names(first), first.totalCount, first.pageInfo.hasNextPage]).toEqual([['Umbenanntes System v3'], 2, true]);
    const second = await list({ recorded: at[6], first: 1, after: first.pageInfo.endCursor! });
    expect([names(second), second.pageInfo.hasNextPage]).toEqual([['Zweites System v1'], false]);
    // Created since: a system created now is in the current list, not in the one of an instant before.
    const created = await env.api.run('mutation ($input: NodeInput!) { createNode(input: $input) { id } }', { input: node('sys-neu', 'System', 'Neues System') }, editor);
    expect(created.errors).toEqual([]);
    expect(names(await list({}))).toEqual(['Neues System v1', 'Umbenanntes System v3', 'Zweites System v1']);
    expect(names(await list({ recorded: at[6] }))).toEqual(['Umbenanntes System v3', 'Zweites System v1']);
  });

  it('filters a list by its relationships as recorded, and looks references up by the names then', async () => {
    const supported = async (recorded: string) => {
      const result = await env.api.run<{ services: { nodes: { id: string }[] } }, Record<string, never>>(
        `{ services(filter: {relatedTo: [{node: "Zweites System", type: SUPPORTS, direction: IN}]}, asOf: {recorded: "${recorded}"}) { nodes { id } } }`,
      );
      expect(result.errors).toEqual([]);
      return result.data!.services.nodes.map((n) => n.id);
    };
    expect([await supported(at[2]!), await supported(at[3]!), await supported(at[5]!)]).toEqual([[], ['leistung-rec'], []]);
    const lookup = (ref: string, recorded: string) => env.api.run<{ lookup: { id: string; name: string } }, Record<string, never>>(`{ lookup(ref: "${ref}", asOf: {recorded: "${recorded}"}) { id name } }`);
    expect((await lookup('aufgezeichnetes system', at[1]!)).data?.lookup).toEqual({ id: 'sys-rec', name: 'Aufgezeichnetes System' });
    expect((await lookup('Aufgezeichnetes System', at[2]!)).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await lookup('Umbenanntes System', at[4]!)).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await lookup('Umbenanntes System', at[6]!)).data?.lookup).toEqual({ id: 'sys-rec', name: 'Umbenanntes System' });
    expect((await lookup('sys-rec', at[4]!)).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('walks the impact of a node over the relationships as recorded, with the paths as they were', async () => {
    const IMPACT = `query ($recorded: DateTime) {
      impact(of: "Aufgezeichnete Leistung", asOf: {recorded: $recorded}) { of { id } affected { totalCount nodes { hops node { id name } } } }
    }`;
    type Impact = { impact: { of: { id: string }; affected: { totalCount: number; nodes: { hops: number; node: { id: string; name: string } }[] } } };
    const impact = async (recorded: string) => {
      const result = await env.api.run<Impact, { recorded: string }>(IMPACT, { recorded });
      expect(result.errors).toEqual([]);
      const { affected } = result.data!.impact;
      return { total: affected.totalCount, rows: affected.nodes.map((a) => `${a.hops} ${a.node.name}`) };
    };
    expect(await impact(at[1]!)).toEqual({ total: 1, rows: ['1 Aufgezeichnetes System'] });
    expect(await impact(at[3]!)).toEqual({ total: 2, rows: ['1 Umbenanntes System', '1 Zweites System'] });
    expect(await impact(at[4]!)).toEqual({ total: 1, rows: ['1 Zweites System'] });
    expect(await impact(at[5]!)).toEqual({ total: 0, rows: [] });
    expect(await impact(at[6]!)).toEqual({ total: 1, rows: ['1 Umbenanntes System'] });
    // A project created since, integrating the restored system: it touches the service two hops away, not before.
    const created = await env.api.run(
      `mutation ($input: NodeInput!) { createNode(input: $input) { id } createRelationship(input: {from: "proj-rec", type: INTEGRATES, to: "sys-rec", sources: [{url: "https://www.it-planungsrat.de/", retrieved: "2026-12-04"}]}) { type } }`,
      { input: node('proj-rec', 'Project', 'Aufgezeichnetes Projekt') },
      editor,
    );
    expect(created.errors).toEqual([]);
    const later = await boundary(env.graph);
    const touching = async (recorded: string) => {
      const result = await env.api.run<{ projectsTouching: { totalCount: number; nodes: { hops: number; project: { id: string }; path: { nodes: { name: string }[]; relationships: { type: string; confidence: string }[] } }[] } }, { recorded: string }>(
        `query ($recorded: DateTime) { projectsTouching(target: "leistung-rec", asOf: {recorded: $recorded}) { totalCount nodes { hops project { id } path { nodes { name } relationships { type confidence } } } } }`,
        { recorded },
      );
      expect(result.errors).toEqual([]);
      return result.data!.projectsTouching;
    };
    expect((await touching(at[6]!)).totalCount).toBe(0);
    expect(await touching(later)).toEqual({
      totalCount: 1,
      nodes: [{ hops: 2, project: { id: 'proj-rec' }, path: { nodes: [{ name: 'Aufgezeichnetes Projekt' }, { name: 'Umbenanntes System' }, { name: 'Aufgezeichnete Leistung' }], relationships: [{ type: 'INTEGRATES', confidence: 'STATED' }, { type: 'SUPPORTS', confidence: 'STATED' }] } }],
    });
  });

  it('impactDiff between recorded instants: what came into and went out of the impact as this graph had it, with the paths then', async () => {
    const DIFF = `query ($from: DateTime, $to: DateTime) {
      impactDiff(of: "leistung-rec", from: {recorded: $from}, to: {recorded: $to}) {
        fromRecorded toRecorded
        affected { change hops node { id } path { nodes { name } } }
        projects { change node { id } }
      }
    }`;
    type Diff = { impactDiff: { fromRecorded: string | null; toRecorded: string | null; affected: { change: string; hops: number; node: { id: string }; path: { nodes: { name: string }[] } }[]; projects: { change: string; node: { id: string } }[] } };
    const diff = async (from: string, to?: string) => {
      const result = await env.api.run<Diff, { from: string; to?: string }>(DIFF, { from, to });
      expect(result.errors).toEqual([]);
      const d = result.data!.impactDiff;
      return { ...d, affected: d.affected.map((a) => `${a.change} ${a.hops} ${a.node.id}: ${a.path.nodes.map((n) => n.name).join(' → ')}`) };
    };
    // Between the relationship of the second system and the removal of both: both went, each with its path then.
    const went = await diff(at[3]!, at[5]!);
    expect([went.fromRecorded, went.toRecorded]).toEqual([at[3], at[5]]);
    expect(went.affected).toEqual([
      'REMOVED 1 sys-rec: Umbenanntes System → Aufgezeichnete Leistung',
      'REMOVED 1 sys-zwei: Zweites System → Aufgezeichnete Leistung',
    ]);
    // From then to the current graph (no recorded instant): the restored system and the project created since came.
    const came = await diff(at[5]!);
    expect(came.toRecorded).toBeNull();
    expect(came.affected).toEqual([
      'ADDED 1 sys-rec: Umbenanntes System → Aufgezeichnete Leistung',
      'ADDED 2 proj-rec: Aufgezeichnetes Projekt → Umbenanntes System → Aufgezeichnete Leistung',
    ]);
    expect(came.projects).toEqual([{ change: 'ADDED', node: { id: 'proj-rec' } }]);
    // Back in time, or before the history began: BAD_USER_INPUT naming the argument.
    const backwards = await env.api.run(DIFF, { from: at[5], to: at[3] });
    expect(backwards.errors.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'from']]);
    const early = await env.api.run(DIFF, { from: at[0], to: at[3] });
    expect(early.errors.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'from']]);
    expect(early.errors[0]!.extensions?.range).toBeDefined();
  });

  it('refuses an instant outside the record, naming its range, and a recorded read of a field that reads the current graph', async () => {
    for (const outside of [at[0]!, new Date(Date.now() + 86_400_000).toISOString()]) {
      const result = await env.api.run(READ, { ids: ['sys-rec'], recorded: outside });
      expect(result.data ?? null).toBeNull();
      expect(result.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'asOf' } });
      expect(result.errors[0]!.message).toMatch(/outside the graph's record: the record runs from \d{4}-.*Z to now/);
    }
    const search = await env.api.run(`{ search(text: "System", asOf: {recorded: "${at[2]}"}) { node { id } } }`);
    expect(search.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(search.errors[0]!.message).toContain('asOf.recorded is answered by node, nodes, lookup, the lists of every kind (projects, systems, …), impact, projectsTouching, coverage and uncoveredTargetVisions');
  });
});

describe('recorded time over HTTP: a settled record never changes, and GET says so', () => {
  let graph: Graph;
  let server: RunningServer;
  let settled: string;
  let recent: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    await clearGraph(graph);
    await load(graph);
    // The history as it would stand had it been written two hours ago: older than any write may run, so settled.
    await cypher(graph, 'MATCH (c:Change) SET c.at = c.at - duration({hours: 2})');
    settled = new Date(Date.now() - 3_600_000 - 60_000).toISOString();
    recent = new Date(Date.now() - 1000).toISOString();
    const http = await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig() });
    server = await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.stop();
    await graph?.close();
  });

  const get = (recorded: string, valid?: string) => {
    const asOf = valid ? `{recorded: "${recorded}", valid: "${valid}"}` : `{recorded: "${recorded}"}`;
    return fetch(`${server.url}?query=${encodeURIComponent(`{ node(id: "sys-rec", asOf: ${asOf}) { name } }`)}`, { headers: { 'apollo-require-preflight': 'true' } });
  };

  it('answers a settled record with an explicit valid date as immutable, with an ETag of its content', async () => {
    const first = await get(settled, '2026-01-01');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ data: { node: { name: 'Aufgezeichnetes System' } } });
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    // The current graph changing does not change the answer: it comes from the record.
    await cypher(graph, 'MATCH (n:Node {id: "sys-rec"}) SET n.name = "Später geändert"');
    const again = await get(settled, '2026-01-01');
    expect(again.headers.get('etag')).toBe(etag);
    // A cache that holds it asks with its ETag and gets "not modified", without a body.
    const asOf = `{recorded: "${settled}", valid: "2026-01-01"}`;
    const revalidated = await fetch(`${server.url}?query=${encodeURIComponent(`{ node(id: "sys-rec", asOf: ${asOf}) { name } }`)}`, {
      headers: { 'apollo-require-preflight': 'true', 'if-none-match': etag! },
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('does not call an answer immutable while the record may still grow or the valid date is today by default', async () => {
    expect((await get(recent, '2026-01-01')).headers.get('cache-control')).not.toContain('immutable');
    expect((await get(settled)).headers.get('cache-control')).not.toContain('immutable');
  });
});

describe('recorded time in coverage: the Zielbilder covered as this graph had them', () => {
  const env = useTestApi(async (graph) => {
    await clearGraph(graph);
    await new Importer(graph.executor).importParsed(
      [parseDocument({ nodes: [node('tv-rec', 'TargetVision', 'Aufgezeichnetes Zielbild'), { ...node('proj-cov', 'Project', 'Beitragendes Projekt'), budgetEur: 40 }], relationships: [] }, 'coverage.json')],
      ['coverage.json'],
    );
  });
  const COVERAGE = `query ($recorded: DateTime) {
    coverage(asOf: {recorded: $recorded}) { targetVision { id } projectCount knownBudgetEur covered }
    uncoveredTargetVisions(asOf: {recorded: $recorded}) { id }
  }`;
  type Coverage = { coverage: { targetVision: { id: string }; projectCount: number; knownBudgetEur: number; covered: boolean }[]; uncoveredTargetVisions: { id: string }[] };
  const at = async (recorded?: string) => {
    const result = await env.api.run<Coverage, { recorded?: string }>(COVERAGE, { recorded });
    expect(result.errors).toEqual([]);
    return result.data!;
  };

  it('counts a contribution only from the instant it was recorded', async () => {
    const before = await boundary(env.graph);
    const created = await env.api.run(
      `mutation { createRelationship(input: {from: "proj-cov", type: CONTRIBUTES_TO, to: "tv-rec", sources: [{url: "https://www.it-planungsrat.de/", retrieved: "2026-12-04"}]}) { type } }`,
      {},
      editor,
    );
    expect(created.errors).toEqual([]);
    const after = await boundary(env.graph);
    expect(await at(before)).toEqual({ coverage: [{ targetVision: { id: 'tv-rec' }, projectCount: 0, knownBudgetEur: 0, covered: false }], uncoveredTargetVisions: [{ id: 'tv-rec' }] });
    const covered = { coverage: [{ targetVision: { id: 'tv-rec' }, projectCount: 1, knownBudgetEur: 40, covered: true }], uncoveredTargetVisions: [] };
    expect(await at(after)).toEqual(covered);
    expect(await at()).toEqual(covered);
  });
});

describe('recorded time on the shipped graph: the record now answers every list, traversal and coverage as the current graph does', () => {
  const shipped = useShippedGraph();

  it('lists with each relational filter, property filters, orders and pages, lookup, impact, projectsTouching and coverage', async () => {
    const now = new Date().toISOString();
    const queries = [
      '{ projects(filter: {focusArea: "Datennutzung"}, first: 50) { totalCount nodes { id name status budgetEur } } }',
      '{ projects(filter: {institution: "FITKO"}, orderBy: {field: BUDGET_EUR, direction: DESC}) { totalCount nodes { id name budgetEur } } }',
      '{ projects(filter: {touching: "ELSTER", touchingDepth: 4}) { totalCount nodes { id } } }',
      '{ systems(filter: {relatedTo: [{node: "FITKO", type: OPERATED_BY, direction: OUT}]}) { totalCount nodes { id name } } }',
      '{ institutions(filter: {nameContains: "minister"}, first: 3, after: "b2Zmc2V0OjI=") { totalCount nodes { id name aliases } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
      '{ projects(filter: {status: [APPROVED, COMPLETED]}, orderBy: {field: END_DATE}) { totalCount nodes { id endDate status } } }',
      '{ lookup(ref: "bundid") { id name ... on System { operators { id } } } }',
      '{ impact(of: "ELSTER", maxDepth: 4) { totalBudgetEur affected { totalCount inferredCount nodes { hops node { id } } } projects(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } programmes { totalCount } targetVisions { id name } targetVisionPaths { node { id } path { hops nodes { id } relationships { type from to confidence } } } focusAreas { id } focusAreaPaths { node { id } path { nodes { id } relationships { type } } } } }',
      '{ projectsTouching(target: "Fahrzeugzulassung", maxDepth: 3, evidence: STATED) { totalCount inferredCount nodes { hops project { id } path { nodes { id } relationships { type confidence } } } } }',
      '{ coverage { targetVision { id name } focusAreas { id } projectCount statedProjectCount inferredProjectCount programmeCount statedProgrammeCount inferredProgrammeCount themeCount knownBudgetEur projectsWithoutBudget covered } }',
      '{ coverage { targetVision { id } projectCount themeCount covered } }',
      '{ uncoveredTargetVisions { id name } }',
    ];
    for (const query of queries) {
      const current = await shipped.api.run(query);
      expect(current.errors, query).toEqual([]);
      expect(JSON.stringify(current.data), `${query} answers some node`).toMatch(/"id":"/);
      const asOf = `asOf: {recorded: "${now}"}`;
      const recorded = await shipped.api.run(query.replace(/^\{ (\w+)(\(?)/, (_, root: string, paren: string) => (paren ? `{ ${root}(${asOf}, ` : `{ ${root}(${asOf})`)));
      expect(recorded.errors, query).toEqual([]);
      expect(recorded.extensions?.['asOf'], query).toMatchObject({ recorded: now });
      expect(recorded.data, query).toEqual(current.data);
    }
  });
});
