import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/config/index.js';
import { Importer, expandPaths, readImportFile, type Graph } from '../../src/graph/index.js';
import { clearGraph, cypher, openTestGraph } from '../helpers/graph.js';

const files = expandPaths([DATA_DIR]).map((f) => readImportFile(f));
const fileNodes = files.flatMap((f) => f.nodes.map((n) => n.record));
const fileRels = files.flatMap((f) => f.relationships.map((r) => r.record));

describe('the shipped graph in data/', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await clearGraph(graph);
  });
  afterAll(async () => graph.close());

  it('validates and imports completely into an empty database', async () => {
    expect(files.flatMap((f) => f.problems)).toEqual([]);
    const summary = await new Importer(graph.executor).importPaths([DATA_DIR]);
    const created = Object.values(summary.nodes).reduce((a, c) => a + c.created, 0);
    expect(created).toBe(fileNodes.length);
    const [counts] = await cypher<{ nodes: { toNumber(): number }; rels: { toNumber(): number } }>(
      graph,
      'MATCH (n:Node) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
    );
    expect(counts!.nodes.toNumber()).toBe(fileNodes.length);
    expect(counts!.rels.toNumber()).toBe(fileRels.length);
  });

  it('cites at least one http(s) source on every node and relationship in the database', async () => {
    const rows = await cypher<{ json: string }>(graph, 'MATCH (n:Node) RETURN n.sourcesJson AS json UNION ALL MATCH ()-[r]->() RETURN r.sourcesJson AS json');
    expect(rows.length).toBe(fileNodes.length + fileRels.length);
    for (const { json } of rows) {
      const sources = JSON.parse(json) as { url: string; retrieved?: string }[];
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it('holds the structure of the strategy: five Schwerpunktthemen, each with its Zielbild', async () => {
    const rows = await cypher<{ area: string; vision: string }>(
      graph,
      `MATCH (:Strategy {id: 'foederale-digitalstrategie'})-[:HAS_FOCUS_AREA]->(f:FocusArea)-[:HAS_TARGET_VISION]->(t:TargetVision)
       RETURN f.name AS area, t.name AS vision ORDER BY area`,
    );
    expect(rows.map((r) => r.area)).toEqual(['Datennutzung', 'Digitale Anwendungen', 'Digitale Infrastruktur', 'Digitale Transformation', 'Informationssicherheit']);
  });

  it('connects the Postfach programme to ELSTER, BundID, the Unternehmenskonto and the elektronischer Rechtsverkehr', async () => {
    const rows = await cypher<{ id: string }>(
      graph,
      `MATCH (:Programme {id: 'prog-postfach-kommunikationsinfrastruktur'})-[:INTEGRATES]->(s:System) RETURN s.id AS id`,
    );
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['sys-elster', 'sys-bundid', 'sys-muk', 'sys-elektronischer-rechtsverkehr']));
  });

  it('links Fahrzeugzulassung and Gründung to the systems and projects behind them', async () => {
    const rows = await cypher<{ service: string; by: string }>(
      graph,
      `MATCH (x)-[:SUPPORTS|DIGITALISES]->(s:Service) WHERE s.id IN ['leistung-fahrzeugzulassung', 'leistung-unternehmensgruendung']
       RETURN s.id AS service, x.id AS by ORDER BY service, by`,
    );
    const by = (service: string) => rows.filter((r) => r.service === service).map((r) => r.by);
    expect(by('leistung-fahrzeugzulassung')).toEqual(expect.arrayContaining(['sys-ikfz', 'sys-elster', 'sys-bundid', 'uv-thema-e2e-digitalisierung']));
    expect(by('leistung-unternehmensgruendung')).toContain('uv-thema-e2e-digitalisierung');
  });

  it('invents no project budgets: only the published 15 Mio. EUR of the June 2025 package', async () => {
    const rows = await cypher<{ id: string; budget: number }>(graph, 'MATCH (n:Node) WHERE n.budgetEur IS NOT NULL RETURN n.id AS id, n.budgetEur AS budget');
    expect(rows).toEqual([{ id: 'uv-paket-juni-2025', budget: 15_000_000 }]);
  });

  it('marks inferred and contested facts as such, each with a note that explains the inference or the disagreement', async () => {
    const rows = await cypher<{ confidence: string; note: string | null }>(
      graph,
      "MATCH ()-[r]->() WHERE r.confidence <> 'stated' RETURN r.confidence AS confidence, r.note AS note " +
        "UNION ALL MATCH (n:Node) WHERE n.confidence <> 'stated' RETURN n.confidence AS confidence, n.note AS note",
    );
    expect(new Set(rows.map((r) => r.confidence))).toEqual(new Set(['inferred', 'contested']));
    for (const r of rows) expect(r.note?.length ?? 0).toBeGreaterThan(10);
  });

  it('imports a second time without changing anything', async () => {
    const summary = await new Importer(graph.executor).importPaths([DATA_DIR]);
    for (const counts of [...Object.values(summary.nodes), ...Object.values(summary.relationships)]) {
      expect(counts.created + counts.updated).toBe(0);
    }
  });
});
