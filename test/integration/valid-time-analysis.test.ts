import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/index.js';
import { Importer, streamTraversal, traversalExport } from '../../src/graph/index.js';
import { clearGraph, cypher } from '../helpers/graph.js';
import { useTestApi } from '../helpers/shipped.js';

// Valid time in the analyses (coverage, goalCoverage, budget and the list filter by Schwerpunktthema) and the
// traversals (projectsTouching, impact, and their streamed rows): a small
// strategy whose projects run one after the other. "Altprojekt" holds until 2025-06-01, "Neuprojekt" from then on;
// Neuprojekt is led by the Testamt only from 2025-09-01.
const SOURCES = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-12-04' }];
const node = (id: string, kind: string, name: string, extra: Record<string, unknown> = {}) => ({ id, kind, name, description: `${name} (Test)`, sources: SOURCES, ...extra });
const rel = (from: string, type: string, to: string, extra: Record<string, unknown> = {}) => ({ from, type, to, sources: SOURCES, ...extra });
const DOCUMENT = {
  nodes: [
    node('fa-test', 'FocusArea', 'Testschwerpunkt'),
    node('tv-test', 'TargetVision', 'Testzielbild'),
    node('ziel-test', 'Goal', 'Testziel'),
    node('p-alt', 'Project', 'Altprojekt', { validTo: '2025-06-01', budgetEur: 100 }),
    node('p-neu', 'Project', 'Neuprojekt', { validFrom: '2025-06-01', budgetEur: 50 }),
    node('org-testamt', 'Institution', 'Testamt'),
    node('sys-ziel', 'System', 'Zielsystem'),
    node('sys-mitte', 'System', 'Zwischensystem', { validTo: '2025-03-01' }),
  ],
  relationships: [
    rel('fa-test', 'HAS_TARGET_VISION', 'tv-test'),
    rel('tv-test', 'HAS_GOAL', 'ziel-test'),
    rel('p-alt', 'CONTRIBUTES_TO', 'tv-test'),
    rel('p-neu', 'CONTRIBUTES_TO', 'tv-test'),
    rel('p-alt', 'ADVANCES', 'ziel-test'),
    rel('p-neu', 'LED_BY', 'org-testamt', { validFrom: '2025-09-01' }),
    // Altprojekt reaches the Zielsystem only through the Zwischensystem (gone from 2025-03-01); Neuprojekt integrates
    // it directly, from 2025-09-01.
    rel('p-alt', 'INTEGRATES', 'sys-mitte'),
    rel('sys-mitte', 'DEPENDS_ON', 'sys-ziel'),
    rel('p-neu', 'INTEGRATES', 'sys-ziel', { validFrom: '2025-09-01' }),
  ],
};

const QUERY = `query ($valid: Date) {
  coverage(asOf: {valid: $valid}) { targetVision { id } projectCount knownBudgetEur covered }
  counts: uncoveredTargetVisions(asOf: {valid: $valid}) { id }
  goalCoverage(asOf: {valid: $valid}) { goal { id } projectCount covered contributions { node { id } } }
  uncoveredGoals(asOf: {valid: $valid}) { id }
  byFocusArea: budget(groupBy: FOCUS_AREA, asOf: {valid: $valid}) { rows { group { id } projectCount knownBudgetEur } totalKnownEur unassignedEur }
  byInstitution: budget(groupBy: INSTITUTION, asOf: {valid: $valid}) { rows { group { id } knownBudgetEur } totalKnownEur unassignedEur }
  projects(filter: {focusArea: "fa-test"}, asOf: {valid: $valid}) { nodes { id } totalCount }
}`;

interface Answer {
  coverage: { targetVision: { id: string }; projectCount: number; knownBudgetEur: number; covered: boolean }[];
  counts: { id: string }[];
  goalCoverage: { goal: { id: string }; projectCount: number; covered: boolean; contributions: { node: { id: string } }[] }[];
  uncoveredGoals: { id: string }[];
  byFocusArea: { rows: { group: { id: string }; projectCount: number; knownBudgetEur: number }[]; totalKnownEur: number; unassignedEur: number };
  byInstitution: { rows: { group: { id: string }; knownBudgetEur: number }[]; totalKnownEur: number; unassignedEur: number };
  projects: { nodes: { id: string }[]; totalCount: number };
}

describe('valid time in coverage, goalCoverage, budget and the Schwerpunktthema filter', () => {
  const env = useTestApi(async (graph) => {
    await clearGraph(graph);
    await new Importer(graph.executor).importParsed([parseDocument(DOCUMENT, 'analysis.json')], ['analysis.json']);
  });

  const at = async (valid: string) => {
    const result = await env.api.run<Answer, { valid: string }>(QUERY, { valid });
    expect(result.errors).toEqual([]);
    expect(result.extensions?.asOf).toEqual({ valid });
    return result.data!;
  };

  it('counts only the projects holding at the date', async () => {
    const before = await at('2025-01-01');
    expect(before.coverage).toEqual([{ targetVision: { id: 'tv-test' }, projectCount: 1, knownBudgetEur: 100, covered: true }]);
    expect(before.projects).toEqual({ nodes: [{ id: 'p-alt' }], totalCount: 1 });
    const after = await at('2025-07-01');
    expect(after.coverage).toEqual([{ targetVision: { id: 'tv-test' }, projectCount: 1, knownBudgetEur: 50, covered: true }]);
    expect(after.projects).toEqual({ nodes: [{ id: 'p-neu' }], totalCount: 1 });
    expect(after.counts).toEqual([]);
  });

  it('covers a goal only while what advances it holds', async () => {
    const before = await at('2025-01-01');
    expect(before.goalCoverage).toEqual([{ goal: { id: 'ziel-test' }, projectCount: 1, covered: true, contributions: [{ node: { id: 'p-alt' } }] }]);
    expect(before.uncoveredGoals).toEqual([]);
    const after = await at('2025-07-01');
    expect(after.goalCoverage).toEqual([{ goal: { id: 'ziel-test' }, projectCount: 0, covered: false, contributions: [] }]);
    expect(after.uncoveredGoals).toEqual([{ id: 'ziel-test' }]);
  });

  it('sums the budgets holding at the date, and groups by the relationships holding then', async () => {
    const before = await at('2025-01-01');
    expect(before.byFocusArea).toEqual({ rows: [{ group: { id: 'fa-test' }, projectCount: 1, knownBudgetEur: 100 }], totalKnownEur: 100, unassignedEur: 0 });
    // Neuprojekt is not yet led by the Testamt in July: its budget is unassigned, and the Testamt leads nothing.
    const july = await at('2025-07-01');
    expect(july.byFocusArea).toEqual({ rows: [{ group: { id: 'fa-test' }, projectCount: 1, knownBudgetEur: 50 }], totalKnownEur: 50, unassignedEur: 0 });
    expect(july.byInstitution).toEqual({ rows: [], totalKnownEur: 50, unassignedEur: 50 });
    const october = await at('2025-10-01');
    expect(october.byInstitution).toEqual({ rows: [{ group: { id: 'org-testamt' }, knownBudgetEur: 50 }], totalKnownEur: 50, unassignedEur: 0 });
  });
});

const TRAVERSALS = `query ($valid: Date) {
  projectsTouching(target: "sys-ziel", asOf: {valid: $valid}) { nodes { hops project { id } path { nodes { id } } } totalCount }
  impact(of: "sys-ziel", asOf: {valid: $valid}) { affected { nodes { hops node { id } } } projects { nodes { id } } targetVisions { id } focusAreas { id } totalBudgetEur }
  touchingList: projects(filter: {touching: "sys-ziel"}, asOf: {valid: $valid}) { nodes { id } }
}`;
interface Traversals {
  projectsTouching: { nodes: { hops: number; project: { id: string }; path: { nodes: { id: string }[] } }[]; totalCount: number };
  impact: { affected: { nodes: { hops: number; node: { id: string } }[] }; projects: { nodes: { id: string }[] }; targetVisions: { id: string }[]; focusAreas: { id: string }[]; totalBudgetEur: number };
  touchingList: { nodes: { id: string }[] };
}

describe('valid time in the traversals: only the nodes and relationships holding at the date are followed', () => {
  const env = useTestApi(async (graph) => {
    await clearGraph(graph);
    await new Importer(graph.executor).importParsed([parseDocument(DOCUMENT, 'analysis.json')], ['analysis.json']);
  });
  const at = async (valid: string) => {
    const result = await env.api.run<Traversals, { valid: string }>(TRAVERSALS, { valid });
    expect(result.errors).toEqual([]);
    return result.data!;
  };

  it('follows a path only while every node and relationship on it holds', async () => {
    // January: Altprojekt through the Zwischensystem, two hops.
    const january = await at('2025-01-01');
    expect(january.projectsTouching).toEqual({ nodes: [{ hops: 2, project: { id: 'p-alt' }, path: { nodes: [{ id: 'p-alt' }, { id: 'sys-mitte' }, { id: 'sys-ziel' }] } }], totalCount: 1 });
    expect(january.impact).toEqual({
      affected: { nodes: [{ hops: 1, node: { id: 'sys-mitte' } }, { hops: 2, node: { id: 'p-alt' } }] },
      projects: { nodes: [{ id: 'p-alt' }] },
      targetVisions: [{ id: 'tv-test' }],
      focusAreas: [{ id: 'fa-test' }],
      totalBudgetEur: 100,
    });
    // April: Altprojekt still runs, but the Zwischensystem is gone, and Neuprojekt does not integrate the Zielsystem yet.
    const april = await at('2025-04-01');
    expect(april.projectsTouching).toEqual({ nodes: [], totalCount: 0 });
    expect(april.impact).toEqual({ affected: { nodes: [] }, projects: { nodes: [] }, targetVisions: [], focusAreas: [], totalBudgetEur: 0 });
    // October: Neuprojekt, one hop, by a relationship that holds from September.
    const october = await at('2025-10-01');
    expect(october.projectsTouching).toEqual({ nodes: [{ hops: 1, project: { id: 'p-neu' }, path: { nodes: [{ id: 'p-neu' }, { id: 'sys-ziel' }] } }], totalCount: 1 });
    expect(october.impact.projects).toEqual({ nodes: [{ id: 'p-neu' }] });
    // The lists' touching filter follows the same paths.
    expect([january, april, october].map((a) => a.touchingList.nodes.map((n) => n.id))).toEqual([['p-alt'], [], ['p-neu']]);
    expect(october.impact.totalBudgetEur).toBe(50);
  });

  it('answers shortestPath over what holds at the date: a longer path where the shortest does not hold, none where nothing does', async () => {
    const path = async (from: string, to: string, valid?: string) => {
      const asOf = valid === undefined ? '' : `, asOf: {valid: "${valid}"}`;
      const result = await env.api.run<{ shortestPath: { hops: number; nodes: { id: string }[] } | null }, Record<string, never>>(
        `{ shortestPath(from: "${from}", to: "${to}"${asOf}) { hops nodes { id } } }`,
      );
      expect(result.errors).toEqual([]);
      return result.data!.shortestPath && result.data!.shortestPath.nodes.map((n) => n.id);
    };
    // January: the two hops over Neuprojekt do not hold yet (it starts in June, its INTEGRATES in September); the three
    // over Altprojekt and the Zwischensystem do.
    expect(await path('tv-test', 'sys-ziel', '2025-01-01')).toEqual(['tv-test', 'p-alt', 'sys-mitte', 'sys-ziel']);
    // April: the Zwischensystem is gone and Neuprojekt does not integrate the Zielsystem yet: no path.
    expect(await path('tv-test', 'sys-ziel', '2025-04-01')).toBeNull();
    // October and today (no asOf): the two hops over Neuprojekt.
    expect(await path('tv-test', 'sys-ziel', '2025-10-01')).toEqual(['tv-test', 'p-neu', 'sys-ziel']);
    expect(await path('tv-test', 'sys-ziel')).toEqual(['tv-test', 'p-neu', 'sys-ziel']);
    // An end that does not hold at the date is not found then (as lookup answers it), and is while it holds.
    const october = await env.api.run('{ shortestPath(from: "p-alt", to: "p-alt", asOf: {valid: "2025-10-01"}) { hops } }');
    expect(october.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['NOT_FOUND', "No node is called 'p-alt' (from)."]]);
    expect(await path('p-alt', 'p-alt', '2025-01-01')).toEqual(['p-alt']);
  });

  it('streams the rows of a whole traversal (GET /traversals/…, export --traversal) over what holds at asOf', async () => {
    const rows = async (traversal: 'impact' | 'projectsTouching', asOf?: string) => {
      const request = traversalExport(traversal, { ref: 'Zielsystem', asOf });
      let text = '';
      await streamTraversal(env.graph.executor, request, 'sys-ziel', (line) => (text += line));
      return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { hops: number; project?: { id: string }; node?: { id: string } });
    };
    expect((await rows('projectsTouching', '2025-01-01')).map((r) => [r.project!.id, r.hops])).toEqual([['p-alt', 2]]);
    expect(await rows('projectsTouching', '2025-04-01')).toEqual([]);
    expect((await rows('impact', '2025-01-01')).map((r) => [r.node!.id, r.hops])).toEqual([['sys-mitte', 1], ['p-alt', 2]]);
    // Without asOf: today, as the GraphQL fields.
    expect((await rows('projectsTouching')).map((r) => [r.project!.id, r.hops])).toEqual([['p-neu', 1]]);
    expect(() => traversalExport('impact', { ref: 'Zielsystem', asOf: '2025-02-30' })).toThrow(/asOf must be a date/);
  });

  it('marks both ends of a relationship with a period (BoundedEnds), so hops elsewhere read no relationship property', async () => {
    const rows = await cypher<{ id: string }>(env.graph, 'MATCH (n:BoundedEnds) RETURN n.id AS id ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(['org-testamt', 'p-neu', 'sys-ziel']);
  });
});

describe('impactDiff: what came into an impact and what went out of it between two dates, with the path then', () => {
  const env = useTestApi(async (graph) => {
    await clearGraph(graph);
    await new Importer(graph.executor).importParsed([parseDocument(DOCUMENT, 'analysis.json')], ['analysis.json']);
  });
  const QUERY = `query ($from: Date, $to: Date) {
    impactDiff(of: "Zielsystem", from: {valid: $from}, to: {valid: $to}) {
      of { id } from to
      affected { change node { id } hops path { nodes { id } } }
      projects { change node { id } }
      targetVisions { change node { id } path { nodes { id } } }
      focusAreas { change node { id } }
    }
  }`;
  type Change = { change: string; node: { id: string }; hops?: number | null; path?: { nodes: { id: string }[] } | null };
  type Answer = { impactDiff: { of: { id: string }; from: string; to: string; affected: Change[]; projects: Change[]; targetVisions: Change[]; focusAreas: Change[] } };
  const between = (from: string, to: string) => env.api.run<Answer, { from: string; to: string }>(QUERY, { from, to });
  const ids = (path: Change['path']) => path?.nodes.map((n) => n.id);

  it('names the affected nodes and projects that came and went, each with its path at the date it is affected', async () => {
    const result = await between('2025-01-01', '2025-10-01');
    expect(result.errors).toEqual([]);
    const diff = result.data!.impactDiff;
    expect([diff.of.id, diff.from, diff.to]).toEqual(['sys-ziel', '2025-01-01', '2025-10-01']);
    expect(diff.affected.map((c) => [c.change, c.node.id, c.hops, ids(c.path)])).toEqual([
      ['ADDED', 'p-neu', 1, ['p-neu', 'sys-ziel']],
      ['REMOVED', 'sys-mitte', 1, ['sys-mitte', 'sys-ziel']],
      ['REMOVED', 'p-alt', 2, ['p-alt', 'sys-mitte', 'sys-ziel']],
    ]);
    expect(diff.projects.map((c) => [c.change, c.node.id])).toEqual([['ADDED', 'p-neu'], ['REMOVED', 'p-alt']]);
    // The Zielbild is affected at both dates (through Altprojekt, then Neuprojekt): it neither came nor went.
    expect(diff.targetVisions).toEqual([]);
  });

  it('names the Zielbilder and Schwerpunktthemen that went, with the path that explained them then', async () => {
    const diff = (await between('2025-01-01', '2025-04-01')).data!.impactDiff;
    expect(diff.targetVisions.map((c) => [c.change, c.node.id, ids(c.path)])).toEqual([['REMOVED', 'tv-test', ['tv-test', 'p-alt', 'sys-mitte', 'sys-ziel']]]);
    expect(diff.focusAreas.map((c) => [c.change, c.node.id])).toEqual([['REMOVED', 'fa-test']]);
    expect((await between('2025-04-01', '2025-04-01')).data!.impactDiff.affected).toEqual([]);
  });

  it('refuses dates in the wrong order and a recorded instant outside the history (BAD_USER_INPUT)', async () => {
    const backwards = await between('2025-10-01', '2025-01-01');
    expect(backwards.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const recorded = await env.api.run(`{ impactDiff(of: "sys-ziel", from: {recorded: "2025-01-01T00:00:00Z"}, to: {}) { of { id } } }`);
    expect(recorded.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
    expect(recorded.errors[0]!.message).toContain('from.recorded 2025-01-01T00:00:00.000Z');
  });
});
