/**
 * Prints a compact table from one or more results files of `npm run bench` (for the README):
 *   npx tsx bench/table.ts bench/results/<file>.json [...]
 */
import { readFileSync } from 'node:fs';
import { summarise, us, type RunResult } from './report.js';

for (const file of process.argv.slice(2)) {
  const r = JSON.parse(readFileSync(file, 'utf8')) as RunResult;
  const rows = [...r.queries.map((q) => q.id), ...(r.cells.some((c) => c.query === 'mix') ? ['mix'] : [])];
  const cMax = r.settings.concurrencies.at(-1)!;
  const x = (v: number | undefined, d = 2) => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(d));
  console.log(`\n${r.dataset} (${r.settings.mode}, ${r.settings.reps} rep × ${r.settings.durationMs} ms per cell)\n`);
  console.log(`| query | A p50 | B p50 | C p50 | B p99 | C p99 | B/A p50 | B/C p50 | B/C p99 | req/s c=${cMax} A · B · C | round trips B · B′ · C |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const q of rows) {
    const [A, B, C, N] = (['A', 'B', 'C', 'Bnb'] as const).map((s) => summarise(r.cells, q, s, r.settings.concurrencies[0]!));
    const [A16, B16, C16] = (['A', 'B', 'C'] as const).map((s) => summarise(r.cells, q, s, cMax));
    console.log(
      `| ${q} | ${us(A?.p50)} | ${us(B?.p50)} | ${us(C?.p50)} | ${us(B?.p99)} | ${us(C?.p99)} | ${x(B && A ? B.p50 / A.p50 : undefined)}× | ` +
        `${x(B && C ? B.p50 / C.p50 : undefined)}× | ${x(B && C ? B.p99 / C.p99 : undefined)}× | ${x(A16?.rps, 0)} · ${x(B16?.rps, 0)} · ${x(C16?.rps, 0)} | ` +
        `${x(B?.roundTrips ?? undefined, 1)} · ${N ? x(N.roundTrips ?? undefined, 0) : '–'} · ${x(C?.roundTrips ?? undefined, 0)} |`,
    );
  }
}
