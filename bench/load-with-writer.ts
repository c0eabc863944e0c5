/**
 * A bounded load run (issue: guardrails): sustained mixed reads from several clients with one writer
 * alongside, against the real server process on loopback. Reports errors (must be zero), latency
 * percentiles per kind, and the server's memory after warm-up, at half time and at the end. It fails (exit 1)
 * on any error, when the server's peak RSS exceeds --max-rss-mb, or when its RSS grows by more than
 * --max-growth-mb in the second half (a leak would; a warmed-up server holds steady). Not a test: the
 * numbers are for the README.
 *
 *   npx tsx bench/load-with-writer.ts [--seconds 60] [--readers 8] [--max-rss-mb 300] [--max-growth-mb 50]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  CoverageDocument,
  ImpactDocument,
  NodeVersionDocument,
  ProjectListDocument,
  ProjectsTouchingDocument,
  SearchDocument,
  StrategyTreeDocument,
  UpdateNodeDocument,
  request,
} from '../src/client/index.js';
import { DATA_DIR, PROJECT_ROOT, loadConfig } from '../src/config/index.js';
import { Importer, applySchema, openGraph, startLocalNeo4j } from '../src/graph/index.js';
import { ApiKeyRepository } from '../src/graph/index.js';
import { percentile } from './lib/load.js';
import { peakRssBytes, rssBytes } from './lib/proc.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    readers: { type: 'string', default: '8' },
    'max-rss-mb': { type: 'string', default: '300' },
    'max-growth-mb': { type: 'string', default: '50' },
  },
});
const seconds = Number(values.seconds);
const readers = Number(values.readers);
const maxRssMb = Number(values['max-rss-mb']);
const maxGrowthMb = Number(values['max-growth-mb']);

const mb = (bytes: number | null) => (bytes ?? 0) / 2 ** 20;

const config = loadConfig({ ...process.env, NODE_ENV: 'production' });
const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-load-'));
const neo4j = config.neo4j.uri
  ? undefined
  : await startLocalNeo4j({ port: 0, dataDir: join(dir, 'neo4j'), user: config.neo4j.user, password: config.neo4j.password, heapMb: 2048, pageCacheMb: 256 });
const uri = config.neo4j.uri ?? neo4j!.uri;
const graph = openGraph(config.neo4j, uri);
await applySchema(graph.executor);
await new Importer(graph.executor).importPaths([DATA_DIR]);
const { key } = await new ApiKeyRepository(graph.executor).create('load run writer', 'editor', 'bench');

// The server itself (no tsx CLI wrapper), so that its pid is the process whose memory is measured.
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, NEO4J_URI: uri, PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'error' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve) => {
  createInterface({ input: server.stdout! }).on('line', (line) => {
    const m = /GraphiQL and API: (\S+)/.exec(line);
    if (m) resolve(m[1]!);
  });
});

const reads = [
  () => request(url, CoverageDocument, {}),
  () => request(url, ImpactDocument, { of: 'ELSTER', maxDepth: 4 }),
  () => request(url, ProjectsTouchingDocument, { target: 'Fahrzeugzulassung', maxDepth: 3 }),
  () => request(url, SearchDocument, { text: 'Postfach' }),
  () => request(url, ProjectListDocument, { first: 10 }),
  () => request(url, StrategyTreeDocument, {}),
] as const;
const latencies: Record<string, number[]> = { read: [], write: [] };
const errors: string[] = [];
const time = async (kind: string, work: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  try {
    await work();
    latencies[kind]!.push(Number(process.hrtime.bigint() - t) / 1e6);
  } catch (error) {
    errors.push(`${kind}: ${(error as Error).message}`);
  }
};

// Warm up, then measure.
for (const read of reads) await read();
const rssBefore = mb(rssBytes(server.pid!));
const until = Date.now() + seconds * 1000;
let rssHalfTime = rssBefore;
const halfTime = setTimeout(() => (rssHalfTime = mb(rssBytes(server.pid!))), (seconds * 1000) / 2);
let conflicts = 0;
const reader = async (i: number) => {
  for (let n = i; Date.now() < until; n++) await time('read', reads[n % reads.length]!);
};
const writer = async () => {
  for (let n = 0; Date.now() < until; n++) {
    await time('write', async () => {
      const { node } = await request(url, NodeVersionDocument, { id: 'sys-elster' });
      try {
        await request(url, UpdateNodeDocument, { id: 'sys-elster', expectedVersion: node!.version, input: { note: `load run write ${n}` } }, { token: key });
      } catch (error) {
        if ((error as { code?: string }).code !== 'CONFLICT') throw error;
        conflicts += 1;
      }
    });
  }
};
await Promise.all([...Array.from({ length: readers }, (_, i) => reader(i)), writer()]);
const rssAfter = mb(rssBytes(server.pid!));
const rssPeak = mb(peakRssBytes(server.pid!));
clearTimeout(halfTime);

server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
await graph.close();
await neo4j?.stop();
rmSync(dir, { recursive: true, force: true });

const summary = Object.fromEntries(
  Object.entries(latencies).map(([kind, list]) => {
    const sorted = Float64Array.from(list).sort();
    return [kind, { requests: list.length, perSecond: Math.round(list.length / seconds), p50ms: percentile(sorted, 50), p95ms: percentile(sorted, 95), p99ms: percentile(sorted, 99), maxms: sorted.at(-1) ?? 0 }];
  }),
);
const bounds = {
  errors: errors.length === 0,
  peakRss: rssPeak <= maxRssMb,
  growthInSecondHalf: rssAfter - rssHalfTime <= maxGrowthMb,
};
const result = {
  date: new Date().toISOString(),
  seconds,
  readers,
  writers: 1,
  errors: errors.length,
  errorSamples: errors.slice(0, 5),
  conflicts,
  rssMbAfterWarmUp: Math.round(rssBefore),
  rssMbAtHalfTime: Math.round(rssHalfTime),
  rssMbAtEnd: Math.round(rssAfter),
  rssMbPeak: Math.round(rssPeak),
  bounds: { maxRssMb, maxGrowthMb, met: bounds },
  summary,
};
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
const file = join(PROJECT_ROOT, 'bench', 'results', `${result.date.slice(0, 10)}-load-with-writer.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log(`written to ${file}`);
const missed = Object.entries(bounds).filter(([, met]) => !met).map(([name]) => name);
if (missed.length > 0) console.error(`bounds missed: ${missed.join(', ')}`);
process.exit(missed.length === 0 ? 0 : 1);
