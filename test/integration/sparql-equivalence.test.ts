import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BudgetDocument,
  CoverageDocument,
  ImpactDocument,
  NodePageDocument,
  ProjectsOfInstitutionDocument,
  ProjectsTouchingDocument,
  ShortestPathDocument,
  StrategyTreeDocument,
} from '../../src/client/index.js';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { DEPENDENCY_TYPES, type RelationshipType } from '../../src/domain/index.js';
import { TYPE_MAPPING } from '../../src/graph/export/rdf-mapping.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { testConfig } from '../helpers/graph.js';
import { useShippedGraph } from '../helpers/shipped.js';

const DIR = join(PROJECT_ROOT, 'operations', 'sparql');
const BASE = 'https://strategiegraph.example.org';
const SG = `${BASE}/vocab#`;
type Row = Record<string, string>;
const sortRows = <T>(rows: T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/**
 * The analysts' questions, answered twice: by the GraphQL API (Neo4j) and by the SPARQL endpoint (Oxigraph, over the
 * RDF export) with the queries in operations/sparql/. Each pair must give the same answer on the shipped graph.
 */
describe('the analysts\' questions, through GraphQL and through SPARQL', () => {
  const shipped = useShippedGraph();
  let server: RunningServer;
  const used = new Set<string>();
  const select = async (file: string): Promise<Row[]> => {
    used.add(file);
    const query = readFileSync(join(DIR, file), 'utf8');
    const response = await fetch(server.url.replace(/\/graphql$/, '/sparql'), { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: query });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const { results } = JSON.parse(text) as { results: { bindings: Record<string, { value: string }>[] } };
    return results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  };

  beforeAll(async () => {
    server = await (await createHttpServer({ executor: shipped.graph.executor, logger: createLogger('silent'), settings: testConfig({ PUBLIC_BASE_URL: BASE }) })).listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('1. projects touching Fahrzeugzulassung, with their fewest hops', async () => {
    const projectsTouching = (await shipped.api.data(ProjectsTouchingDocument, { target: 'Fahrzeugzulassung', maxDepth: 3, first: 1000 })).projectsTouching.nodes;
    expect(projectsTouching.length).toBeGreaterThan(1);
    const graphql = projectsTouching.map((t) => ({ project: t.project.id, hops: String(t.hops) }));
    expect(sortRows(await select('01-projects-touching-fahrzeugzulassung.rq'))).toEqual(sortRows(graphql));
  });

  it('2. what is affected if ELSTER changes, with the fewest hops', async () => {
    const { impact } = await shipped.api.data(ImpactDocument, { of: 'ELSTER', maxDepth: 4, first: 1000 });
    expect(impact.affected.nodes.length).toBeGreaterThan(3);
    expect(impact.affected.totalCount).toBe(impact.affected.nodes.length);
    const graphql = impact.affected.nodes.map((a) => ({ node: a.node.id, hops: String(a.hops) }));
    expect(sortRows(await select('02-impact-of-elster.rq'))).toEqual(sortRows(graphql));
  });

  it('3. the Zielbilder and Schwerpunktthemen a change to the Fahrzeugzulassung reaches', async () => {
    const { impact } = await shipped.api.data(ImpactDocument, { of: 'Fahrzeugzulassung', maxDepth: 4 });
    expect(impact.targetVisions.length * impact.focusAreas.length).toBeGreaterThan(0);
    const rows = await select('03-impact-of-fahrzeugzulassung-zielbilder.rq');
    expect([...new Set(rows.map((r) => r.zielbild))].sort()).toEqual(impact.targetVisions.map((t) => t.id).sort());
    expect([...new Set(rows.flatMap((r) => (r.schwerpunktthema ? [r.schwerpunktthema] : [])))].sort()).toEqual(impact.focusAreas.map((f) => f.id).sort());
  });

  it('15. the Zielbilder a change to NOOTS reaches, through projects and programmes', async () => {
    const { impact } = await shipped.api.data(ImpactDocument, { of: 'sys-noots', maxDepth: 4 });
    expect(impact.programmes.totalCount).toBeGreaterThan(0);
    const rows = await select('15-impact-of-noots-zielbilder.rq');
    expect([...new Set(rows.map((r) => r.zielbild))].sort()).toEqual(impact.targetVisions.map((t) => t.id).sort());
    expect([...new Set(rows.flatMap((r) => (r.schwerpunktthema ? [r.schwerpunktthema] : [])))].sort()).toEqual(impact.focusAreas.map((f) => f.id).sort());
  });

  it('4. the projects that depend on ELSTER and their known budget', async () => {
    const { impact } = await shipped.api.data(ImpactDocument, { of: 'ELSTER', maxDepth: 4, first: 0 });
    expect(impact.projects.totalCount).toBeGreaterThan(0);
    const [row] = await select('04-impact-of-elster-budget.rq');
    expect({ projects: Number(row!.projects), total: Number(row!.totalBudgetEur) }).toEqual({ projects: impact.projects.totalCount, total: impact.totalBudgetEur });
  });

  it('5. how a project is connected to a Zielbild: the fewest hops', async () => {
    const { shortestPath } = await shipped.api.data(ShortestPathDocument, { from: 'uv-ki-plattform-machbarkeitsstudie', to: 'Zielbild Digitale Infrastruktur', maxDepth: 6 });
    expect(shortestPath?.hops).toBeGreaterThan(1);
    expect(await select('05-shortest-path.rq')).toEqual([{ hops: String(shortestPath!.hops) }]);
  });

  it('6. coverage: projects per Zielbild', async () => {
    const { coverage } = await shipped.api.data(CoverageDocument, {});
    expect(coverage).toHaveLength(5);
    expect(sortRows(await select('06-coverage.rq'))).toEqual(sortRows(coverage.map((c) => ({ zielbild: c.targetVision.id, projects: String(c.projectCount) }))));
  });

  it('7. the Zielbilder without any project', async () => {
    const { uncoveredTargetVisions } = await shipped.api.data(CoverageDocument, {});
    expect(uncoveredTargetVisions.length).toBeGreaterThan(0);
    expect((await select('07-uncovered-zielbilder.rq')).map((r) => r.zielbild)).toEqual(uncoveredTargetVisions.map((t) => t.id).sort());
  });

  it('8. coverage by stated contributions only (the confidence of each relationship)', async () => {
    const { coverage } = await shipped.api.data(CoverageDocument, {});
    expect(sortRows(await select('08-stated-coverage.rq'))).toEqual(sortRows(coverage.map((c) => ({ zielbild: c.targetVision.id, stated: String(c.statedProjectCount) }))));
    // Not trivially equal: the shipped contributions are our inference, and both say so.
    expect(coverage.some((c) => c.projectCount > c.statedProjectCount)).toBe(true);
  });

  const budgetRows = async (groupBy: 'FOCUS_AREA' | 'INSTITUTION' | 'PROGRAMME') => {
    const { budget } = await shipped.api.data(BudgetDocument, { groupBy });
    expect(budget.rows.length).toBeGreaterThan(2);
    return budget.rows.map((b) => ({
      id: b.group.id,
      projects: b.projectCount,
      knownBudgetEur: b.knownBudgetEur,
      withoutBudget: b.projectsWithoutBudget,
      programmeBudgetEur: b.programmeBudgetEur,
      ...(groupBy === 'PROGRAMME' ? {} : { programmes: b.programmeCount }),
    }));
  };
  const numbers = (rows: Row[], idColumn: string) =>
    rows.map(({ [idColumn]: id, ...rest }) => ({ id: id!, ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, Number(v)])) }));

  it('9. budget per Schwerpunktthema', async () => {
    const graphql = await budgetRows('FOCUS_AREA');
    // Not trivially equal: the Schwerpunktthemen have projects and programmes (the one known budget of the shipped
    // graph, the June 2025 package, spans all five and so is in none of the rows: BudgetReport.unassignedEur).
    expect(graphql.filter((r) => r.projects > 0 && r.programmes! > 0).length).toBeGreaterThan(1);
    expect(sortRows(numbers(await select('09-budget-per-focus-area.rq'), 'schwerpunktthema'))).toEqual(sortRows(graphql));
  });

  it('10. budget per lead institution', async () => {
    expect(sortRows(numbers(await select('10-budget-per-institution.rq'), 'institution'))).toEqual(sortRows(await budgetRows('INSTITUTION')));
  });

  it('11. budget per programme', async () => {
    expect(sortRows(numbers(await select('11-budget-per-programme.rq'), 'programme'))).toEqual(sortRows(await budgetRows('PROGRAMME')));
  });

  it('12. the projects of FITKO (led, funded or joined)', async () => {
    const { projects } = await shipped.api.data(ProjectsOfInstitutionDocument, { institution: 'FITKO', first: 100 });
    expect(projects.totalCount).toBeGreaterThan(1);
    expect((await select('12-projects-of-fitko.rq')).map((r) => r.project)).toEqual(projects.nodes.map((n) => n.id).sort());
  });

  it('13. the strategy tree: Schwerpunktthemen, their Zielbilder and the projects contributing', async () => {
    const { strategies } = await shipped.api.data(StrategyTreeDocument, {});
    const graphql = strategies.nodes.flatMap((s) =>
      s.focusAreas.flatMap((fa) =>
        fa.targetVisions.length === 0
          ? [{ schwerpunktthema: fa.name }]
          : fa.targetVisions.flatMap((tv) =>
              tv.projects.length === 0 ? [{ schwerpunktthema: fa.name, zielbild: tv.name }] : tv.projects.map((p) => ({ schwerpunktthema: fa.name, zielbild: tv.name, vorhaben: p.name })),
            ),
      ),
    );
    expect(graphql.length).toBeGreaterThan(5);
    expect(sortRows(await select('13-strategy-tree.rq'))).toEqual(sortRows(graphql));
  });

  it('14. every relationship of ELSTER with its confidence and number of sources', async () => {
    const { node } = await shipped.api.data(NodePageDocument, { id: 'sys-elster' });
    const graphql = node!.relationships.map((r) => ({
      type: `${SG}${TYPE_MAPPING[r.type as RelationshipType].property}`,
      direction: r.direction,
      other: r.node.id,
      confidence: `${SG}${r.confidence.toLowerCase()}`,
      sources: String(new Set(r.sources.map((s) => s.url)).size),
    }));
    expect(graphql.length).toBeGreaterThan(5);
    expect(sortRows(await select('14-relationships-of-elster.rq'))).toEqual(sortRows(graphql));
  });

  it('asks each question in operations/sparql/, and follows the model\'s dependency types where it traverses', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.rq')).sort()).toEqual([...used].sort());
    const dependency = `(${DEPENDENCY_TYPES.map((t) => `sg:${TYPE_MAPPING[t].property}`).join('|')})`;
    for (const file of ['01-projects-touching-fahrzeugzulassung.rq', '02-impact-of-elster.rq', '03-impact-of-fahrzeugzulassung-zielbilder.rq', '04-impact-of-elster-budget.rq', '15-impact-of-noots-zielbilder.rq']) {
      const text = readFileSync(join(DIR, file), 'utf8');
      const alternations = text.match(/\((?:sg:\w+\|)+sg:\w+\)/g) ?? [];
      expect(alternations.length, file).toBeGreaterThan(0);
      for (const a of alternations) expect(a, file).toBe(dependency);
    }
  });
});
