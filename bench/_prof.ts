import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { mkdirSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/index.js';
import { prepareDataset } from './datasets/prepare.js';
import { pickAnchors } from './lib/anchors.js';
import { post } from './lib/load.js';
import { queryMix } from './queries.js';
const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
const ds = await prepareDataset({ dataset: 'd1', scale: 0, fresh: false, neo4j: config.neo4j, heapMb: 1024, pageCacheMb: 512, log: () => {} });
const driver = neo4j.driver(ds.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
const anchors = await pickAnchors(driver); await driver.close();
mkdirSync('/tmp/prof', { recursive: true });
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', '--import', 'tsx', 'bench/systems/ours-server.ts'], { env: { ...process.env, NEO4J_URI: ds.uri, BENCH_BATCH: 'on' }, stdio: ['ignore', 'pipe', 'inherit'] });
const url: string = await new Promise((res) => child.stdout!.on('data', (b: Buffer) => { const m = /LISTENING (\S+)/.exec(b.toString()); if (m) res(m[1]!); }));
const u = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const ids = (process.argv[2] ?? 'Q2').split(',');
for (const q of queryMix(anchors).filter((x) => ids.includes(x.id))) {
  const body = Buffer.from(JSON.stringify(q.ours));
  const t = performance.now();
  for (let i = 0; i < 1500; i++) await post(agent, u, '/graphql', body);
  console.log(q.id, ((performance.now() - t) / 1500).toFixed(2), 'ms/req');
}
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await ds.stop();
