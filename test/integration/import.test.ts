import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/index.js';
import { Importer, type Graph } from '../../src/graph/index.js';
import { clearGraph, cypher, openTestGraph, snapshot, testConfig } from '../helpers/graph.js';

const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-import-'));
const source = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-11-27' }];

function writeJson(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

const base = {
  nodes: [
    { id: 'sys-a', kind: 'System', name: 'System A', aliases: ['SA'], description: 'a', sources: source },
    { id: 'leistung-b', kind: 'Service', name: 'Leistung B', description: 'b', sources: source },
    { id: 'uv-c', kind: 'Project', name: 'Vorhaben C', description: 'c', sources: source, status: 'approved', budgetEur: 1200 },
  ],
  relationships: [
    { from: 'sys-a', type: 'SUPPORTS', to: 'leistung-b', sources: source, properties: { nature: 'online' } },
    { from: 'uv-c', type: 'INTEGRATES', to: 'sys-a', sources: source, confidence: 'inferred', note: 'test' },
  ],
};

describe('import into Neo4j', () => {
  let graph: Graph;
  let importer: Importer;

  beforeAll(async () => {
    graph = await openTestGraph();
    importer = new Importer(graph.executor);
  });
  afterAll(async () => graph.close());
  beforeEach(async () => clearGraph(graph));

  it('writes nodes with their kind label, fields and sources, and relationships with their properties', async () => {
    const summary = await importer.importPaths([writeJson('base.json', base)]);
    expect(summary.nodes).toEqual({
      System: { created: 1, updated: 0, unchanged: 0, kept: 0 },
      Service: { created: 1, updated: 0, unchanged: 0, kept: 0 },
      Project: { created: 1, updated: 0, unchanged: 0, kept: 0 },
    });
    const [project] = await cypher<{ labels: string[]; status: string; budget: number; version: { toNumber(): number } }>(
      graph,
      "MATCH (n {id: 'uv-c'}) RETURN labels(n) AS labels, n.status AS status, n.budgetEur AS budget, n.version AS version",
    );
    expect(project!.labels.sort()).toEqual(['Node', 'Project']);
    expect(project!.status).toBe('approved');
    expect(project!.budget).toBe(1200);
    expect(project!.version.toNumber()).toBe(1);
    const [rel] = await cypher<{ nature: string; sources: string }>(
      graph,
      "MATCH (:System {id: 'sys-a'})-[r:SUPPORTS]->(:Service {id: 'leistung-b'}) RETURN r.nature AS nature, r.sourcesJson AS sources",
    );
    expect(rel!.nature).toBe('online');
    expect(JSON.parse(rel!.sources)).toEqual(source);
  });

  it('is idempotent: a second run changes nothing at all', async () => {
    const file = writeJson('base.json', base);
    await importer.importPaths([file]);
    const before = await snapshot(graph);
    const again = await importer.importPaths([file]);
    expect(Object.values(again.nodes).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(Object.values(again.relationships).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(await snapshot(graph)).toEqual(before);
  });

  it('updates a changed node in place: new version, createdAt kept, removed fields gone', async () => {
    await importer.importPaths([writeJson('base.json', base)]);
    const [before] = await cypher<{ createdAt: unknown }>(graph, "MATCH (n {id: 'uv-c'}) RETURN n.createdAt AS createdAt");
    const changed = structuredClone(base);
    changed.nodes[2] = { id: 'uv-c', kind: 'Project', name: 'Vorhaben C', description: 'neu', sources: source } as (typeof base.nodes)[number];
    const summary = await importer.importPaths([writeJson('changed.json', changed)]);
    expect(summary.nodes.Project).toEqual({ created: 0, updated: 1, unchanged: 0, kept: 0 });
    const [after] = await cypher<{ d: string; budget: unknown; v: { toNumber(): number }; createdAt: unknown }>(
      graph,
      "MATCH (n {id: 'uv-c'}) RETURN n.description AS d, n.budgetEur AS budget, n.version AS v, n.createdAt AS createdAt",
    );
    expect(after!.d).toBe('neu');
    expect(after!.budget).toBeNull();
    expect(after!.v.toNumber()).toBe(2);
    expect(String(after!.createdAt)).toBe(String(before!.createdAt));
  });

  it('rejects a file with a mistake whole, naming file, entity and field, and leaves the database untouched', async () => {
    await importer.importPaths([writeJson('base.json', base)]);
    const before = await snapshot(graph);
    const bad = {
      nodes: [{ id: 'neu-1', kind: 'System', name: 'Neu', description: 'n', sources: source }],
      relationships: [{ from: 'neu-1', type: 'SUPPORTS', to: 'leistung-fehlt', sources: source }],
    };
    const error = await importer.importPaths([writeJson('bad.json', bad)], { displayRoot: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain(
      "bad.json:1: relationship neu-1 -[SUPPORTS]-> leistung-fehlt, field 'to': no node 'leistung-fehlt' in the import or the database",
    );
    expect(await snapshot(graph)).toEqual(before);
  });

  it('checks relationship endpoints and kinds against nodes already in the database', async () => {
    await importer.importPaths([writeJson('base.json', base)]);
    const ok = { relationships: [{ from: 'uv-c', type: 'DIGITALISES', to: 'leistung-b', sources: source }] };
    expect((await importer.importPaths([writeJson('ok.json', ok)])).relationships.DIGITALISES?.created).toBe(1);
    const wrongKind = { relationships: [{ from: 'uv-c', type: 'SUPPORTS', to: 'leistung-b', sources: source }] };
    await expect(importer.importPaths([writeJson('wrong.json', wrongKind)])).rejects.toThrow(/SUPPORTS may not connect Project to Service/);
  });

  it('dry run reports created, updated and unchanged per kind and writes nothing', async () => {
    await importer.importPaths([writeJson('base.json', base)]);
    const before = await snapshot(graph);
    const next = structuredClone(base);
    next.nodes[0] = { ...next.nodes[0]!, description: 'geändert' };
    next.nodes.push({ id: 'sys-d', kind: 'System', name: 'D', description: 'd', sources: source } as (typeof base.nodes)[number]);
    const summary = await importer.importPaths([writeJson('next.json', next)], { dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(summary.nodes.System).toEqual({ created: 1, updated: 1, unchanged: 0, kept: 0 });
    expect(summary.nodes.Service).toEqual({ created: 0, updated: 0, unchanged: 1, kept: 0 });
    expect(await snapshot(graph)).toEqual(before);
  });

  it('is atomic: a batch that fails mid-import rolls back the batches already written', async () => {
    await importer.importPaths([writeJson('base.json', base)]);
    const before = await snapshot(graph);
    const many = {
      nodes: Array.from({ length: 20 }, (_, i) => ({ id: `t-${i}`, kind: 'Topic', name: `T ${i}`, description: 't', sources: source })),
    };
    let batches = 0;
    const failing = importer.importPaths([writeJson('many.json', many)], {
      batchSize: 4,
      afterBatch: async (done) => {
        batches = done;
        // The first batches are in Neo4j (inside the open transaction) when this one fails.
        if (done === 3) throw new Error('disk on fire');
      },
    });
    await expect(failing).rejects.toThrow('disk on fire');
    expect(batches).toBe(3);
    expect(await snapshot(graph)).toEqual(before);
  });

  it('is atomic when the importing process is killed in the middle of writing', async () => {
    await importer.importPaths([writeJson('base.json', base)]);
    const before = await snapshot(graph);
    const big = {
      nodes: Array.from({ length: 40_000 }, (_, i) => ({ id: `k-${i}`, kind: 'Topic', name: `K ${i}`, description: 'k', sources: source })),
      relationships: Array.from({ length: 39_999 }, (_, i) => ({ from: `k-${i}`, type: 'TAGGED', to: `k-${i + 1}`, sources: source })),
    };
    const file = writeJson('big.json', big);
    const child = spawn(process.execPath, ['bin/strategiegraph.mjs', 'import', file], {
      env: { ...process.env, NEO4J_URI: testConfig().neo4j.uri, STRATEGIEGRAPH_LANG: 'en' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((done) => child.once('exit', done));
    // Kill it as soon as it reports the first batch written inside its transaction.
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stderr! }).on('line', (line) => {
        if (line.startsWith('writing batch 1 of')) resolve();
      });
      void exited.then(() => reject(new Error('import finished before it could be killed')));
    });
    child.kill('SIGKILL');
    await exited;
    // Neo4j rolls back the transaction of a connection that dropped; wait until it is gone.
    for (let i = 0; i < 100; i++) {
      const open = await cypher(graph, "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'strategiegraph' AND metaData.query STARTS WITH 'transaction:write' RETURN count(*) AS n");
      if (Number(open[0]!.n) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await snapshot(graph)).toEqual(before);
  });
});
