import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BudgetDocument, CoverageDocument, ProjectListDocument } from '../../src/client/index.js';
import { DATA_DIR } from '../../src/config/index.js';
import { Importer, expandPaths } from '../../src/graph/index.js';
import { clearGraph } from '../helpers/graph.js';
import { ReferenceAnalysis, analysisGraph, readDocs, type Grouping } from '../helpers/reference-analysis.js';
import { useShippedGraph, useTestApi, type TestApi } from '../helpers/shipped.js';

const GROUPINGS: readonly Grouping[] = ['FOCUS_AREA', 'PROGRAMME', 'INSTITUTION'];

/** Coverage, goal coverage and every budget grouping against the independent computation. */
async function checkAnalysis(api: TestApi, ref: ReferenceAnalysis): Promise<void> {
  const data = await api.data(CoverageDocument);
  const coverage = ref.coverage();
  expect(data.coverage.map((c) => c.targetVision.id).sort()).toEqual([...coverage.keys()].sort());
  for (const c of data.coverage) {
    const { targetVision, focusAreas: _, ...counts } = c;
    expect(counts, targetVision.id).toEqual(coverage.get(targetVision.id));
  }
  expect(data.uncoveredTargetVisions.map((t) => t.id).sort()).toEqual([...coverage].filter(([, c]) => !c.covered).map(([id]) => id).sort());
  // Only some counts asked (the statement counts only those): each equals the reference.
  for (const fields of [['projectCount'], ['programmeCount', 'themeCount'], ['covered'], ['themeCount', 'covered']]) {
    const result = await api.run<{ coverage: ({ targetVision: { id: string } } & Record<string, unknown>)[] }, Record<string, never>>(
      `{ coverage { targetVision { id } ${fields.join(' ')} } }`,
    );
    expect(result.errors).toEqual([]);
    for (const row of result.data!.coverage) {
      const want = coverage.get(row.targetVision.id) as unknown as Record<string, unknown>;
      expect(Object.fromEntries(fields.map((f) => [f, row[f]])), `${row.targetVision.id}: ${fields.join(', ')}`).toEqual(Object.fromEntries(fields.map((f) => [f, want[f]])));
    }
  }

  const goals = ref.goals();
  expect(data.goalCoverage.map((g) => g.goal.id).sort()).toEqual([...goals.keys()].sort());
  for (const g of data.goalCoverage) {
    const want = goals.get(g.goal.id)!;
    expect(g.covered, g.goal.id).toBe(want.covered);
    expect(g.targetVisions.map((t) => t.id).sort()).toEqual(want.targetVisions);
    expect(g.contributions.map((c) => c.node.id).sort()).toEqual(want.contributors);
    expect({ statedCount: g.statedCount, inferredCount: g.inferredCount, themeCount: g.themeCount }).toEqual({
      statedCount: want.statedCount,
      inferredCount: want.inferredCount,
      themeCount: want.themeCount,
    });
  }
  expect(data.uncoveredGoals.map((g) => g.id).sort()).toEqual([...goals].filter(([, g]) => !g.covered).map(([id]) => id).sort());

  for (const groupBy of GROUPINGS) {
    const { budget } = await api.data(BudgetDocument, { groupBy });
    const want = ref.budgetReport(groupBy);
    expect(budget.totalKnownEur, groupBy).toBe(want.totalKnownEur);
    expect(budget.unassignedEur, groupBy).toBe(want.unassignedEur);
    expect(Object.fromEntries(budget.rows.map(({ group, ...row }) => [group.id, row]))).toEqual(Object.fromEntries(want.rows));
    // Each known amount once: the rows and what no single group holds add up to the total, exactly.
    const rows = budget.rows.reduce((sum, r) => sum + r.knownBudgetEur + r.programmeBudgetEur, 0);
    expect(rows + budget.unassignedEur, groupBy).toBe(budget.totalKnownEur);
  }
}

describe('analyses of the shipped graph', () => {
  const shipped = useShippedGraph();
  const ref = new ReferenceAnalysis(readDocs(expandPaths([DATA_DIR])));

  it('agree with an independent computation over the data files: coverage, goals and every budget grouping', async () => {
    await checkAnalysis(shipped.api, ref);
  });

  it('count the June 2025 package\'s 15 Mio. EUR once: unassigned per Schwerpunktthema, not in all five rows', async () => {
    const { budget } = await shipped.api.data(BudgetDocument, { groupBy: 'FOCUS_AREA' });
    expect(budget.rows).toHaveLength(5);
    expect(budget.totalKnownEur).toBe(15_000_000);
    expect(budget.unassignedEur).toBe(15_000_000);
    for (const row of budget.rows) expect(row.knownBudgetEur + row.programmeBudgetEur, row.group.id).toBe(0);
    const byProgramme = await shipped.api.data(BudgetDocument, { groupBy: 'PROGRAMME' });
    expect(byProgramme.budget.rows.find((r) => r.group.id === 'uv-paket-juni-2025')).toMatchObject({ programmeBudgetEur: 15_000_000 });
    expect(byProgramme.budget.unassignedEur).toBe(0);
  });

  it('count named projects only: a Schwerpunktthema\'s budget row and its focusArea filter agree, without Themenfelder', async () => {
    const { budget } = await shipped.api.data(BudgetDocument, { groupBy: 'FOCUS_AREA' });
    for (const row of budget.rows) {
      const { projects } = await shipped.api.data(ProjectListDocument, { filter: { focusArea: row.group.id }, first: 100 });
      expect(projects.totalCount, row.group.id).toBe(row.projectCount);
      expect(projects.edges.some((e) => e.node.name.startsWith('Themenfeld')), row.group.id).toBe(false);
    }
  });

  it('show programmes as coverage and Themenfelder apart: Digitale Infrastruktur is covered, Informationssicherheit is not', async () => {
    const { coverage, goalCoverage, uncoveredGoals } = await shipped.api.data(CoverageDocument);
    const of = (id: string) => coverage.find((c) => c.targetVision.id === id)!;
    expect(of('zb-digitale-infrastruktur')).toMatchObject({ covered: true, programmeCount: 1, inferredProgrammeCount: 1 });
    expect(of('zb-informationssicherheit')).toMatchObject({ covered: false, projectCount: 0, programmeCount: 0 });
    expect(of('zb-digitale-transformation')).toMatchObject({ covered: false, projectCount: 0, themeCount: 1 });
    // The 17 Ziele of four Zielbilder (those of Informationssicherheit are not published).
    expect(goalCoverage).toHaveLength(17);
    expect(new Set(goalCoverage.flatMap((g) => g.targetVisions.map((t) => t.id)))).toEqual(
      new Set(['zb-digitale-transformation', 'zb-digitale-infrastruktur', 'zb-digitale-anwendungen', 'zb-datennutzung']),
    );
    expect(goalCoverage.find((g) => g.goal.id === 'ziel-dvc-plattform')).toMatchObject({ covered: true, statedCount: 1 });
    expect(uncoveredGoals.map((g) => g.id)).toContain('ziel-datenschutz-von-beginn-an');
  });
});

describe('analyses of seeded random graphs', () => {
  const env = useTestApi();

  it.each([7, 19, 31])('agree with the independent computation, and the budget adds up (seed %i)', async (seed) => {
    await clearGraph(env.graph);
    const { doc } = analysisGraph(seed);
    const file = join(mkdtempSync(join(tmpdir(), 'sg-analysis-')), 'random.json');
    writeFileSync(file, JSON.stringify(doc));
    await new Importer(env.graph.executor).importPaths([file]);
    const ref = new ReferenceAnalysis([doc as never]);
    // The graph exercises what it should: shared and unassigned amounts, themes, goals, inferred links.
    const report = ref.budgetReport('FOCUS_AREA');
    expect(report.unassignedEur).toBeGreaterThan(0);
    expect(report.totalKnownEur).toBeGreaterThan(report.unassignedEur);
    expect([...ref.goals().values()].some((g) => g.covered) && [...ref.goals().values()].some((g) => !g.covered)).toBe(true);
    await checkAnalysis(env.api, ref);
  });
});
