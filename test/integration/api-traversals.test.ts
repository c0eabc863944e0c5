import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ImpactDocument, ProjectsTouchingDocument, ShortestPathDocument } from '../../src/client/index.js';
import { DATA_DIR } from '../../src/config/index.js';
import { Importer, expandPaths } from '../../src/graph/index.js';
import { clearGraph } from '../helpers/graph.js';
import { useShippedGraph, useTestApi, type TestApi } from '../helpers/shipped.js';
import { randomGraph } from '../helpers/random-graph.js';
import { ReferenceGraph, type RefEvidence } from '../helpers/reference-graph.js';

interface PathShape {
  hops: number;
  confidence: string;
  nodes: { id: string }[];
  relationships: { type: string; from: string; to: string; confidence: string; note?: string | null }[];
}

/**
 * A path is an explanation only if it is really in the graph, hop by hop, in the claimed direction, each hop with
 * the confidence the data gives it (only stated ones under STATED), and the path's confidence its weakest hop's.
 */
function expectValidPath(ref: ReferenceGraph, path: PathShape, from: string, to: string, directed: boolean, evidence: RefEvidence = 'ANY') {
  expect(path.nodes[0]!.id).toBe(from);
  expect(path.nodes.at(-1)!.id).toBe(to);
  expect(path.relationships).toHaveLength(path.hops);
  expect(path.nodes).toHaveLength(path.hops + 1);
  path.relationships.forEach((r, i) => {
    const stored = ref.relationship(r.from, r.type, r.to);
    expect(stored, `${r.from} -[${r.type}]-> ${r.to} exists`).toBeDefined();
    expect(r.confidence.toLowerCase(), `${r.from} -[${r.type}]-> ${r.to} confidence`).toBe(stored!.confidence);
    if (evidence === 'STATED') expect(r.confidence).toBe('STATED');
    const [a, b] = [path.nodes[i]!.id, path.nodes[i + 1]!.id];
    if (directed) expect([r.from, r.to]).toEqual([a, b]);
    else expect([r.from, r.to].sort()).toEqual([a, b].sort());
  });
  const levels = path.relationships.map((r) => r.confidence);
  expect(path.confidence).toBe(levels.includes('CONTESTED') ? 'CONTESTED' : levels.includes('INFERRED') ? 'INFERRED' : 'STATED');
}

interface TouchingPageShape {
  projectsTouching: {
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    nodes: { hops: number; project: { id: string } }[];
  };
}
/** A page without totalCount (nor inferredCount): the server finds it by deepening one hop at a time. */
const TOUCHING_PAGE_ONLY = parse(
  'query($t: String!, $d: Int!, $first: Int!, $after: String, $e: EvidenceLevel) { projectsTouching(target: $t, maxDepth: $d, first: $first, after: $after, evidence: $e) ' +
    '{ pageInfo { hasNextPage hasPreviousPage endCursor } nodes { hops project { id } } } }',
) as unknown as TypedDocumentNode<TouchingPageShape, { t: string; d: number; first: number; after?: string; e: RefEvidence }>;

/** Every page of projectsTouching without a total, in pages of about a third of the rows, must give the reference's rows. */
async function checkTouchingPages(api: TestApi, target: string, depth: number, evidence: RefEvidence, expected: readonly (readonly [string, number])[]) {
  const first = Math.max(1, Math.ceil(expected.length / 3));
  const rows: [string, number][] = [];
  let after: string | undefined;
  for (let page = 0; page <= expected.length; page++) {
    const { projectsTouching } = await api.data(TOUCHING_PAGE_ONLY, { t: target, d: depth, first, after, e: evidence });
    rows.push(...projectsTouching.nodes.map((n) => [n.project.id, n.hops] as [string, number]));
    expect(projectsTouching.pageInfo.hasPreviousPage, `page ${page} of (${target}, ${depth}, ${evidence}) hasPreviousPage`).toBe(page > 0);
    expect(projectsTouching.pageInfo.hasNextPage, `page ${page} of (${target}, ${depth}, ${evidence}) hasNextPage`).toBe(rows.length < expected.length);
    if (!projectsTouching.pageInfo.hasNextPage) break;
    after = projectsTouching.pageInfo.endCursor!;
  }
  expect(rows, `projectsTouching(${target}, ${depth}, ${evidence}) in pages of ${first} without totalCount`).toEqual(expected);
}

async function checkTraversals(api: TestApi, ref: ReferenceGraph, targets: string[], pairs: [string, string][]) {
  for (const evidence of ['ANY', 'STATED'] as const) {
    for (const target of targets) {
      for (const depth of [1, 2, 3, 5]) {
        const what = `(${target}, ${depth}, ${evidence})`;
        const { projectsTouching: touching } = await api.data(ProjectsTouchingDocument, { target, maxDepth: depth, first: 1000, evidence });
        const projectsTouching = touching.nodes;
        expect(touching.totalCount).toBe(projectsTouching.length);
        expect(projectsTouching.map((p) => [p.project.id, p.hops]), `projectsTouching${what}`).toEqual(ref.projectsTouching(target, depth, evidence));
        expect(touching.inferredCount, `projectsTouching${what}.inferredCount`).toBe(ref.touchingInferred(target, depth, evidence));
        for (const p of projectsTouching) expectValidPath(ref, p.path, p.project.id, target, true, evidence);
        // Deeper than one hop the page may stop at any depth: paged through without a total.
        if (depth >= 3) await checkTouchingPages(api, target, depth, evidence, ref.projectsTouching(target, depth, evidence));

        const { impact } = await api.data(ImpactDocument, { of: target, maxDepth: depth, first: 1000, evidence });
        const expected = ref.impact(target, depth, evidence);
        expect(impact.affected.nodes.map((a) => [a.node.id, a.hops]), `impact${what}`).toEqual(expected.affected);
        expect(impact.affected.totalCount).toBe(expected.affected.length);
        expect(impact.projects.nodes.map((p) => p.id)).toEqual(expected.projects);
        expect(impact.projects.totalCount).toBe(expected.projects.length);
        expect(impact.programmes.nodes.map((p) => p.id), `impact${what}.programmes`).toEqual(expected.programmes);
        expect(impact.programmes.totalCount).toBe(expected.programmes.length);
        expect(
          [impact.affected.inferredCount, impact.projects.inferredCount, impact.programmes.inferredCount],
          `impact${what} inferred counts`,
        ).toEqual([expected.inferred.affected, expected.inferred.projects, expected.inferred.programmes]);
        expect(impact.targetVisions.map((t) => t.id).sort(), `impact${what}.targetVisions`).toEqual([...expected.targetVisions].sort());
        expect(impact.focusAreas.map((f) => f.id).sort(), `impact${what}.focusAreas`).toEqual([...expected.focusAreas].sort());
        expect(impact.totalBudgetEur).toBe(expected.totalBudgetEur);
        // Each Zielbild is explained over CONTRIBUTES_TO by a nearest contributor, each Schwerpunktthema over
        // HAS_TARGET_VISION by a Zielbild of the answer; both end in the contributor's shortest path.
        expect(impact.targetVisionPaths.map((t) => t.node.id)).toEqual(impact.targetVisions.map((t) => t.id));
        expect(impact.focusAreaPaths.map((f) => f.node.id)).toEqual(impact.focusAreas.map((f) => f.id));
        const contributors = new Set([...expected.projects, ...expected.programmes]);
        const nearest = (tv: string) =>
          Math.min(...ref.rels.filter((r) => r.type === 'CONTRIBUTES_TO' && r.to === tv && contributors.has(r.from) && (evidence === 'ANY' || r.confidence === 'stated')).map((r) => expected.hops.get(r.from)!));
        for (const t of impact.targetVisionPaths) {
          expectValidPath(ref, t.path, t.node.id, target, false, evidence);
          expect(t.path.relationships[0]!.type).toBe('CONTRIBUTES_TO');
          expect(contributors.has(t.path.nodes[1]!.id)).toBe(true);
          expect(t.path.hops, `${t.node.id} is explained by a nearest contributor`).toBe(1 + nearest(t.node.id));
        }
        for (const f of impact.focusAreaPaths) {
          expectValidPath(ref, f.path, f.node.id, target, false, evidence);
          expect(f.path.relationships[0]!.type).toBe('HAS_TARGET_VISION');
          expect(expected.targetVisions.has(f.path.nodes[1]!.id)).toBe(true);
        }
      }
    }
    for (const [from, to] of pairs) {
      for (const depth of [1, 3, 6]) {
        const { shortestPath } = await api.data(ShortestPathDocument, { from, to, maxDepth: depth, evidence });
        const hops = ref.undirectedHops(from, to, depth, evidence);
        expect(shortestPath?.hops, `shortestPath(${from}, ${to}, ${depth}, ${evidence})`).toBe(hops);
        if (shortestPath) expectValidPath(ref, shortestPath, from, to, false, evidence);
      }
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
    expect(projectsTouching[0]!.path.relationships.map(({ type, from, to }) => ({ type, from, to }))).toEqual([
      { type: 'REPLACES', from: 'zapuk', to: 'sys-elster' },
      { type: 'SUPPORTS', from: 'sys-elster', to: 'leistung-fahrzeugzulassung' },
    ]);
    // The hop carries its caveat: only the ELSTER-Postfach, and only as a proposal.
    const replaces = projectsTouching[0]!.path.relationships[0]!;
    expect(replaces.confidence).toBe('STATED');
    expect(replaces.note).toMatch(/nur das ELSTER-Postfach/);
    const { shortestPath } = await shipped.api.data(ShortestPathDocument, { from: 'zapuk', to: 'sys-elster', maxDepth: 1 });
    expect(shortestPath!.relationships).toEqual([
      { type: 'REPLACES', from: 'zapuk', to: 'sys-elster', confidence: 'STATED', note: replaces.note, validFrom: null, validTo: null, sources: [{ url: 'https://heise.de/-10449410', title: null }] },
    ]);
  });

  it('carries impact up to the strategy through programmes: ELSTER reaches the Postfach programme and its Zielbild', async () => {
    const { impact } = await shipped.api.data(ImpactDocument, { of: 'ELSTER', maxDepth: 4 });
    expect(impact.programmes.nodes.map((p) => p.id)).toEqual(['prog-postfach-kommunikationsinfrastruktur']);
    expect(impact.targetVisions.map((t) => t.id).sort()).toEqual(['zb-digitale-anwendungen', 'zb-digitale-infrastruktur']);
    const infrastructure = impact.targetVisionPaths.find((t) => t.node.id === 'zb-digitale-infrastruktur')!;
    // The nearest contributor (1 hop; "Umsetzungsprogramm …" before "Zielarchitektur …") explains it: the programme, over an inferred hop.
    expect(infrastructure.path.nodes.map((n) => n.id)).toEqual(['zb-digitale-infrastruktur', 'prog-postfach-kommunikationsinfrastruktur', 'sys-elster']);
    expect(infrastructure.path.confidence).toBe('INFERRED');
    expect(infrastructure.path.relationships[0]).toMatchObject({ type: 'CONTRIBUTES_TO', confidence: 'INFERRED' });
    expect(infrastructure.path.relationships[0]!.note).toBeTruthy();
    const focus = impact.focusAreaPaths.find((f) => f.node.id === 'st-digitale-infrastruktur')!;
    expect(focus.path.nodes.map((n) => n.id)).toEqual(['st-digitale-infrastruktur', ...infrastructure.path.nodes.map((n) => n.id)]);

    // NOOTS reaches two Zielbilder only through the Registermodernisierung programme.
    const { impact: noots } = await shipped.api.data(ImpactDocument, { of: 'sys-noots', maxDepth: 4 });
    expect(noots.programmes.nodes.map((p) => p.id)).toContain('prog-registermodernisierung');
    expect(noots.targetVisions.map((t) => t.id)).toEqual(expect.arrayContaining(['zb-datennutzung', 'zb-digitale-anwendungen']));
  });

  it('marks inferred hops, and STATED drops the rows that rest on them (ZaPuK, BundID)', async () => {
    const { impact: any } = await shipped.api.data(ImpactDocument, { of: 'ELSTER', maxDepth: 4 });
    const { impact: stated } = await shipped.api.data(ImpactDocument, { of: 'ELSTER', maxDepth: 4, evidence: 'STATED' });
    const ids = (c: { nodes: { node: { id: string } }[] }) => c.nodes.map((a) => a.node.id);
    const dropped = ids(any.affected).filter((id) => !ids(stated.affected).includes(id));
    expect(dropped).toEqual(['sys-mein-justizpostfach']);
    expect(any.affected.inferredCount).toBe(1);
    expect(stated.affected.inferredCount).toBe(0);
    // Every contribution of ZaPuK and the programme to a Zielbild is inferred: STATED reaches none.
    expect(any.targetVisionPaths.every((t) => t.path.confidence === 'INFERRED')).toBe(true);
    expect(stated.targetVisions).toEqual([]);
    expect(stated.focusAreas).toEqual([]);

    // BundID → Digitalstrategie: the shortest path rests on an inferred link; the all-stated one is a hop longer.
    const { shortestPath: anyPath } = await shipped.api.data(ShortestPathDocument, { from: 'sys-bundid', to: 'foederale-digitalstrategie' });
    const { shortestPath: statedPath } = await shipped.api.data(ShortestPathDocument, { from: 'sys-bundid', to: 'foederale-digitalstrategie', evidence: 'STATED' });
    expect(anyPath!.hops).toBe(2);
    expect(anyPath!.confidence).toBe('INFERRED');
    const inferred = anyPath!.relationships.filter((r) => r.confidence === 'INFERRED');
    expect(inferred.length).toBeGreaterThan(0);
    for (const r of inferred) expect(r.note).toBeTruthy();
    expect(statedPath!.hops).toBe(3);
    expect(statedPath!.confidence).toBe('STATED');
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
      evidence: true,
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
