/**
 * Brings up the benchmark's Neo4j with a data set loaded:
 *   d1 — the shipped real graph (data/), imported with the project's own importer into a fresh store;
 *   d2 — the synthetic graph of d2-generate.ts at a scale, bulk-loaded with `neo4j-admin database import full`
 *        (the import tool ships in the same Maven artifacts as the launcher), then the project's schema
 *        (constraints, indexes) applied online. The store is kept in bench/.data/d2-<scale> and reused by
 *        later runs (`--fresh` rebuilds it); the generation and load times of the build are kept with it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, PROJECT_ROOT, type Neo4jConfig } from '../../src/config/index.js';
import { Importer, applySchema, buildLauncher, openGraph, startLocalNeo4j, type LocalNeo4j } from '../../src/graph/index.js';
import { generateD2, type D2Summary } from './d2-generate.js';

export const BENCH_DATA = join(PROJECT_ROOT, 'bench', '.data');

export interface BuildInfo {
  readonly dataset: string;
  readonly generateSeconds?: number;
  readonly csvBytes?: number;
  readonly importSeconds: number;
  readonly schemaSeconds: number;
  readonly summary?: Omit<D2Summary, 'files'>;
  readonly builtAt: string;
}

export interface PreparedDataset {
  readonly name: string;
  readonly uri: string;
  /** Pid of the Neo4j JVM (undefined when NEO4J_URI points elsewhere). */
  readonly neo4jPid?: number;
  readonly build: BuildInfo;
  /** True when this run built the store (false: reused). */
  readonly built: boolean;
  stop(): Promise<void>;
}

export interface PrepareOptions {
  readonly dataset: 'd1' | 'd2';
  readonly scale: number;
  readonly fresh: boolean;
  readonly neo4j: Neo4jConfig;
  readonly heapMb: number;
  readonly pageCacheMb: number;
  readonly log: (line: string) => void;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

function run(cmd: string, args: string[], env: Record<string, string>, log: (l: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (b: Buffer) => {
      for (const line of b.toString().split('\n')) {
        if (line.trim() === '' || /^[. ]+\d+%/.test(line)) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (/IMPORT DONE|Imported:|nodes$|relationships$|properties$|Peak memory/.test(line.trim())) log(line.trim());
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}:\n${tail.join('\n')}`))));
  });
}

async function startOn(home: string, o: PrepareOptions): Promise<LocalNeo4j> {
  return startLocalNeo4j({
    port: 0,
    dataDir: home,
    user: o.neo4j.user,
    password: o.neo4j.password,
    heapMb: o.heapMb,
    pageCacheMb: o.pageCacheMb,
    log: () => {},
  });
}

async function withSchema(uri: string, o: PrepareOptions): Promise<number> {
  const t = performance.now();
  // Building a constraint's index over a million nodes takes longer than an API query may.
  const graph = openGraph({ ...o.neo4j, transactionTimeoutMs: 3_600_000 }, uri);
  try {
    // The full-text indexes over a million nodes can take longer than the server's five minutes at start.
    await applySchema(graph.executor, { awaitSeconds: 3600 });
  } finally {
    await graph.close();
  }
  return seconds(t);
}

export async function prepareDataset(o: PrepareOptions): Promise<PreparedDataset> {
  if (o.neo4j.uri) {
    o.log(`using the Neo4j at ${o.neo4j.uri} as it is (NEO4J_URI): the data set must already be loaded`);
    return {
      name: o.dataset === 'd1' ? 'd1' : `d2-${o.scale}`,
      uri: o.neo4j.uri,
      build: { dataset: o.dataset, importSeconds: 0, schemaSeconds: 0, builtAt: 'external' },
      built: false,
      stop: async () => {},
    };
  }
  if (o.dataset === 'd1') {
    const home = join(BENCH_DATA, 'd1');
    rmSync(home, { recursive: true, force: true });
    const local = await startOn(home, o);
    const schemaSeconds = await withSchema(local.uri, o);
    const t = performance.now();
    const graph = openGraph(o.neo4j, local.uri);
    try {
      await new Importer(graph.executor).importPaths([DATA_DIR]);
    } finally {
      await graph.close();
    }
    const build: BuildInfo = { dataset: 'd1', importSeconds: seconds(t), schemaSeconds, builtAt: new Date().toISOString() };
    return { name: 'd1', uri: local.uri, neo4jPid: local.pid, build, built: true, stop: () => local.stop() };
  }

  const name = `d2-${o.scale}`;
  const home = join(BENCH_DATA, name);
  const marker = join(home, 'build.json');
  // Written after the bulk import: a build that stopped later resumes at the schema step.
  const imported = join(home, 'imported.json');
  let built = false;
  if (!o.fresh && !existsSync(marker) && existsSync(imported)) {
    const partial = JSON.parse(readFileSync(imported, 'utf8')) as Omit<BuildInfo, 'schemaSeconds' | 'builtAt'>;
    o.log(`resuming the D2 build in ${home} at the schema step`);
    const local = await startOn(home, o);
    const schemaSeconds = await withSchema(local.uri, o);
    const build: BuildInfo = { ...partial, schemaSeconds, builtAt: new Date().toISOString() };
    writeFileSync(marker, JSON.stringify(build, null, 2));
    return { name, uri: local.uri, neo4jPid: local.pid, build, built: true, stop: () => local.stop() };
  }
  if (o.fresh || !existsSync(marker)) {
    rmSync(home, { recursive: true, force: true });
    mkdirSync(join(home, 'conf'), { recursive: true });
    writeFileSync(join(home, 'conf', 'neo4j.conf'), '');
    const csv = join(home, 'csv');
    o.log(`generating D2 (synthetic) at scale ${o.scale} …`);
    const summary = generateD2(csv, o.scale);
    o.log(`generated ${summary.nodes} nodes and ${summary.relationships} relationships (${(summary.bytes / 1e6).toFixed(0)} MB CSV) in ${summary.seconds.toFixed(1)} s`);
    o.log('bulk import with neo4j-admin database import full …');
    const t = performance.now();
    const classpath = buildLauncher(o.log);
    await run(
      'java',
      [
        '-Xmx2g',
        '-cp',
        classpath,
        'org.neo4j.cli.AdminTool',
        'database',
        'import',
        'full',
        ...Object.values(summary.files.nodes).map((f) => `--nodes=${f}`),
        `--relationships=${summary.files.relationships}`,
        '--overwrite-destination=true',
        '--threads=2',
        'neo4j',
      ],
      { NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      o.log,
    );
    const importSeconds = seconds(t);
    o.log(`bulk import took ${importSeconds.toFixed(1)} s; starting Neo4j and applying the schema (constraints, indexes) …`);
    rmSync(csv, { recursive: true, force: true });
    const { files: _unused, ...partialSummary } = summary;
    writeFileSync(
      imported,
      JSON.stringify({ dataset: name, generateSeconds: summary.seconds, csvBytes: summary.bytes, importSeconds, summary: partialSummary }, null, 2),
    );
    const local = await startOn(home, o);
    const schemaSeconds = await withSchema(local.uri, o);
    o.log(`schema online after ${schemaSeconds.toFixed(1)} s`);
    const { files: _files, ...rest } = summary;
    const build: BuildInfo = {
      dataset: name,
      generateSeconds: summary.seconds,
      csvBytes: summary.bytes,
      importSeconds,
      schemaSeconds,
      summary: rest,
      builtAt: new Date().toISOString(),
    };
    writeFileSync(marker, JSON.stringify(build, null, 2));
    built = true;
    return { name, uri: local.uri, neo4jPid: local.pid, build, built, stop: () => local.stop() };
  }
  o.log(`reusing the D2 store ${home} (built ${JSON.parse(readFileSync(marker, 'utf8')).builtAt}; --fresh rebuilds it)`);
  const local = await startOn(home, o);
  await withSchema(local.uri, o);
  const build = JSON.parse(readFileSync(marker, 'utf8')) as BuildInfo;
  return { name, uri: local.uri, neo4jPid: local.pid, build, built, stop: () => local.stop() };
}
