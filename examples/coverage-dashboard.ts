/**
 * A tiny dashboard on the generated, typed client: coverage of the Zielbilder and known budgets per
 * Schwerpunktthema, printed as tables. Run it against a running server:
 *
 *   npx tsx examples/coverage-dashboard.ts http://localhost:4000/graphql
 */
import { BudgetDocument, CoverageDocument, request } from '../src/client/index.js';

const url = process.argv[2] ?? 'http://localhost:4000/graphql';
const eur = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const [{ coverage, uncoveredTargetVisions, goalCoverage, uncoveredGoals }, { budget }] = await Promise.all([
  request(url, CoverageDocument, {}),
  request(url, BudgetDocument, { groupBy: 'FOCUS_AREA' }),
]);

console.log('Coverage of the Zielbilder (named projects and programmes; stated = a source says so, inferred = our reading)\n');
console.log(
  table(
    ['Schwerpunktthema', 'Zielbild', 'projects', 'stated', 'inferred', 'programmes', 'stated', 'inferred', 'themes', 'known budget'],
    coverage.map((c) => [
      c.focusAreas.map((f) => f.name).join(', '),
      c.targetVision.name,
      String(c.projectCount),
      String(c.statedProjectCount),
      String(c.inferredProjectCount),
      String(c.programmeCount),
      String(c.statedProgrammeCount),
      String(c.inferredProgrammeCount),
      String(c.themeCount),
      eur.format(c.knownBudgetEur),
    ]),
  ),
);
console.log(`\nZielbilder without any project or programme yet: ${uncoveredTargetVisions.map((t) => t.name).join(', ') || 'none'}\n`);

console.log('Goals of the Zielbilder and what advances them (Themenfelder, placeholders for unnamed projects, apart)\n');
console.log(
  table(
    ['Zielbild', 'Ziel', 'stated', 'inferred', 'themes', 'advanced by'],
    goalCoverage.map((g) => [
      g.targetVisions.map((t) => t.name).join(', '),
      g.goal.name,
      String(g.statedCount),
      String(g.inferredCount),
      String(g.themeCount),
      g.contributions.filter((c) => c.node.kind !== 'Theme').map((c) => `${c.node.name}${c.confidence === 'STATED' ? '' : ' (inferred)'}`).join('; ') || '–',
    ]),
  ),
);
console.log(`\nGoals nothing advances yet: ${uncoveredGoals.map((g) => g.name).join(', ') || 'none'}\n`);

console.log('Known budgets per Schwerpunktthema (each amount once)\n');
console.log(
  table(
    ['Schwerpunktthema', 'projects', 'without budget', 'known project budgets', 'programme budgets'],
    budget.rows.map((b) => [b.group.name, String(b.projectCount), String(b.projectsWithoutBudget), eur.format(b.knownBudgetEur), eur.format(b.programmeBudgetEur)]),
  ),
);
console.log(
  `\nBelonging to no single Schwerpunktthema: ${eur.format(budget.unassignedEur)}; every known budget: ${eur.format(budget.totalKnownEur)}.`,
);
