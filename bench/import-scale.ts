/**
 * Measures the validated, atomic import at scale: a synthetic graph (labelled synthetic) of --nodes nodes
 * and --rels relationships that follows the model, written as one JSON file and imported with the same
 * code as `strategiegraph import`, into a throwaway local Neo4j (or NEO4J_URI).
 *
 *   npx tsx bench/import-scale.ts --nodes 100000 --rels 500000
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { Importer, applySchema, openGraph, startLocalNeo4j } from '../src/graph/index.js';
import { prng } from './datasets/d2-generate.js';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '100000' }, rels: { type: 'string', default: '500000' } } });
const nodeCount = Number(values.nodes);
const relCount = Number(values.rels);
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

function generate() {
  const rnd = prng(42);
  const byKind = new Map<string, string[]>(KINDS.map((k) => [k, []]));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const id = `syn-${kind.toLowerCase()}-${i}`;
    byKind.get(kind)!.push(id);
    return { id, kind, name: `${kind} ${i}`, description: 'synthetic', sources: SOURCE };
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

const config = loadConfig(process.env);
const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-import-scale-'));
const local = config.neo4j.uri
  ? undefined
  : await startLocalNeo4j({ port: 0, dataDir: join(dir, 'neo4j'), user: config.neo4j.user, password: config.neo4j.password, heapMb: 4096, pageCacheMb: 1024 });
const graph = openGraph(config.neo4j, config.neo4j.uri ?? local!.uri);
try {
  await applySchema(graph.executor);
  let t = performance.now();
  const file = join(dir, 'synthetic.json');
  writeFileSync(file, JSON.stringify(generate()));
  console.log(`generated ${nodeCount} nodes and ${relCount} relationships (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const importer = new Importer(graph.executor);
  t = performance.now();
  await importer.importPaths([file], { batchSize: 10_000 });
  console.log(`first import (validate, then one transaction): ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const again = await importer.importPaths([file], { batchSize: 10_000 });
  const changed = Object.values(again.nodes).reduce((a, c) => a + c.created + c.updated, 0);
  console.log(`second import (idempotent, ${changed} changes): ${((performance.now() - t) / 1000).toFixed(1)} s`);
} finally {
  await graph.close();
  await local?.stop();
  rmSync(dir, { recursive: true, force: true });
}
