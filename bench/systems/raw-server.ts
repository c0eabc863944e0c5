/**
 * The floors and the raw-Cypher system, each run as its own process (BENCH_MODE):
 *   http   — H0: node:http parses the JSON body and answers canned JSON (the HTTP floor);
 *   bolt   — A0: the same shim runs `RETURN 1` through the driver (the Bolt floor);
 *   cypher — A:  the same shim runs one hand-written statement per operation (bench/cypher/<op>.cypher) that
 *                returns the GraphQL-shaped answer itself; Node only serialises it.
 * Body: {"op": "q1-node", "params": {...}}. Integer parameters reach Neo4j as integers; `maxDepth` fills the
 * statement's {{DEPTH}} (quantifiers take no parameters), {{DEPENDENCY}} is the model's dependency types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/index.js';
import { DEPENDENCY_TYPES, MAX_TRAVERSAL_DEPTH } from '../../src/domain/index.js';
import { compactCypher } from '../../src/graph/index.js';

const mode = process.env.BENCH_MODE ?? 'http';
const CYPHER_DIR = join(import.meta.dirname, '..', 'cypher');
// Sent compact, as the server sends its own (src/graph/neo4j/cypher-catalog.ts).
const statements = new Map<string, string>(
  readdirSync(CYPHER_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => [f.replace(/\.cypher$/, ''), compactCypher(readFileSync(join(CYPHER_DIR, f), 'utf8').replace('{{DEPENDENCY}}', DEPENDENCY_TYPES.join('|')))]),
);

let driver: Driver | undefined;
const config = loadConfig(process.env).neo4j;
const database = config.database;
if (mode !== 'http') {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => {} },
  });
}

const CANNED = Buffer.from(JSON.stringify({ data: { hello: 'world' } }));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const toParams = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));

async function answer(body: string): Promise<string> {
  const request = JSON.parse(body) as { op?: string; params?: Record<string, unknown> };
  if (mode === 'http') return CANNED.toString();
  if (mode === 'bolt') {
    const result = await driver!.executeQuery('RETURN 1 AS data', {}, { database, routing: neo4j.routing.READ });
    return JSON.stringify({ data: result.records[0]!.get('data') });
  }
  let text = statements.get(request.op ?? '');
  if (text === undefined) throw new Error(`unknown op ${request.op}`);
  const params = request.params ?? {};
  if (text.includes('{{DEPTH}}')) {
    const depth = params.maxDepth;
    if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1 || depth > MAX_TRAVERSAL_DEPTH) throw new Error('bad maxDepth');
    text = text.replaceAll('{{DEPTH}}', String(depth));
  }
  const result = await driver!.executeQuery(text, toParams(params), { database, routing: neo4j.routing.READ });
  return JSON.stringify({ data: result.records[0]?.get('data') ?? null });
}

const server = createServer((req, res) => {
  readBody(req)
    .then(answer)
    .then((json) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    })
    .catch((error: unknown) => {
      const json = JSON.stringify({ errors: [{ message: String(error) }] });
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(json);
    });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`);
});
const stop = async () => {
  server.close();
  await driver?.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
