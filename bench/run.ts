/**
 * `npm run bench` — the benchmark of issue 5: this server against the raw-Cypher floor and @neo4j/graphql, in
 * one run, on the same Neo4j and data. Never part of the test suite.
 *
 *   npm run bench -- --quick                        # D1 (the real graph), a few minutes
 *   npm run bench -- --dataset d2 --scale 100000    # D2 (synthetic) at 100k nodes / 500k relationships
 *   npm run bench -- --dataset d2 --scale 1000000   # D2 at full size (store built once, then reused)
 *
 * Options: --quick, --dataset d1|d2, --scale N, --fresh (rebuild the D2 store), --duration MS (per cell),
 * --reps N, --concurrency 1,4,16, --systems H0,A0,A,B,Bnb,C, --queries Q1,Q2,…, --pin (server → CPU 0,
 * Neo4j and load generator → CPU 1), --compiled (B and B′ run the production build, made first by npm run build,
 * with plain node instead of src/ through tsx), --out DIR. NEO4J_URI: use that database as it is (data already loaded).
 *
 * Steps: start Neo4j and load the data set; pick the parameters from the graph; start every system as its own
 * process; the correctness gate (normalised answers of raw Cypher, this server with and without batching and
 * the peer must be equal, else the run fails); warm-up; then cells (query × concurrency × system, systems in
 * a shuffled order per repetition); results to bench/results/<date>-<dataset>.json and .md. On D1 it also runs
 * the search relevance set (test/fixtures/search-relevance.yaml) and reports hit@1, hit@3 and MRR.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT, loadConfig } from '../src/config/index.js';
import { prepareDataset } from './datasets/prepare.js';
import { pickAnchors } from './lib/anchors.js';
import { errorOf, percentile, post, roundTripsOf, runLoad, type LoadRequest } from './lib/load.js';
import { cpuMicros, peakRssBytes, pin, resetPeakRss } from './lib/proc.js';
import { SYSTEMS, startSystem, type RunningSystem } from './lib/systems.js';
import { prng } from './datasets/d2-generate.js';
import { normalise, queryMix, type QueryDef, type SystemId } from './queries.js';
import { renderMarkdown, type CellResult, type RunResult } from './report.js';
import type { SearchMatch } from '../src/domain/index.js';
import { loadRelevanceSet, rankOf, relevanceMetrics } from '../test/helpers/relevance.js';

/** The relevance set runs through this server's API, ten hits per query. */
const RELEVANCE_QUERY = 'query Relevance($text: String!) { search(text: $text, first: 10) { match node { id } } }';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dataset: { type: 'string', default: 'd1' },
    scale: { type: 'string', default: '100000' },
    fresh: { type: 'boolean', default: false },
    duration: { type: 'string' },
    reps: { type: 'string' },
    concurrency: { type: 'string', default: '1,4,16' },
    systems: { type: 'string', default: 'H0,A0,A,B,Bnb,C' },
    queries: { type: 'string' },
    pin: { type: 'boolean', default: false },
    compiled: { type: 'boolean', default: false },
    out: { type: 'string', default: join(PROJECT_ROOT, 'bench', 'results') },
  },
});

const quick = values.quick;
const dataset = values.dataset === 'd2' ? 'd2' : 'd1';
const scale = Number(values.scale);
const settings = {
  mode: quick ? 'quick' : 'full',
  durationMs: Number(values.duration ?? (quick ? 1000 : 3000)),
  reps: Number(values.reps ?? (quick ? 1 : 3)),
  warmupRequests: quick ? 30 : 300,
  warmupMaxMs: quick ? 3000 : 10_000,
  minRequests: 3,
  maxCellMs: quick ? 20_000 : 60_000,
  concurrencies: values.concurrency.split(',').map(Number),
  pinned: values.pin,
  /** B and B′ run the production build (dist/, plain node) instead of src/ through tsx. */
  compiled: values.compiled,
};
const systemIds = values.systems.split(',') as SystemId[];
/** B′ (batching off) is measured where batching can matter: the nested tree and the mix. */
const BNB_QUERIES = new Set(['Q2', 'mix']);

const log = (line: string) => process.stderr.write(`${line}\n`);
const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
const big = dataset === 'd2' && scale >= 500_000;
const heapMb = dataset === 'd1' ? 1024 : big ? 4096 : 2048;
const pageCacheMb = dataset === 'd1' ? 512 : big ? 4096 : 1024;

if (settings.compiled) {
  const built = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build failed');
}

const started = new Date();
const loadAtStart = loadavg();
log(`strategiegraph bench: ${dataset}${dataset === 'd2' ? ` scale ${scale}` : ''}, ${settings.mode} mode`);
const ds = await prepareDataset({ dataset, scale, fresh: values.fresh, neo4j: config.neo4j, heapMb, pageCacheMb, log });
const running: RunningSystem[] = [];
let exitCode = 0;
// Ctrl-C or SIGTERM: stop the systems and Neo4j this run started, then leave.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the systems and Neo4j …`);
    void Promise.allSettled(running.map((s) => s.stop()))
      .then(() => ds.stop())
      .finally(() => process.exit(130));
  });
}
try {
  const driver = neo4j.driver(ds.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), { logging: { level: 'error', logger: () => {} } });
  const anchors = await pickAnchors(driver);
  const fingerprint = await datasetFingerprint(driver);
  await driver.close();
  log(`anchors: ${JSON.stringify(anchors)}`);

  const neo4jEnv = {
    NEO4J_URI: ds.uri,
    NEO4J_USER: config.neo4j.user,
    NEO4J_PASSWORD: config.neo4j.password,
    NEO4J_DATABASE: config.neo4j.database,
  };
  for (const id of systemIds) {
    const sys = await startSystem(SYSTEMS[id], neo4jEnv, { compiled: settings.compiled });
    running.push(sys);
    if (settings.pinned) await pin(sys.pid, '0');
  }
  if (settings.pinned) {
    if (ds.neo4jPid) await pin(ds.neo4jPid, '1');
    await pin(process.pid, '1');
  }
  const sys = (id: SystemId) => running.find((s) => s.info.id === id);

  // D1's seed is an import, which records a history; an instant after it reads the record (D2 has none).
  let queries = queryMix(anchors, dataset === 'd1' ? new Date().toISOString() : undefined);
  if (values.queries) {
    const keep = new Set(values.queries.split(','));
    queries = queries.filter((q) => keep.has(q.id) || keep.has(q.id.split('-')[0]!));
  }

  /** Whether a system runs a query: every system the server's own queries, A and C those they have an equivalent of. */
  const runs = (id: SystemId, q: QueryDef) => (id === 'A' ? q.raw !== undefined : id === 'C' ? q.peer !== undefined : true);
  const bodyOf = (id: SystemId, q: QueryDef): Buffer => {
    switch (id) {
      case 'A':
        return Buffer.from(JSON.stringify(q.raw));
      case 'C':
        return Buffer.from(JSON.stringify(q.peer));
      default:
        return Buffer.from(JSON.stringify(q.ours));
    }
  };

  // ---- correctness gate -------------------------------------------------------------------------------------
  log('correctness gate …');
  const gate: RunResult['gate'] = [];
  const agent = new Agent({ keepAlive: true });
  for (const q of queries) {
    const answers: Record<string, string> = {};
    for (const id of (['A', 'B', 'Bnb', 'C'] as const).filter((s) => sys(s) && runs(s, q))) {
      const s = sys(id)!;
      const answer = await post(agent, new URL(s.url), s.info.path, bodyOf(id, q));
      const error = errorOf(answer);
      if (error) {
        gate.push({ query: q.id, system: id, ok: false, detail: error });
        continue;
      }
      const data = JSON.parse(answer.body).data;
      answers[id] = JSON.stringify(normalise(q.canon(id === 'Bnb' ? 'B' : id, data)));
      gate.push({ query: q.id, system: id, ok: true, bytes: answer.body.length, roundTrips: roundTripsOf(answer) ?? (id === 'A' ? 1 : undefined) });
    }
    const reference = answers.A ?? answers.B;
    for (const [id, text] of Object.entries(answers)) {
      if (text !== reference) {
        const entry = gate.find((g) => g.query === q.id && g.system === id)!;
        entry.ok = false;
        entry.detail = `differs from ${answers.A ? 'A' : 'B'}: ${firstDifference(reference!, text)}`;
      }
    }
    const bad = gate.filter((g) => g.query === q.id && !g.ok);
    log(`  ${q.id}: ${bad.length === 0 ? `equal (${Object.keys(answers).join(', ')}; ${reference?.length ?? 0} chars normalised)` : bad.map((b) => `${b.system} ${b.detail}`).join('; ')}`);
  }
  // ---- search relevance (the shipped graph only) ---------------------------------------------------------------
  let relevance: RunResult['relevance'];
  const ours = sys('B');
  if (dataset === 'd1' && ours) {
    const results = [];
    for (const query of loadRelevanceSet()) {
      const body = Buffer.from(JSON.stringify({ query: RELEVANCE_QUERY, variables: { text: query.q } }));
      const answer = await post(agent, new URL(ours.url), ours.info.path, body);
      results.push(rankOf(query, (JSON.parse(answer.body).data?.search ?? []) as { node: { id: string }; match: SearchMatch }[]));
    }
    relevance = { ...relevanceMetrics(results), misses: results.filter((r) => r.rank !== 1).map((r) => ({ q: r.q, id: r.id, rank: r.rank })) };
    log(`search relevance: ${relevance.n} queries, hit@1 ${(relevance.hit1 * 100).toFixed(1)} %, hit@3 ${(relevance.hit3 * 100).toFixed(1)} %, MRR ${relevance.mrr.toFixed(3)}`);
  }
  agent.destroy();
  // B′ (batching off) answers are checked too, but only A, B and C decide the gate: without batching a wide
  // query may fail outright (e.g. the driver's connection pool runs dry), which is a result, not a bug.
  const gatePassed = gate.every((g) => g.ok || g.system === 'Bnb');

  const cells: CellResult[] = [];
  /** Each system's peak RSS over the whole run (the cells reset VmHWM to measure their own). */
  const runPeakRss = new Map<string, number>();
  if (!gatePassed) {
    log('CORRECTNESS GATE FAILED: no timings are reported.');
    exitCode = 1;
  } else {
    // ---- warm-up ----------------------------------------------------------------------------------------------
    log('warm-up …');
    for (const s of running) {
      const mine = measuredQueries(s.info.id, queries).filter((q) => runs(s.info.id, q));
      for (const q of mine) {
        // A row of several texts (the search set) warms every one of them, as its cell will send them.
        const bodies =
          s.info.id === 'H0' || s.info.id === 'A0'
            ? [Buffer.from('{"query":"{ hello }"}')]
            : q.variants
              ? q.variants.map((v) => Buffer.from(JSON.stringify(v)))
              : [bodyOf(s.info.id, q)];
        await runLoad({
          baseUrl: s.url,
          concurrency: 1,
          durationMs: 0,
          minRequests: Math.max(settings.warmupRequests, bodies.length),
          maxMs: bodies.length > 1 ? Math.max(settings.warmupMaxMs, 60_000) : settings.warmupMaxMs,
          next: (n) => ({ path: s.info.path, body: bodies[n % bodies.length]! }),
        });
      }
    }

    // ---- cells ------------------------------------------------------------------------------------------------
    const mixQueries = queries.filter((q) => q.weight > 0);
    const totalWeight = mixQueries.reduce((a, q) => a + q.weight, 0);
    // The floors last in each repetition, when every process is as warm as it gets.
    const cellIds = [...queries.map((q) => q.id), ...(mixQueries.length > 1 ? ['mix'] : []), 'floor'];
    const shuffle = prng(7);
    for (let rep = 0; rep < settings.reps; rep++) {
      for (const cellId of cellIds) {
        for (const c of settings.concurrencies) {
          const order = [...running].sort(() => shuffle() - 0.5);
          for (const s of order) {
            const id = s.info.id;
            const isFloor = id === 'H0' || id === 'A0';
            if ((cellId === 'floor') !== isFloor) continue;
            if (id === 'Bnb' && !BNB_QUERIES.has(cellId.split('-')[0]!)) continue;
            const single = queries.find((q) => q.id === cellId);
            if (single && !runs(id, single)) continue;
            let next: (n: number) => LoadRequest;
            if (cellId === 'floor') {
              const body = Buffer.from('{"query":"{ hello }"}');
              next = () => ({ path: s.info.path, body });
            } else if (cellId === 'mix') {
              const bodies = mixQueries.map((q) => bodyOf(id, q));
              const pick = prng(1000 + rep);
              next = () => {
                let r = pick() * totalWeight;
                let i = 0;
                while (r >= mixQueries[i]!.weight) r -= mixQueries[i++]!.weight;
                return { path: s.info.path, body: bodies[i]!, op: mixQueries[i]!.id };
              };
            } else if (single!.variants) {
              const bodies = single!.variants.map((v) => Buffer.from(JSON.stringify(v)));
              next = (n) => ({ path: s.info.path, body: bodies[n % bodies.length]! });
            } else {
              const body = bodyOf(id, single!);
              next = () => ({ path: s.info.path, body });
            }
            // The run's peak so far, then the cell's own (VmHWM started afresh: the peak of this query at this concurrency).
            runPeakRss.set(id, Math.max(runPeakRss.get(id) ?? 0, peakRssBytes(s.pid) ?? 0));
            const ownPeak = resetPeakRss(s.pid);
            const cpu0 = cpuMicros(s.pid);
            const neo0 = ds.neo4jPid ? cpuMicros(ds.neo4jPid) : null;
            const r = await runLoad({
              baseUrl: s.url,
              concurrency: c,
              durationMs: settings.durationMs,
              minRequests: Math.max(settings.minRequests, c),
              maxMs: Math.max(settings.maxCellMs, settings.durationMs),
              next,
            });
            const cpu1 = cpuMicros(s.pid);
            const neo1 = ds.neo4jPid ? cpuMicros(ds.neo4jPid) : null;
            const lat = r.latenciesUs;
            const mean = lat.reduce((a, b) => a + b, 0) / Math.max(1, lat.length);
            const cell: CellResult = {
              query: cellId,
              system: id,
              concurrency: c,
              rep,
              requests: r.requests,
              errors: r.errors,
              firstError: r.firstError,
              elapsedMs: r.elapsedMs,
              rps: (r.requests / r.elapsedMs) * 1000,
              p50: percentile(lat, 50),
              p95: percentile(lat, 95),
              p99: percentile(lat, 99),
              max: lat.length ? lat[lat.length - 1]! : Number.NaN,
              mean,
              roundTrips: r.roundTripsSeen ? r.roundTripsSum / r.roundTripsSeen : id === 'A' || id === 'A0' ? 1 : id === 'H0' ? 0 : null,
              serverCpuUsPerRequest: cpu0 !== null && cpu1 !== null && r.requests ? (cpu1 - cpu0) / r.requests : null,
              neo4jCpuUsPerRequest: neo0 !== null && neo1 !== null && r.requests ? (neo1 - neo0) / r.requests : null,
              bytesPerResponse: r.requests ? r.responseBytes / r.requests : 0,
              peakRssBytes: ownPeak ? peakRssBytes(s.pid) : null,
            };
            cells.push(cell);
            if (r.errors > 0 && id !== 'Bnb') exitCode = 1;
            log(
              `  rep ${rep + 1} ${cellId.padEnd(9)} c=${String(c).padEnd(2)} ${id.padEnd(3)} ${String(r.requests).padStart(6)} req ` +
                `${cell.rps.toFixed(0).padStart(6)}/s p50 ${fmt(cell.p50)} p99 ${fmt(cell.p99)}` +
                (cell.roundTrips !== null ? ` rt ${cell.roundTrips.toFixed(1)}` : '') +
                (r.errors ? ` ERRORS ${r.errors}: ${r.firstError}` : ''),
            );
          }
        }
      }
    }
  }

  const rss = Object.fromEntries(running.map((s) => [s.info.id, Math.max(runPeakRss.get(s.info.id) ?? 0, peakRssBytes(s.pid) ?? 0) || null]));
  const result: RunResult = {
    dataset: ds.name,
    synthetic: dataset === 'd2',
    started: started.toISOString(),
    finished: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg(),
      neo4j: `5.26.30 Community (embedded launcher), heap ${heapMb} MB, page cache ${pageCacheMb} MB`,
      peer: '@neo4j/graphql 7.6.3',
    },
    settings,
    build: ds.build,
    fingerprint,
    anchors,
    queries: queries.map((q) => ({ id: q.id, title: q.title, weight: q.weight })),
    systems: running.map((s) => ({ id: s.info.id, label: s.info.label })),
    gate,
    gatePassed,
    relevance,
    cells,
    peakRssBytes: { ...rss, neo4j: ds.neo4jPid ? peakRssBytes(ds.neo4jPid) : null },
  };
  mkdirSync(values.out, { recursive: true });
  const stamp = started.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const base = join(values.out, `${stamp}-${ds.name}${quick ? '-quick' : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 1)}\n`);
  const markdown = renderMarkdown(result);
  writeFileSync(`${base}.md`, markdown);
  process.stdout.write(`${markdown}\n`);
  log(`results: ${base}.json and ${base}.md`);
} finally {
  for (const s of running) await s.stop();
  await ds.stop();
}
process.exit(exitCode);

function measuredQueries(id: SystemId, queries: QueryDef[]): QueryDef[] {
  if (id === 'H0' || id === 'A0') return queries.slice(0, 1);
  if (id === 'Bnb') return queries.filter((q) => BNB_QUERIES.has(q.id) || q.weight > 0);
  return queries;
}

function fmt(us: number): string {
  return us >= 10_000 ? `${(us / 1000).toFixed(1)} ms` : `${us.toFixed(0)} µs`;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: expected …${a.slice(Math.max(0, i - 80), i + 80)}… got …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

async function datasetFingerprint(driver: neo4j.Driver): Promise<Record<string, unknown>> {
  const q = async (text: string) =>
    (await driver.executeQuery(text, {}, { database: 'neo4j', routing: neo4j.routing.READ })).records.map((r) => r.toObject());
  const labels = await q('MATCH (n:Node) RETURN n.kind AS kind, count(*) AS n ORDER BY kind');
  const types = await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  const num = (v: unknown) => (neo4j.isInt(v) ? (v as neo4j.Integer).toNumber() : v);
  return {
    nodes: Object.fromEntries(labels.map((r) => [r.kind, num(r.n)])),
    relationships: Object.fromEntries(types.map((r) => [r.type, num(r.n)])),
  };
}
