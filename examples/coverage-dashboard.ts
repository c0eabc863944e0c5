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

const [{ coverage, uncoveredTargetVisions }, { budget }] = await Promise.all([
  request(url, CoverageDocument, {}),
  request(url, BudgetDocument, { groupBy: 'FOCUS_AREA' }),
]);

console.log('Coverage of the Zielbilder (projects contributing; stated = the source says so)\n');
console.log(
  table(
    ['Schwerpunktthema', 'Zielbild', 'projects', 'stated', 'programmes', 'known budget'],
    coverage.map((c) => [
      c.focusAreas.map((f) => f.name).join(', '),
      c.targetVision.name,
      String(c.projectCount),
      String(c.statedProjectCount),
      String(c.programmeCount),
      eur.format(c.knownBudgetEur),
    ]),
  ),
);
console.log(`\nZielbilder without any project yet: ${uncoveredTargetVisions.map((t) => t.name).join(', ') || 'none'}\n`);

console.log('Known budgets per Schwerpunktthema\n');
console.log(
  table(
    ['Schwerpunktthema', 'projects', 'without budget', 'known project budgets', 'programme budgets'],
    budget.map((b) => [b.group.name, String(b.projectCount), String(b.projectsWithoutBudget), eur.format(b.knownBudgetEur), eur.format(b.programmeBudgetEur)]),
  ),
);
console.log('\nProgramme budgets count in every Schwerpunktthema that runs the programme.');
