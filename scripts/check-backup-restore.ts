/**
 * The README's backup and restore, checked end to end on throwaway stores (run once per Neo4j upgrade; the output
 * of the last run is in docs/backup-restore-check.txt):
 *   1. a local Neo4j (the launcher) on an empty store: schema, the shipped data; snapshot of graph and indexes; stop
 *   2. `strategiegraph neo4j-admin database dump neo4j --to-path=…`          (the store is offline: Community)
 *   3. `strategiegraph neo4j-admin database load neo4j --from-path=… --overwrite-destination=true` into an empty store
 *   4. start Neo4j on it: the same nodes, relationships, properties and online indexes?
 * Exit 0 when they are the same, 1 otherwise.   Usage: npx tsx scripts/check-backup-restore.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DATA_DIR, PROJECT_ROOT, loadConfig } from '../src/config/index.js';
import { Importer, applySchema, openGraph, startLocalNeo4j, type Graph } from '../src/graph/index.js';

const config = loadConfig(process.env);
const started = performance.now();
const log = (line: string) => process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);

async function cypher(graph: Graph, text: string): Promise<unknown[]> {
  const result = await graph.driver.executeQuery(text, {}, { database: config.neo4j.database });
  return JSON.parse(JSON.stringify(result.records.map((r) => r.toObject()), (_k, v) => (v?.constructor?.name === 'Integer' ? String(v) : v)));
}

/** Everything a restore must bring back: nodes with labels and properties, relationships, online indexes. */
async function contents(graph: Graph) {
  return {
    nodes: await cypher(graph, 'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id, labels'),
    relationships: await cypher(graph, 'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to'),
    indexes: await cypher(graph, "SHOW INDEXES YIELD name, type, state WHERE state = 'ONLINE' RETURN name, type ORDER BY name"),
  };
}

async function withStore<T>(dataDir: string, work: (graph: Graph) => Promise<T>): Promise<T> {
  const local = await startLocalNeo4j({ port: 0, dataDir, user: config.neo4j.user, password: config.neo4j.password, heapMb: 512, pageCacheMb: 64 });
  log(`Neo4j ready at ${local.uri} on ${dataDir}`);
  const graph = openGraph(config.neo4j, local.uri);
  try {
    return await work(graph);
  } finally {
    await graph.close();
    await local.stop();
    log('Neo4j stopped');
  }
}

function neo4jAdmin(dataDir: string, ...args: string[]): void {
  log(`NEO4J_DATA=${dataDir} strategiegraph neo4j-admin ${args.join(' ')}`);
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', 'neo4j-admin', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_DATA: dataDir },
    encoding: 'utf8',
  });
  // Without neo4j-admin's progress lines ("Files: 12/65, data: 40.1%").
  for (const line of `${result.stdout}${result.stderr}`.trim().split('\n')) if (line && !/^Files: \d+\/\d+, data: /.test(line)) log(`  | ${line}`);
  if (result.status !== 0) throw new Error(`neo4j-admin exited with ${result.status}`);
}

async function main(): Promise<number> {
  const [source, target, backups] = ['source', 'target', 'backups'].map((n) => mkdtempSync(join(tmpdir(), `strategiegraph-backup-${n}-`))) as [string, string, string];
  try {
    const before = await withStore(source, async (graph) => {
      await applySchema(graph.executor);
      await new Importer(graph.executor).importPaths([DATA_DIR]);
      return contents(graph);
    });
    log(`source store: ${before.nodes.length} nodes, ${before.relationships.length} relationships, ${before.indexes.length} online indexes`);
    neo4jAdmin(source, 'database', 'dump', 'neo4j', `--to-path=${backups}`);
    log(`dump: ${join(backups, 'neo4j.dump')} (${statSync(join(backups, 'neo4j.dump')).size} bytes)`);
    neo4jAdmin(target, 'database', 'load', 'neo4j', `--from-path=${backups}`, '--overwrite-destination=true');
    const after = await withStore(target, contents);
    log(`restored store: ${after.nodes.length} nodes, ${after.relationships.length} relationships, ${after.indexes.length} online indexes`);
    const same = (['nodes', 'relationships', 'indexes'] as const).map((part) => {
      const equal = isDeepStrictEqual(before[part], after[part]);
      log(`${part}: ${equal ? 'identical' : 'DIFFERENT'}`);
      return equal;
    });
    log(same.every(Boolean) ? 'PASS: the restored store holds the same graph' : 'FAIL: the restored store differs');
    return same.every(Boolean) ? 0 : 1;
  } finally {
    for (const dir of [source, target, backups]) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
