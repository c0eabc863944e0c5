/**
 * Measures the validated, atomic import at scale, with the documented defaults: a synthetic graph (labelled
 * synthetic) of --nodes nodes and --rels relationships that follows the model, each node with a description of
 * --description characters, written as one --format yaml|json file and imported by the real command line
 * (`bin/strategiegraph.mjs import`, a process of its own) into a throwaway local Neo4j started with the configured
 * memory (NEO4J_HEAP_MB / NEO4J_PAGECACHE_MB, defaults 2048 / 512), or NEO4J_URI.
 *
 *   npx tsx bench/import-scale.ts --nodes 30000 --rels 30000 --description 600 --format yaml
 *
 * Prints the file size, the import's time and exit code, the command line's peak RSS (VmHWM), a second,
 * idempotent run, and how long refusing a YAML alias bomb takes. --json writes the figures as one JSON line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { stringify } from 'yaml';
import { PROJECT_ROOT, loadConfig } from '../src/config/index.js';
import { readImportFile, startLocalNeo4j } from '../src/graph/index.js';
import { prng } from './datasets/d2-generate.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '30000' },
    rels: { type: 'string', default: '30000' },
    description: { type: 'string', default: '600' },
    format: { type: 'string', default: 'yaml' },
    json: { type: 'boolean' },
  },
});
const nodeCount = Number(values.nodes);
const relCount = Number(values.rels);
const descriptionChars = Number(values.description);
const SOURCE = [{ url: 'https://example.org/synthetic-benchmark-data', title: 'Synthetic benchmark data, not a real fact' }];

// Kinds and the dependency types that may join them (from → to), all allowed by the model.
const KINDS = ['Project', 'System', 'Service', 'Topic'] as const;
const RULES: [string, (typeof KINDS)[number], (typeof KINDS)[number]][] = [
  ['INTEGRATES', 'Project', 'System'],
  ['DIGITALISES', 'Project', 'Service'],
  ['SUPPORTS', 'System', 'Service'],
  ['DEPENDS_ON', 'System', 'System'],
  ['DEPENDS_ON', 'Project', 'Project'],
  ['TAGGED', 'Project', 'Topic'],
];
const WORDS = 'Verwaltung Digitalisierung Register Nachweis Portal Basisdienst Leistung Land Bund Kommune Standard Schnittstelle'.split(' ');

function generate(variant: number) {
  const rnd = prng(42);
  const byKind = new Map<string, string[]>(KINDS.map((k) => [k, []]));
  const text = () => {
    const words: string[] = [];
    let length = 0;
    while (length < descriptionChars) {
      const w = WORDS[Math.floor(rnd() * WORDS.length)]!;
      words.push(w);
      length += w.length + 1;
    }
    return words.join(' ').slice(0, descriptionChars);
  };
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const id = `syn-${kind.toLowerCase()}-${i}`;
    byKind.get(kind)!.push(id);
    return { id, kind, name: `${kind} ${i}${variant ? ` v${variant}` : ''}`, description: text(), sources: SOURCE };
  });
  const seen = new Set<string>();
  const relationships: object[] = [];
  while (relationships.length < relCount) {
    const [type, fromKind, toKind] = RULES[Math.floor(rnd() * RULES.length)]!;
    const froms = byKind.get(fromKind)!;
    const tos = byKind.get(toKind)!;
    // Skewed: a few hubs get most links (rnd()^3 favours low indexes).
    const from = froms[Math.floor(rnd() * froms.length)]!;
    const to = tos[Math.floor(rnd() ** 3 * tos.length)]!;
    const key = `${from}|${type}|${to}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    relationships.push({ from, type, to, sources: SOURCE });
  }
  return { nodes, relationships };
}

/** `strategiegraph import <file>` as a process of its own; its peak RSS from /proc (VmHWM), sampled until it exits. */
async function importCli(file: string, env: { NEO4J_URI: string }, extra: string[] = []) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'strategiegraph.mjs'), 'import', ...extra, file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakKb = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // exited
    }
  };
  const timer = setInterval(sample, 100);
  // The import transaction's memory as Neo4j estimates it (SHOW TRANSACTIONS), sampled from another session.
  let peakTxBytes = 0;
  const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  let polling = true;
  const poll = (async () => {
    while (polling) {
      try {
        const { records } = await driver.executeQuery(
          "SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap, metaData WHERE metaData.app = 'strategiegraph' AND metaData.query = 'transaction:write' RETURN max(heap) AS heap",
        );
        peakTxBytes = Math.max(peakTxBytes, Number(records[0]?.get('heap') ?? 0));
      } catch {
        // the database is busy or the import ended
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
  clearInterval(timer);
  polling = false;
  await poll;
  await driver.close();
  return { code, seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peakKb / 1024), peakTxMb: Math.round(peakTxBytes / 2 ** 20), stdout, stderr };
}

const config = loadConfig(process.env);
const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-import-scale-'));
const local = config.neo4j.uri
  ? undefined
  : await startLocalNeo4j({
      port: 0,
      dataDir: join(dir, 'neo4j'),
      user: config.neo4j.user,
      password: config.neo4j.password,
      heapMb: config.local.heapMb,
      pageCacheMb: config.local.pageCacheMb,
    });
const env = { NEO4J_URI: config.neo4j.uri ?? local!.uri };
const results: Record<string, unknown> = {
  nodes: nodeCount,
  relationships: relCount,
  descriptionChars,
  format: values.format,
  heapMb: config.neo4j.uri ? 'external' : config.local.heapMb,
  pageCacheMb: config.neo4j.uri ? 'external' : config.local.pageCacheMb,
};
try {
  const file = join(dir, `synthetic.${values.format}`);
  const write = (variant: number) => {
    const doc = generate(variant);
    writeFileSync(file, values.format === 'json' ? JSON.stringify(doc) : stringify(doc, { lineWidth: 0 }));
  };
  write(0);
  results.fileMb = +(statSync(file).size / 1e6).toFixed(1);
  console.log(`generated ${nodeCount} nodes and ${relCount} relationships, ${results.fileMb} MB of ${values.format}, heap ${results.heapMb} MB`);

  const first = await importCli(file, env);
  results.first = { code: first.code, seconds: +first.seconds.toFixed(1), peakRssMb: first.peakRssMb, peakTxMb: first.peakTxMb };
  console.log(`first import: exit ${first.code} in ${first.seconds.toFixed(1)} s, CLI peak RSS ${first.peakRssMb} MB, transaction ${first.peakTxMb} MB`);
  if (first.code !== 0) console.log(first.stderr.split('\n').slice(-6).join('\n'));
  if (first.code === 0) {
    const again = await importCli(file, env);
    results.again = { code: again.code, seconds: +again.seconds.toFixed(1), peakRssMb: again.peakRssMb, peakTxMb: again.peakTxMb };
    console.log(`second import (idempotent): exit ${again.code} in ${again.seconds.toFixed(1)} s, CLI peak RSS ${again.peakRssMb} MB`);
    write(1);
    const update = await importCli(file, env);
    results.update = { code: update.code, seconds: +update.seconds.toFixed(1), peakRssMb: update.peakRssMb, peakTxMb: update.peakTxMb };
    console.log(`third import (every node changed): exit ${update.code} in ${update.seconds.toFixed(1)} s, CLI peak RSS ${update.peakRssMb} MB, transaction ${update.peakTxMb} MB`);
    if (update.code !== 0) console.log(update.stderr.split('\n').slice(-6).join('\n'));
  }

  // An alias bomb: a 1 MB value aliased 150 times (about 150 MB expanded).
  const bomb = join(dir, 'bomb.yaml');
  writeFileSync(bomb, `nodes:\n  - id: sys-a\n    kind: System\n    name: &big "${'x'.repeat(1_000_000)}"\n    description: d\n    sources: [{url: "https://example.org/"}]\n    attributes:\n${Array.from({ length: 150 }, (_, i) => `      n${i}: *big`).join('\n')}\n`);
  const t = performance.now();
  const refused = readImportFile(bomb);
  results.aliasBombRefusedMs = Math.round(performance.now() - t);
  console.log(`alias bomb (1 MB × 150): ${refused.problems.length} problem(s) in ${results.aliasBombRefusedMs} ms: ${refused.problems[0]?.message ?? 'ACCEPTED'}`);
} finally {
  await local?.stop();
  rmSync(dir, { recursive: true, force: true });
}
if (values.json) console.log(JSON.stringify(results));
