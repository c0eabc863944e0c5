/**
 * `npm run bench:jit` — what compiling the trusted documents with graphql-jit saves: Node CPU per request of this
 * server with GRAPHQL_JIT on and off, in one process, on the graph NEO4J_URI holds (the shipped one: `strategiegraph
 * import data/`). Never part of the test suite.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npm run bench:jit -- --requests 400 --rounds 5
 *
 * Each request runs the whole Apollo pipeline in process (parse and validation cached, the plugins, execution,
 * the Neo4j statements through the driver), one at a time, as the typed client sends the operation; HTTP and the
 * JSON serialisation are not in it. Both servers run on the same graph, their rounds alternate; the table shows
 * the median over the rounds of the process CPU (user + system) per request, and of its wall time.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import * as client from '../src/client/index.js';
import { print, type DocumentNode } from 'graphql';
import {
  BrowseProjectDocument,
  NodesByIdsDocument,
  NodeVersionDocument,
  ProjectListDocument,
  ProjectsWithNeighboursDocument,
  SearchDocument,
  StrategyTreeDocument,
} from '../src/client/index.js';
import { openGraph } from '../src/graph/index.js';
import { createContext, createHttpServer, createLogger } from '../src/server/index.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '400' }, rounds: { type: 'string', default: '5' } } });
const requests = Number(values.requests);
const rounds = Number(values.rounds);

const config = loadConfig({ ...process.env, NODE_ENV: 'production', PUBLIC_BASE_URL: 'http://localhost:4000', LOG_LEVEL: 'silent' });
const graph = openGraph(config.neo4j, config.neo4j.uri ?? 'bolt://127.0.0.1:7687');
const logger = createLogger('silent');
const variants = await Promise.all(
  [true, false].map(async (graphqlJit) => ({ graphqlJit, server: await createHttpServer({ executor: graph.executor, logger, settings: { ...config, graphqlJit } }) })),
);

async function runOnce(apollo: (typeof variants)[number]['server']['apollo'], query: string, variables: Record<string, unknown>) {
  const contextValue = createContext(graph.executor, { batch: true, publicBaseUrl: config.linkedData.publicBaseUrl });
  const response = await apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) throw new Error(`failed: ${JSON.stringify(response.body)}`);
  return response.body.singleResult.data as Record<string, { nodes: { id: string }[] }>;
}

// The graph's node ids, through the API (every kind's list, up to 100 each).
const ids: string[] = [];
for (const [name, document] of Object.entries(client).filter(([n]) => /^Browse\w+Document$/.test(n))) {
  ids.push(...(await runOnce(variants[0]!.server.apollo, print(document as DocumentNode), { first: 100 })).list!.nodes.map((n) => n.id));
  if (ids.length === 0) throw new Error(`${name}: no nodes (import the shipped graph first)`);
}

/**
 * The operations, as the typed client sends them (printed once): the one-statement queries, and the larger answers
 * (lists are at most 100 long: 100 nodes by id, 100 projects with their neighbours, the whole strategy tree).
 */
const QUERIES: readonly { name: string; document: object; variables: Record<string, unknown> }[] = [
  { name: 'node by id (NodeVersion)', document: NodeVersionDocument, variables: { id: 'sys-elster' } },
  { name: 'list page (ProjectList, 20)', document: ProjectListDocument, variables: { first: 20 } },
  { name: 'list page (BrowseProject, 100)', document: BrowseProjectDocument, variables: { first: 100 } },
  { name: 'search (Search)', document: SearchDocument, variables: { text: 'Fahrzeugzulassungen' } },
  { name: `large list (NodesByIds, 100 of ${ids.length} ids)`, document: NodesByIdsDocument, variables: { ids: ids.slice(0, 100) } },
  { name: 'large list (ProjectsWithNeighbours, 100)', document: ProjectsWithNeighboursDocument, variables: { first: 100 } },
  { name: 'tree (StrategyTree)', document: StrategyTreeDocument, variables: {} },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
for (const query of QUERIES) {
  const text = print(query.document as DocumentNode);
  const samples = new Map<boolean, { cpu: number[]; wall: number[] }>(variants.map((v) => [v.graphqlJit, { cpu: [], wall: [] }]));
  for (const v of variants) for (let i = 0; i < 50; i++) await runOnce(v.server.apollo, text, query.variables);
  for (let round = 0; round < rounds; round++) {
    for (const v of round % 2 === 0 ? variants : [...variants].reverse()) {
      const cpu0 = process.cpuUsage();
      const wall0 = performance.now();
      for (let i = 0; i < requests; i++) await runOnce(v.server.apollo, text, query.variables);
      const cpu = process.cpuUsage(cpu0);
      samples.get(v.graphqlJit)!.cpu.push((cpu.user + cpu.system) / requests);
      samples.get(v.graphqlJit)!.wall.push(((performance.now() - wall0) * 1000) / requests);
    }
  }
  const on = samples.get(true)!;
  const off = samples.get(false)!;
  const cell = (s: { cpu: number[]; wall: number[] }) => `${Math.round(median(s.cpu))} µs | ${Math.round(median(s.wall))} µs`;
  rows.push(`| ${query.name} | ${cell(off)} | ${cell(on)} | ${Math.round((1 - median(on.cpu) / median(off.cpu)) * 100)} % |`);
  process.stderr.write(`${rows.at(-1)}\n`);
}

console.log(`Node ${process.version}, ${requests} requests × ${rounds} rounds per variant and query, one at a time\n`);
console.log('| Query | graphql-js CPU/request | wall/request | graphql-jit CPU/request | wall/request | CPU saved |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
for (const v of variants) await v.server.apollo.stop();
await graph.close();
