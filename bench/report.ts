/** The results file's shape and the Markdown summary printed and written beside it. */
import type { Anchors, SystemId } from './queries.js';
import type { BuildInfo } from './datasets/prepare.js';

export interface CellResult {
  readonly query: string;
  readonly system: SystemId;
  readonly concurrency: number;
  readonly rep: number;
  readonly requests: number;
  readonly errors: number;
  readonly firstError?: string;
  readonly elapsedMs: number;
  readonly rps: number;
  /** Latencies in microseconds. */
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
  readonly roundTrips: number | null;
  readonly serverCpuUsPerRequest: number | null;
  readonly neo4jCpuUsPerRequest: number | null;
  readonly bytesPerResponse: number;
  /** The server's peak RSS during this cell (VmHWM reset before it); null where that cannot be reset (older results). */
  readonly peakRssBytes?: number | null;
}

export interface RunResult {
  readonly dataset: string;
  readonly synthetic: boolean;
  readonly started: string;
  readonly finished: string;
  readonly machine: Record<string, unknown>;
  readonly settings: Record<string, unknown> & { reps: number; durationMs: number; concurrencies: number[]; mode: string };
  readonly build: BuildInfo;
  readonly fingerprint: Record<string, unknown>;
  readonly anchors: Anchors;
  readonly queries: { id: string; title: string; weight: number }[];
  readonly systems: { id: SystemId; label: string }[];
  readonly gate: { query: string; system: string; ok: boolean; detail?: string; bytes?: number; roundTrips?: number }[];
  readonly gatePassed: boolean;
  /** Search relevance on the shipped graph (D1 only). */
  readonly relevance?: { n: number; hit1: number; hit3: number; mrr: number; misses: { q: string; id: string; rank: number }[] };
  readonly cells: CellResult[];
  readonly peakRssBytes: Record<string, number | null>;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Median over repetitions of one cell's metric (and its min–max). */
export function summarise(cells: CellResult[], query: string, system: string, c: number) {
  const mine = cells.filter((x) => x.query === query && x.system === system && x.concurrency === c);
  if (mine.length === 0) return undefined;
  const m = (f: (x: CellResult) => number | null) => median(mine.map((x) => f(x) ?? Number.NaN));
  return {
    p50: m((x) => x.p50),
    p95: m((x) => x.p95),
    p99: m((x) => x.p99),
    max: Math.max(...mine.map((x) => x.max)),
    rps: m((x) => x.rps),
    p50min: Math.min(...mine.map((x) => x.p50)),
    p50max: Math.max(...mine.map((x) => x.p50)),
    roundTrips: m((x) => x.roundTrips),
    serverCpu: m((x) => x.serverCpuUsPerRequest),
    neo4jCpu: m((x) => x.neo4jCpuUsPerRequest),
    peakRss: Math.max(...mine.map((x) => x.peakRssBytes ?? Number.NaN)),
    errors: mine.reduce((a, x) => a + x.errors, 0),
    requests: mine.reduce((a, x) => a + x.requests, 0),
  };
}

export const us = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : v >= 100_000 ? `${(v / 1000).toFixed(0)} ms` : v >= 10_000 ? `${(v / 1000).toFixed(1)} ms` : `${Math.round(v)} µs`;
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const num = (v: number | undefined, digits = 0) => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits));
const mb = (b: number | null | undefined) => (b == null ? '–' : `${Math.round(b / 2 ** 20)} MB`);

export function renderMarkdown(r: RunResult): string {
  const lines: string[] = [];
  const has = (id: string) => r.systems.some((s) => s.id === id);
  const rows = [...r.queries.map((q) => q.id), ...(r.cells.some((c) => c.query === 'mix') ? ['mix'] : [])];
  const c1 = r.settings.concurrencies[0] ?? 1;
  lines.push(`# Benchmark ${r.dataset}${r.synthetic ? ' (SYNTHETIC data)' : ' (the real graph)'} — ${r.started.slice(0, 16).replace('T', ' ')} UTC`);
  lines.push('');
  const m = r.machine;
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; Neo4j ${m.neo4j}; peer ${m.peer}. ` +
      `Load average at start ${(m.loadAverageAtStart as number[]).map((x) => x.toFixed(2)).join(' ')}, at end ${(m.loadAverageAtEnd as number[]).map((x) => x.toFixed(2)).join(' ')}.`,
  );
  lines.push(
    `Mode ${r.settings.mode}: ${r.settings.durationMs} ms per cell, ${r.settings.reps} repetition(s) (medians shown), concurrency ${r.settings.concurrencies.join('/')}, ` +
      `${r.settings.pinned ? 'pinned (servers CPU 0, Neo4j + load generator CPU 1)' : 'not pinned'}, B ${r.settings.compiled ? 'compiled (dist/, node)' : 'from src/ through tsx'}. Latencies are client-side, per request, in µs/ms.`,
  );
  const fp = r.fingerprint as { nodes: Record<string, number>; relationships: Record<string, number> };
  const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  lines.push(
    `Data: ${total(fp.nodes).toLocaleString('en')} nodes, ${total(fp.relationships).toLocaleString('en')} relationships.` +
      (r.build.generateSeconds !== undefined
        ? ` Built with: generation ${r.build.generateSeconds.toFixed(1)} s (${((r.build.csvBytes ?? 0) / 1e6).toFixed(0)} MB CSV), neo4j-admin import ${r.build.importSeconds.toFixed(1)} s, schema (constraints + indexes) ${r.build.schemaSeconds.toFixed(1)} s.`
        : ` Import ${r.build.importSeconds.toFixed(1)} s, schema ${r.build.schemaSeconds.toFixed(1)} s.`),
  );
  const a = r.anchors;
  lines.push(
    `Parameters: strategy ${a.strategyId}; project ${a.projectId}; hub institution ${a.hubInstitution}; projectsTouching targets ` +
      `low ${a.targets.low} (${a.targetDegrees.low} in), median ${a.targets.median} (${a.targetDegrees.median} in), hub ${a.targets.hub} (${a.targetDegrees.hub} in); ` +
      `shortestPath ${a.pathFrom} → ${a.pathTo}; impact of ${a.impactOf}.`,
  );
  lines.push('');
  lines.push(
    `Correctness gate (A, B and C must agree; B′ is checked but does not decide): **${r.gatePassed ? 'passed' : 'FAILED'}** ` +
      `(${r.gate.filter((g) => g.ok).length}/${r.gate.length} answers equal after normalisation).`,
  );
  for (const g of r.gate.filter((x) => !x.ok)) lines.push(`- ${g.query} ${g.system === 'Bnb' ? 'B′' : g.system}: ${g.detail?.slice(0, 300)}`);
  if (r.relevance) {
    const rel = r.relevance;
    lines.push('');
    lines.push(
      `Search relevance (test/fixtures/search-relevance.yaml, ${rel.n} queries): hit@1 **${(rel.hit1 * 100).toFixed(1)} %**, ` +
        `hit@3 **${(rel.hit3 * 100).toFixed(1)} %**, MRR **${rel.mrr.toFixed(3)}**` +
        (rel.misses.length ? `; not first: ${rel.misses.map((m) => `"${m.q}" → ${m.id} (rank ${m.rank || '–'})`).join(', ')}.` : '.'),
    );
  }
  if (!r.gatePassed) return `${lines.join('\n')}\n`;
  lines.push('');
  lines.push('Systems: A raw Cypher · B this server · B′ this server without DataLoader batching · C @neo4j/graphql.');
  lines.push('');
  lines.push(`## Latency at concurrency ${c1}`);
  lines.push('');
  lines.push('| query | A p50 | B p50 | C p50 | A p99 | B p99 | C p99 | B/A p50 | B/C p50 | B/C p99 | round trips B · C | B′ p50 (round trips) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const q of rows) {
    const A = summarise(r.cells, q, 'A', c1);
    const B = summarise(r.cells, q, 'B', c1);
    const C = summarise(r.cells, q, 'C', c1);
    const N = summarise(r.cells, q, 'Bnb', c1);
    lines.push(
      `| ${q} | ${us(A?.p50)} | ${us(B?.p50)} | ${us(C?.p50)} | ${us(A?.p99)} | ${us(B?.p99)} | ${us(C?.p99)} | ${ratio(B?.p50, A?.p50)} | ${ratio(B?.p50, C?.p50)} | ${ratio(B?.p99, C?.p99)} | ` +
        `${num(B?.roundTrips, 1)} · ${num(C?.roundTrips, 1)} | ${N ? `${us(N.p50)} (${num(N.roundTrips, 0)})` : ''} |`,
    );
  }
  lines.push('');
  lines.push('## Throughput (requests/s) by concurrency');
  lines.push('');
  const sysCols = (['A', 'B', 'Bnb', 'C'] as const).filter(has);
  const name = (s: string) => (s === 'Bnb' ? 'B′' : s);
  lines.push(`| query | ${sysCols.map((s) => `${name(s)} ${r.settings.concurrencies.join('/')}`).join(' | ')} | B p50 at c=${r.settings.concurrencies.at(-1)} | C p50 at c=${r.settings.concurrencies.at(-1)} |`);
  lines.push(`|---|${sysCols.map(() => '---:').join('|')}|---:|---:|`);
  const cl = r.settings.concurrencies.at(-1)!;
  for (const q of rows) {
    lines.push(
      `| ${q} | ${sysCols.map((s) => r.settings.concurrencies.map((c) => num(summarise(r.cells, q, s, c)?.rps)).join(' / ')).join(' | ')} | ${us(summarise(r.cells, q, 'B', cl)?.p50)} | ${us(summarise(r.cells, q, 'C', cl)?.p50)} |`,
    );
  }
  lines.push('');
  lines.push('## Floors');
  lines.push('');
  lines.push('| system | ' + r.settings.concurrencies.map((c) => `c=${c} p50 · p99 · req/s`).join(' | ') + ' |');
  lines.push('|---|' + r.settings.concurrencies.map(() => '---:').join('|') + '|');
  for (const s of ['H0', 'A0'].filter(has)) {
    lines.push(
      `| ${s === 'H0' ? 'H0 HTTP (canned JSON)' : 'A0 Bolt RETURN 1 (+ HTTP)'} | ` +
        r.settings.concurrencies
          .map((c) => {
            const x = summarise(r.cells, 'floor', s, c);
            return `${us(x?.p50)} · ${us(x?.p99)} · ${num(x?.rps)}`;
          })
          .join(' | ') +
        ' |',
    );
  }
  lines.push('');
  lines.push(`## CPU per request and peak RSS at c=${cl} (µs: server process · Neo4j process; MB: the server's peak RSS during the cell — VmHWM reset before it, so it counts what the process still holds from the cells before)`);
  lines.push('');
  lines.push(`| query | ${sysCols.map(name).join(' | ')} | ${sysCols.map((s) => `${name(s)} RSS`).join(' | ')} |`);
  lines.push(`|---|${sysCols.map(() => '---:').join('|')}|${sysCols.map(() => '---:').join('|')}|`);
  for (const q of rows) {
    const xs = sysCols.map((s) => summarise(r.cells, q, s, cl));
    lines.push(`| ${q} | ${xs.map((x) => (x ? `${num(x.serverCpu)} · ${num(x.neo4jCpu)}` : '–')).join(' | ')} | ${xs.map((x) => (x && Number.isFinite(x.peakRss) ? mb(x.peakRss) : '–')).join(' | ')} |`);
  }
  lines.push('');
  lines.push(`Peak RSS (VmHWM over the run): ${Object.entries(r.peakRssBytes).map(([k, v]) => `${k === 'Bnb' ? 'B′' : k} ${mb(v)}`).join(', ')}.`);
  const errors = r.cells.filter((c) => c.errors > 0);
  if (errors.length) {
    lines.push('');
    lines.push(`**Errors** in ${errors.length} cells, e.g. ${errors[0]!.query} ${errors[0]!.system} c=${errors[0]!.concurrency}: ${errors[0]!.firstError}`);
  }
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  for (const t of targets(r)) lines.push(`- ${t}`);
  return `${lines.join('\n')}\n`;
}

/** The issue's targets, checked against this run (medians at the lowest concurrency). */
export function targets(r: RunResult): string[] {
  const out: string[] = [];
  const c1 = r.settings.concurrencies[0] ?? 1;
  const qs = r.queries.map((q) => q.id);
  const vsPeer = qs.map((q) => ({ q, B: summarise(r.cells, q, 'B', c1), C: summarise(r.cells, q, 'C', c1) })).filter((x) => x.B && x.C);
  const slower = vsPeer.filter((x) => x.B!.p50 >= x.C!.p50 || x.B!.p99 >= x.C!.p99);
  out.push(
    slower.length === 0
      ? `Faster than @neo4j/graphql at p50 and p99 on every query: **met** (${vsPeer.length} queries).`
      : `Faster than @neo4j/graphql at p50 and p99 on every query: **missed** on ${slower.map((x) => `${x.q} (p50 ${us(x.B!.p50)} vs ${us(x.C!.p50)}, p99 ${us(x.B!.p99)} vs ${us(x.C!.p99)})`).join(', ')}.`,
  );
  if (!r.synthetic) {
    const vsRaw = qs.map((q) => ({ q, A: summarise(r.cells, q, 'A', c1), B: summarise(r.cells, q, 'B', c1) })).filter((x) => x.A && x.B);
    const far = vsRaw.filter((x) => x.B!.p50 > 1.5 * x.A!.p50);
    out.push(
      far.length === 0
        ? 'Within 1.5× of raw Cypher at p50 on D1: **met** on every query.'
        : `Within 1.5× of raw Cypher at p50 on D1: **missed** on ${far.map((x) => `${x.q} (${(x.B!.p50 / x.A!.p50).toFixed(2)}×)`).join(', ')}.`,
    );
  }
  const q2 = summarise(r.cells, 'Q2', 'B', c1);
  const q2n = summarise(r.cells, 'Q2', 'Bnb', c1);
  if (q2) {
    out.push(
      `Round trips bounded by nesting depth: Q2 (depth 4, 7 loaders) costs ${num(q2.roundTrips, 1)} round trips with batching` +
        (q2n ? `, ${num(q2n.roundTrips, 0)} without (B′)` : '') + '.',
    );
  }
  if (r.synthetic) {
    const q5 = summarise(r.cells, 'Q5-median', 'B', c1);
    const q6 = summarise(r.cells, 'Q6', 'B', c1);
    if (q5) out.push(`D2 projectsTouching depth 3, median target: p50 ${us(q5.p50)} (target ≤ 50 ms): **${q5.p50 <= 50_000 ? 'met' : 'missed'}**.`);
    if (q6) out.push(`D2 shortestPath: p50 ${us(q6.p50)} (target ≤ 20 ms): **${q6.p50 <= 20_000 ? 'met' : 'missed'}**.`);
    const page = summarise(r.cells, 'Q5-hub-page', 'B', c1);
    if (page) out.push(`D2 hub target, first page: p95 ${us(page.p95)} at c = 1 (target ≤ 150 ms): **${page.p95 <= 150_000 ? 'met' : 'missed'}**.`);
  }
  // The issue's measure: the server's peak over the mix at c = 16 (the cell's own peak), else over the run.
  const cMax = Math.max(...r.settings.concurrencies);
  const mixB = summarise(r.cells, 'mix', 'B', cMax);
  const rssB = mixB && Number.isFinite(mixB.peakRss) ? mixB.peakRss : r.peakRssBytes.B;
  const over = mixB && Number.isFinite(mixB.peakRss) ? `over the mix at c = ${cMax}` : 'over the run';
  if (rssB != null) out.push(`Server RSS ≤ 300 MB ${over}: peak ${mb(rssB)} (over the whole run ${mb(r.peakRssBytes.B)}): **${rssB <= 300 * 2 ** 20 ? 'met' : 'missed'}**.`);
  return out;
}
