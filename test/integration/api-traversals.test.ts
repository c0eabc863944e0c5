import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImpactDocument, ProjectsTouchingDocument, ShortestPathDocument } from '../../src/client/index.js';
import { DATA_DIR } from '../../src/config/index.js';
import { Importer, expandPaths } from '../../src/graph/index.js';
import { clearGraph } from '../helpers/graph.js';
import { useShippedGraph, useTestApi, type TestApi } from '../helpers/shipped.js';
import { randomGraph } from '../helpers/random-graph.js';
import { ReferenceGraph } from '../helpers/reference-graph.js';

interface PathShape {
  hops: number;
  nodes: { id: string }[];
  relationships: { type: string; from: string; to: string }[];
}

/** A path is an explanation only if it is really in the graph, hop by hop, in the claimed direction. */
function expectValidPath(ref: ReferenceGraph, path: PathShape, from: string, to: string, directed: boolean) {
  expect(path.nodes[0]!.id).toBe(from);
  expect(path.nodes.at(-1)!.id).toBe(to);
  expect(path.relationships).toHaveLength(path.hops);
  expect(path.nodes).toHaveLength(path.hops + 1);
  path.relationships.forEach((r, i) => {
    expect(ref.hasRelationship(r.from, r.type, r.to), `${r.from} -[${r.type}]-> ${r.to} exists`).toBe(true);
    const [a, b] = [path.nodes[i]!.id, path.nodes[i + 1]!.id];
    if (directed) expect([r.from, r.to]).toEqual([a, b]);
    else expect([r.from, r.to].sort()).toEqual([a, b].sort());
  });
}

async function checkTraversals(api: TestApi, ref: ReferenceGraph, targets: string[], pairs: [string, string][]) {
  for (const target of targets) {
    for (const depth of [1, 2, 3, 5]) {
      const { projectsTouching: touching } = await api.data(ProjectsTouchingDocument, { target, maxDepth: depth, first: 1000 });
      const projectsTouching = touching.nodes;
      expect(touching.totalCount).toBe(projectsTouching.length);
      expect(projectsTouching.map((p) => [p.project.id, p.hops]), `projectsTouching(${target}, ${depth})`).toEqual(
        ref.projectsTouching(target, depth),
      );
      for (const p of projectsTouching) expectValidPath(ref, p.path, p.project.id, target, true);

      const { impact } = await api.data(ImpactDocument, { of: target, maxDepth: depth, first: 1000 });
      const expected = ref.impact(target, depth);
      expect(impact.affected.nodes.map((a) => [a.node.id, a.hops]), `impact(${target}, ${depth})`).toEqual(expected.affected);
      expect(impact.affected.totalCount).toBe(expected.affected.length);
      expect(impact.projects.nodes.map((p) => p.id)).toEqual(expected.projects);
      expect(impact.projects.totalCount).toBe(expected.projects.length);
      expect(impact.targetVisions.map((t) => t.id).sort()).toEqual([...expected.targetVisions].sort());
      expect(impact.focusAreas.map((f) => f.id).sort()).toEqual([...expected.focusAreas].sort());
      expect(impact.totalBudgetEur).toBe(expected.totalBudgetEur);
    }
  }
  for (const [from, to] of pairs) {
    for (const depth of [1, 3, 6]) {
      const { shortestPath } = await api.data(ShortestPathDocument, { from, to, maxDepth: depth });
      const hops = ref.undirectedHops(from, to, depth);
      expect(shortestPath?.hops, `shortestPath(${from}, ${to}, ${depth})`).toBe(hops);
      if (shortestPath) expectValidPath(ref, shortestPath, from, to, false);
    }
  }
}

describe('traversals on the shipped graph', () => {
  const shipped = useShippedGraph();
  const ref = ReferenceGraph.fromFiles(expandPaths([DATA_DIR]));

  it('answers "all projects touching Fahrzeugzulassung", each with the path that explains it', async () => {
    const { projectsTouching: page } = await shipped.api.data(ProjectsTouchingDocument, { target: 'Fahrzeugzulassung', maxDepth: 3 });
    const projectsTouching = page.nodes;
    // The Themenfeld "Ende-zu-Ende-Digitalisierung" DIGITALISES it too, but a Themenfeld is not a project.
    expect(projectsTouching.map((p) => [p.project.id, p.hops])).toEqual([
      ['zapuk', 2],
      ['zapuk-phase2', 3],
    ]);
    expect(projectsTouching[0]!.path.relationships).toEqual([
      { type: 'REPLACES', from: 'zapuk', to: 'sys-elster' },
      { type: 'SUPPORTS', from: 'sys-elster', to: 'leistung-fahrzeugzulassung' },
    ]);
  });

  it('agrees with a breadth-first search over the data files for every traversal', async () => {
    await checkTraversals(
      shipped.api,
      ref,
      ['leistung-fahrzeugzulassung', 'leistung-unternehmensgruendung', 'sys-elster', 'sys-egvp', 'sys-bundid', 'thema-kuenstliche-intelligenz'],
      [
        ['uv-ki-plattform-machbarkeitsstudie', 'zb-digitale-infrastruktur'],
        ['sys-elster', 'foederale-digitalstrategie'],
        ['p-goebel', 'leistung-fahrzeugzulassung'],
        ['zapuk', 'zapuk'],
      ],
    );
  });

  it('resolves references by id, exact name or alias, ignoring case', async () => {
    for (const target of ['leistung-fahrzeugzulassung', 'Fahrzeugzulassung (An-, Um-, Abmeldung)', 'kfz-zulassung', 'FAHRZEUGZULASSUNG']) {
      const { impact } = await shipped.api.data(ImpactDocument, { of: target, maxDepth: 1 });
      expect(impact.of.id).toBe('leistung-fahrzeugzulassung');
    }
  });

  it('answers an unknown reference with NOT_FOUND and close candidates from the full-text index', async () => {
    const result = await shipped.api.run(ProjectsTouchingDocument, { target: 'Fahrzeugzulassungen' });
    expect(result.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const candidates = result.errors[0]?.extensions?.candidates as { id: string }[];
    expect(candidates.map((c) => c.id)).toContain('leistung-fahrzeugzulassung');
  });

  it('answers an ambiguous reference with BAD_USER_INPUT listing the matches', async () => {
    // "DVC" is an alias of the Deutsche Verwaltungscloud only; make a second node carry the same alias.
    const file = join(mkdtempSync(join(tmpdir(), 'sg-ambiguous-')), 'dup.json');
    writeFileSync(file, JSON.stringify({ nodes: [{ id: 'topic-dvc-test', kind: 'Topic', name: 'DVC', description: 'test', sources: [{ url: 'https://example.org/test' }] }] }));
    await new Importer(shipped.graph.executor).importPaths([file]);
    try {
      const result = await shipped.api.run(ImpactDocument, { of: 'dvc' });
      expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const matches = (result.errors[0]?.extensions?.matches as { id: string }[]).map((m) => m.id).sort();
      expect(matches).toEqual(['sys-dvc', 'topic-dvc-test']);
      expect(result.errors[0]?.message).toContain('sys-dvc');
    } finally {
      await shipped.graph.driver.executeQuery("MATCH (n {id: 'topic-dvc-test'}) DETACH DELETE n", {}, { database: 'neo4j' });
    }
  });

  it.each([0, 7, -1])('rejects maxDepth %i with BAD_USER_INPUT before touching Neo4j', async (maxDepth) => {
    for (const [document, variables] of [
      [ProjectsTouchingDocument, { target: 'ELSTER', maxDepth }],
      [ImpactDocument, { of: 'ELSTER', maxDepth }],
      [ShortestPathDocument, { from: 'ELSTER', to: 'FITKO', maxDepth }],
    ] as const) {
      const result = await shipped.api.run(document as typeof ImpactDocument, variables as { of: string; maxDepth: number });
      expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors[0]?.message).toMatch(/maxDepth must be an integer from 1 to 6/);
      expect(result.roundTrips).toBe(0);
    }
  });

  it('returns null for shortestPath when the nodes are further apart than maxDepth', async () => {
    const far = ref.undirectedHops('p-goebel', 'leistung-fahrzeugzulassung', 6)!;
    expect(far).toBeGreaterThan(1);
    const { shortestPath } = await shipped.api.data(ShortestPathDocument, { from: 'p-goebel', to: 'leistung-fahrzeugzulassung', maxDepth: far - 1 });
    expect(shortestPath).toBeNull();
  });
});

describe('traversals on seeded random graphs', () => {
  const env = useTestApi();

  it.each([11, 23, 42])('agree with breadth-first search (seed %i)', async (seed) => {
    await clearGraph(env.graph);
    const { doc, ids } = randomGraph(seed, {
      projects: 40,
      systems: 15,
      services: 10,
      programmes: 4,
      topics: 4,
      institutions: 5,
      focusAreas: 3,
      edgesPerProject: 3,
    });
    const file = join(mkdtempSync(join(tmpdir(), 'sg-random-')), 'random.json');
    writeFileSync(file, JSON.stringify(doc));
    await new Importer(env.graph.executor).importPaths([file]);
    const ref = ReferenceGraph.fromDocuments([doc as never]);
    const targets = [...ids.Service!.slice(0, 3), ...ids.System!.slice(0, 3), ids.Topic![0]!, ...ids.Project!.slice(0, 2)];
    const pairs: [string, string][] = [
      [ids.Project![0]!, ids.Service![0]!],
      [ids.Institution![0]!, ids.TargetVision![0]!],
      [ids.Topic![1]!, ids.Programme![0]!],
      [ids.Project![5]!, ids.Project![5]!],
    ];
    await checkTraversals(env.api, ref, targets, pairs);
  });
});
