import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectsWithNeighboursDocument, StrategyTreeDocument } from '../../src/client/index.js';
import { Importer, type Graph } from '../../src/graph/index.js';
import { createTestApi } from '../helpers/api.js';
import { clearGraph, cypher, openTestGraph } from '../helpers/graph.js';
import { randomGraph } from '../helpers/random-graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

/** ProjectsWithNeighbours asks, per project, for 5 relationship fields: 1 list statement + 5 loaders. */
const FIELDS = 5;

describe('round trips per request', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = await openTestGraph();
    await clearGraph(graph);
    const { doc } = randomGraph(7, { projects: 100, systems: 20, services: 20, programmes: 5, topics: 3, institutions: 8, focusAreas: 3, edgesPerProject: 6 });
    const file = join(mkdtempSync(join(tmpdir(), 'sg-loader-')), 'graph.json');
    writeFileSync(file, JSON.stringify(doc));
    await new Importer(graph.executor).importPaths([file]);
  });
  afterAll(async () => graph.close());

  it('stay the same whether 5 or 100 parents are resolved: one statement per field per level', async () => {
    const api = await createTestApi(graph);
    const few = await api.run(ProjectsWithNeighboursDocument, { first: 5 });
    const many = await api.run(ProjectsWithNeighboursDocument, { first: 100 });
    await api.stop();
    expect(few.errors).toEqual([]);
    expect(many.data!.projects.nodes).toHaveLength(100);
    const neighbours = many.data!.projects.nodes.reduce((a, p) => a + p.systems.length + p.services.length + p.leadInstitutions.length, 0);
    expect(neighbours).toBeGreaterThan(100);
    expect(few.roundTrips).toBe(1 + FIELDS);
    expect(many.roundTrips).toBe(1 + FIELDS);
  });

  it('grow with the number of parents when batching is off (what DataLoader buys)', async () => {
    const api = await createTestApi(graph, { batch: false });
    const many = await api.run(ProjectsWithNeighboursDocument, { first: 100 });
    await api.stop();
    expect(many.roundTrips).toBe(1 + FIELDS * 100);
  });

  it('cost one statement for a page with its totalCount, with or without one relational filter', async () => {
    type Page = { projects: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } };
    const page = (args: string) =>
      parse(`{ projects(${args}) { totalCount nodes { id } pageInfo { hasNextPage } } }`) as TypedDocumentNode<Page, Record<string, never>>;
    const count = async (text: string, params: Record<string, unknown> = {}) => Number((await cypher<{ n: unknown }>(graph, text, params))[0]!.n);
    const [{ id: institution }] = (await cypher<{ id: string }>(
      graph,
      'MATCH (i:Institution)<-[:LED_BY|FUNDED_BY]-(:Project) RETURN i.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1',
    )) as [{ id: string }];
    const cases = [
      { args: 'first: 7', trips: 1, expected: await count('MATCH (p:Project) RETURN count(p) AS n') },
      { args: 'first: 7, orderBy: { field: NAME, direction: DESC }', trips: 1, expected: await count('MATCH (p:Project) RETURN count(p) AS n') },
      { args: 'first: 3, filter: { nameContains: "1" }', trips: 1, expected: await count("MATCH (p:Project) WHERE p.sortName CONTAINS '1' OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS '1') RETURN count(p) AS n") },
      {
        args: `first: 3, filter: { institution: "${institution}" }`,
        trips: 1,
        expected: await count(
          'MATCH (i:Institution {id: $i}) CALL (i) { MATCH (p:Project)-[:LED_BY|FUNDED_BY]->(i) RETURN p UNION MATCH (i)-[:PARTICIPATES_IN]->(p:Project) RETURN p } RETURN count(p) AS n',
          { i: institution },
        ),
      },
    ];
    const api = await createTestApi(graph);
    for (const c of cases) {
      const result = await api.run(page(c.args));
      expect(result.errors, c.args).toEqual([]);
      expect(result.data!.projects.totalCount, c.args).toBe(c.expected);
      expect(result.data!.projects.nodes.length, c.args).toBe(Math.min(c.expected, Number(/first: (\d+)/.exec(c.args)![1])));
      expect(result.data!.projects.pageInfo.hasNextPage, c.args).toBe(c.expected > result.data!.projects.nodes.length);
      expect(result.roundTrips, c.args).toBe(c.trips);
    }
    await api.stop();
    expect(cases[3]!.expected).toBeGreaterThan(3);
  });

  it('are bounded by the depth of the full strategy tree on the shipped graph', async () => {
    await loadShippedGraph(graph);
    const api = await createTestApi(graph);
    const result = await api.run(StrategyTreeDocument);
    await api.stop();
    expect(result.errors).toEqual([]);
    // strategies, then focusAreas with everything selected under it (targetVisions → projects →
    // {leadInstitutions, systems, services}) planned into one statement: 2, where one per field and level
    // would be 7; either way bounded by the depth, never by the number of results.
    expect(result.roundTrips).toBe(2);
  });

  it('cost one statement for node(id:) with the relationship tree selected under it (Q2), answering as level by level', async () => {
    type Named = { id: string; name: string };
    type Q2 = {
      node: Named & { focusAreas?: (Named & { targetVisions: (Named & { projects: (Named & { status: string; leadInstitutions: Named[]; systems: Named[]; services: Named[] })[] })[] })[] } | null;
    };
    const q2 = parse(`query Q2($id: ID!, $n: Int!) { node(id: $id) { id name ... on Strategy { focusAreas(first: $n) { id name
      targetVisions(first: $n) { id name projects(first: $n) { id name status leadInstitutions(first: $n) { id name }
      systems(first: $n) { id name } services(first: $n) { id name } } } } } } }`) as TypedDocumentNode<Q2, { id: string; n: number }>;
    const [{ id }] = (await cypher<{ id: string }>(
      graph,
      'MATCH (s:Strategy)-[:HAS_FOCUS_AREA]->(:FocusArea)-[:HAS_TARGET_VISION]->(:TargetVision)<-[:CONTRIBUTES_TO]-(:Project) RETURN s.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1',
    )) as [{ id: string }];
    const planned = await createTestApi(graph);
    const levelByLevel = await createTestApi(graph, { batch: false });
    const a = await planned.run(q2, { id, n: 10 });
    const b = await levelByLevel.run(q2, { id, n: 10 });
    // The same document on a node of another kind reads that node alone; one that is missing answers null.
    const [{ id: project }] = (await cypher<{ id: string }>(graph, 'MATCH (p:Project) RETURN p.id AS id ORDER BY id LIMIT 1')) as [{ id: string }];
    const other = await planned.run(q2, { id: project, n: 10 });
    const missing = await planned.run(q2, { id: 'gibt-es-nicht', n: 10 });
    await planned.stop();
    await levelByLevel.stop();
    expect(a.errors).toEqual([]);
    const projects = a.data!.node!.focusAreas!.flatMap((f) => f.targetVisions.flatMap((t) => t.projects));
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.some((p) => p.leadInstitutions.length + p.systems.length + p.services.length > 0)).toBe(true);
    expect(a.roundTrips).toBe(1);
    expect(b.roundTrips).toBeGreaterThan(2);
    expect(a.data).toEqual(b.data);
    expect(other.errors).toEqual([]);
    expect(other.data!.node).toMatchObject({ id: project });
    expect(other.data!.node!.focusAreas).toBeUndefined();
    expect(other.roundTrips).toBe(1);
    expect(missing.data).toEqual({ node: null });
    expect(missing.roundTrips).toBe(1);
  });

  it('cost one statement for nodes(ids:) with the relationship fields of each kind selected under them', async () => {
    type Named = { id: string; name: string };
    type Nodes = { nodes: ((Named & { kind: string; focusAreas?: (Named & { targetVisions: Named[] })[]; leadInstitutions?: Named[]; systems?: Named[] }) | null)[] };
    const doc = parse(`query($ids: [ID!]!) { nodes(ids: $ids) { id kind name ... on Strategy { focusAreas { id name targetVisions { id name } } }
      ...P } } fragment P on Project { leadInstitutions { id name } systems(first: 3) { id name } }`) as TypedDocumentNode<Nodes, { ids: string[] }>;
    const idsOf = async (kind: string) => ((await cypher<{ ids: string[] }>(graph, `MATCH (n:${kind}) WITH n ORDER BY n.id LIMIT 3 RETURN collect(n.id) AS ids`))[0]!).ids;
    const asked = [...(await idsOf('Project')), 'gibt-es-nicht', ...(await idsOf('Strategy'))];
    const planned = await createTestApi(graph);
    const levelByLevel = await createTestApi(graph, { batch: false });
    const a = await planned.run(doc, { ids: asked });
    const b = await levelByLevel.run(doc, { ids: asked });
    await planned.stop();
    await levelByLevel.stop();
    expect(a.errors).toEqual([]);
    expect(new Set(a.data!.nodes.map((n) => n?.kind ?? null))).toEqual(new Set(['Project', 'Strategy', null]));
    expect(a.roundTrips).toBe(1);
    expect(a.data).toEqual(b.data);
  });

  it('plan nested relationship fields into one statement with the same answer as level by level', async () => {
    const planned = await createTestApi(graph);
    const levelByLevel = await createTestApi(graph, { batch: false });
    const a = await planned.run(StrategyTreeDocument);
    const b = await levelByLevel.run(StrategyTreeDocument);
    await planned.stop();
    await levelByLevel.stop();
    expect(a.errors).toEqual([]);
    expect(b.roundTrips).toBeGreaterThan(7);
    expect(a.data).toEqual(b.data);
  });
});
