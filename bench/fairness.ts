/**
 * Fairness under load (issue 10): does a cheap query stay fast while four clients send the heaviest requests the
 * limits accept? On the synthetic D2 graph at 60,000 nodes (bench/datasets, the store is built once and reused),
 * against the real server process on loopback:
 *
 *   1. baseline: one client sends the cheap query (`node(id)`) back to back, alone;
 *   2. loaded: the same client, while four clients send, back to back, the heaviest accepted request: the issue's
 *      `impact(of: <hub>, maxDepth: 6) { affected { nodes { node { relationships(first: …) { … } } } } }`, its page
 *      sizes chosen as large as the cost limit allows.
 *
 * Reports the cheap query's p50/p99/max in both phases, the heavy requests' outcomes (OK, SERVER_BUSY,
 * QUERY_TIMEOUT …) and latencies, and the server's RSS (peak). Fails (exit 1) when the cheap p50 exceeds 50 ms,
 * its p99 250 ms, the server's peak RSS 400 MB, or a heavy request takes longer than its time (the transaction
 * timeout) + 1 s. Not a test: the figures are for the README's Security section.
 *
 *   npm run bench:fairness -- [--seconds 60] [--scale 60000] [--fresh]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT, loadConfig } from '../src/config/index.js';
import { buildGraphQLSchema } from '../src/schema/index.js';
import { measureOperation } from '../src/server/index.js';
import { prepareDataset } from './datasets/prepare.js';
import { pickAnchors } from './lib/anchors.js';
import { percentile, post } from './lib/load.js';
import { peakRssBytes, rssBytes } from './lib/proc.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    baseline: { type: 'string', default: '15' },
    scale: { type: 'string', default: '60000' },
    heavy: { type: 'string', default: '4' },
    fresh: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const heavyClients = Number(values.heavy);
const BOUNDS = { cheapP50Ms: 50, cheapP99Ms: 250, peakRssMb: 400, heavyOverTimeoutMs: 1000 };

const log = (line: string) => process.stderr.write(`${line}\n`);
const mb = (bytes: number | null) => Math.round((bytes ?? 0) / 2 ** 20);
// Production settings (the limits as deployed); the published address does not matter on loopback.
const env = { ...process.env, NODE_ENV: 'production', PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? 'http://localhost:4000' };
const config = loadConfig(env);

const ds = await prepareDataset({ dataset: 'd2', scale: Number(values.scale), fresh: values.fresh, neo4j: config.neo4j, heapMb: 1024, pageCacheMb: 512, log });
const driver = neo4j.driver(ds.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), { logging: { level: 'error', logger: () => {} } });
const anchors = await pickAnchors(driver);
const nodes = Number((await driver.executeQuery('MATCH (n:Node) RETURN count(n) AS n', {}, { database: 'neo4j' })).records[0]!.get('n'));
await driver.close();

// The heaviest accepted request: the shape, with the largest page sizes the cost limit lets through.
const schema = buildGraphQLSchema();
const costOf = (text: string) => measureOperation(schema, parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!, {}, {}).cost;
const heavyText = (affected: number, rels: number) =>
  `{ impact(of: "${anchors.targets.hub}", maxDepth: 6) { totalBudgetEur affected(first: ${affected}) { totalCount nodes { hops node { id name relationships(first: ${rels}) { type node { id name } } } } } } }`;
let heavy = heavyText(1, 1);
for (const affected of [1000, 500, 300, 200, 100]) {
  for (const rels of [500, 300, 200, 100, 50]) {
    const text = heavyText(affected, rels);
    if (costOf(text) <= config.limits.maxCost && costOf(text) > costOf(heavy)) heavy = text;
  }
}
const cheap = `{ node(id: "${anchors.projectId}") { id name } }`;
log(`D2 at ${nodes} nodes; hub ${anchors.targets.hub} (${anchors.targetDegrees.hub} dependency links in); heavy cost ${costOf(heavy)} of ${config.limits.maxCost}`);

const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: PROJECT_ROOT,
  env: { ...env, NEO4J_URI: ds.uri, PORT: '0', LOG_LEVEL: 'error' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = new URL(
  await new Promise<string>((resolve) => {
    createInterface({ input: server.stdout! }).on('line', (line) => {
      const m = /GraphiQL and API: (\S+)/.exec(line);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    });
  }),
);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const body = (query: string) => Buffer.from(JSON.stringify({ query }));
const cheapBody = body(cheap);
const heavyBody = body(heavy);

interface Sample {
  ms: number;
  outcome: string;
  bytes: number;
}
async function call(payload: Buffer): Promise<Sample> {
  const t = process.hrtime.bigint();
  const answer = await post(agent, url, url.pathname, payload);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  let outcome = `HTTP_${answer.status}`;
  try {
    const parsed = JSON.parse(answer.body) as { errors?: { extensions?: { code?: string } }[] };
    outcome = parsed.errors?.[0]?.extensions?.code ?? (answer.status === 200 ? 'OK' : outcome);
  } catch {
    // not JSON: the status says it
  }
  return { ms, outcome, bytes: answer.body.length };
}

const stats = (samples: Sample[]) => {
  const sorted = Float64Array.from(samples.map((s) => s.ms)).sort();
  const outcomes: Record<string, number> = {};
  for (const s of samples) outcomes[s.outcome] = (outcomes[s.outcome] ?? 0) + 1;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { requests: samples.length, outcomes, p50ms: r(percentile(sorted, 50)), p99ms: r(percentile(sorted, 99)), maxms: r(sorted.at(-1) ?? 0) };
};

async function loop(payload: Buffer, until: number, into: Sample[]) {
  while (Date.now() < until) into.push(await call(payload));
}

// Warm up both shapes (plans cached, JIT warm), then the phases.
for (let i = 0; i < 20; i++) await call(cheapBody);
const warm = await call(heavyBody);
log(`heavy request alone: ${Math.round(warm.ms)} ms, ${warm.outcome}, ${Math.round(warm.bytes / 1024)} KiB`);

const baseline: Sample[] = [];
await loop(cheapBody, Date.now() + Number(values.baseline) * 1000, baseline);
log(`baseline: ${JSON.stringify(stats(baseline))}`);

const loaded: Sample[] = [];
const heavySamples: Sample[] = [];
let rssPeakSeen = 0;
const sampler = setInterval(() => (rssPeakSeen = Math.max(rssPeakSeen, mb(rssBytes(server.pid!)))), 200);
const until = Date.now() + seconds * 1000;
await Promise.all([loop(cheapBody, until, loaded), ...Array.from({ length: heavyClients }, () => loop(heavyBody, until, heavySamples))]);
clearInterval(sampler);
const rssPeak = Math.max(rssPeakSeen, mb(peakRssBytes(server.pid!)));

server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
agent.destroy();
await ds.stop();

const cheapLoaded = stats(loaded);
const heavyStats = stats(heavySamples);
const timeoutMs = config.neo4j.transactionTimeoutMs;
const met = {
  cheapP50: cheapLoaded.p50ms <= BOUNDS.cheapP50Ms,
  cheapP99: cheapLoaded.p99ms <= BOUNDS.cheapP99Ms,
  cheapErrors: Object.keys(cheapLoaded.outcomes).every((o) => o === 'OK'),
  peakRss: rssPeak <= BOUNDS.peakRssMb,
  heavyWithinTime: heavyStats.maxms <= timeoutMs + BOUNDS.heavyOverTimeoutMs,
};
const result = {
  date: new Date().toISOString(),
  dataset: ds.name,
  nodes,
  seconds,
  heavyClients,
  heavyQuery: heavy,
  heavyCost: costOf(heavy),
  maxCost: config.limits.maxCost,
  lane: { laneCost: config.limits.laneCost, capacity: Math.max(config.limits.laneCapacity, config.limits.maxCost), queue: config.limits.laneQueue },
  transactionTimeoutMs: timeoutMs,
  heavyAloneMs: Math.round(warm.ms),
  heavyAnswerKiB: Math.round(warm.bytes / 1024),
  cheapBaseline: stats(baseline),
  cheapUnderLoad: cheapLoaded,
  heavy: heavyStats,
  serverRssMbPeak: rssPeak,
  bounds: { ...BOUNDS, met },
};
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
const file = join(PROJECT_ROOT, 'bench', 'results', `${result.date.slice(0, 16).replace(/[T:]/g, '-')}-fairness.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log(`written to ${file}`);
const missed = Object.entries(met).filter(([, ok]) => !ok).map(([name]) => name);
if (missed.length > 0) console.error(`bounds missed: ${missed.join(', ')}`);
process.exit(missed.length === 0 ? 0 : 1);
