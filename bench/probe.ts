/**
 * Where does this server's time go? For each query of the mix: this server in-process over HTTP, the median
 * of the debug extension's totalMs and dbMs and of the client-side latency, next to the raw statement's
 * latency through the driver. A development aid for the performance work of issue 5 (not the benchmark).
 *
 *   npx tsx bench/probe.ts [--dataset d1|d2] [--scale N] [--n 200] [--queries Q3,Q4]
 */
import { Agent } from 'node:http';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/index.js';
import { openGraph } from '../src/graph/index.js';
import { createHttpServer, createLogger } from '../src/server/index.js';
import { prepareDataset } from './datasets/prepare.js';
import { pickAnchors } from './lib/anchors.js';
import { post } from './lib/load.js';
import { queryMix } from './queries.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPENDENCY_TYPES } from '../src/domain/index.js';

const { values } = parseArgs({
  options: { dataset: { type: 'string', default: 'd1' }, scale: { type: 'string', default: '100000' }, n: { type: 'string', default: '200' }, queries: { type: 'string' } },
});
const n = Number(values.n);
const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
const ds = await prepareDataset({
  dataset: values.dataset === 'd2' ? 'd2' : 'd1',
  scale: Number(values.scale),
  fresh: false,
  neo4j: config.neo4j,
  heapMb: 2048,
  pageCacheMb: 2048,
  log: () => {},
});
const graph = openGraph(config.neo4j, ds.uri);
const server = await createHttpServer({ executor: graph.executor, logger: createLogger('error'), settings: { ...config, debugExtensions: true } });
const running = await server.listen(0, '127.0.0.1');
const url = new URL(running.url.replace('localhost', '127.0.0.1'));
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const driver = neo4j.driver(ds.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), { disableLosslessIntegers: true });
const anchors = await pickAnchors(driver);
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const keep = values.queries ? new Set(values.queries.split(',')) : undefined;
try {
  for (const q of queryMix(anchors)) {
    if (keep && !keep.has(q.id)) continue;
    const body = Buffer.from(JSON.stringify(q.ours));
    const total: number[] = [];
    const db: number[] = [];
    const client: number[] = [];
    let trips = 0;
    for (let i = 0; i < n * 1.2; i++) {
      const t0 = performance.now();
      const answer = await post(agent, url, '/graphql', body);
      const ms = performance.now() - t0;
      const ext = JSON.parse(answer.body).extensions.strategiegraph;
      if (i < n * 0.2) continue;
      total.push(ext.totalMs);
      db.push(ext.dbMs);
      client.push(ms);
      trips = ext.roundTrips;
    }
    let text = readFileSync(join(import.meta.dirname, 'cypher', `${q.raw.op}.cypher`), 'utf8').replace('{{DEPENDENCY}}', DEPENDENCY_TYPES.join('|'));
    text = text.replaceAll('{{DEPTH}}', String(q.raw.params.maxDepth ?? 3));
    const params = Object.fromEntries(Object.entries(q.raw.params).map(([k, v]) => [k, typeof v === 'number' ? neo4j.int(v) : v]));
    const raw: number[] = [];
    for (let i = 0; i < n * 1.2; i++) {
      const t0 = performance.now();
      await driver.executeQuery(text, params, { database: 'neo4j', routing: neo4j.routing.READ });
      if (i >= n * 0.2) raw.push(performance.now() - t0);
    }
    console.log(
      `${q.id.padEnd(10)} B client ${med(client).toFixed(2)} ms, server total ${med(total).toFixed(2)} ms, db ${med(db).toFixed(2)} ms in ${trips} round trips | raw statement via driver ${med(raw).toFixed(2)} ms`,
    );
  }
} finally {
  await driver.close();
  await running.stop();
  await graph.close();
  await ds.stop();
}
