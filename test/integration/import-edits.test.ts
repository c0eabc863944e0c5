import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/index.js';
import { Executor, Importer, type Graph } from '../../src/graph/index.js';
import { MutationService } from '../../src/graph/index.js';
import { clearGraph, cypher, openTestGraph, snapshot } from '../helpers/graph.js';

// Issue 10: an import is an honest writer. It locks each node before reading what it holds (so its history entry
// continues the chain), and says which nodes it replaces although an editor changed them through the API since
// they were last imported; --keep-edits leaves those alone.
const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-import-edits-'));
const source = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-11-27' }];
const editor: Actor = { kind: 'token', subject: 'test-editor', role: 'editor' };

function writeJson(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

const doc = (description: string, extra: object[] = []) => ({
  nodes: [
    { id: 'sys-a', kind: 'System', name: 'System A', description, sources: source },
    { id: 'sys-b', kind: 'System', name: 'System B', description: 'b', sources: source },
    ...extra,
  ],
  relationships: [{ from: 'sys-a', type: 'DEPENDS_ON', to: 'sys-b', sources: source }],
});

/** The node's changes, oldest first, with before and after as objects. */
async function chain(graph: Graph, id: string) {
  const rows = await cypher<{ operation: string; before: string | null; after: string | null }>(
    graph,
    "MATCH (c:Change {targetId: $id}) WHERE c.operation ENDS WITH '_NODE' RETURN c.operation AS operation, c.before AS before, c.after AS after ORDER BY c.at",
    { id },
  );
  return rows.map((r) => ({ operation: r.operation, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) }));
}

describe('imports are honest writers', () => {
  let graph: Graph;
  let importer: Importer;

  beforeAll(async () => {
    graph = await openTestGraph();
    importer = new Importer(graph.executor);
  });
  afterAll(async () => graph.close());
  beforeEach(async () => {
    await clearGraph(graph);
    await importer.importPaths([writeJson('first.json', doc('a'))]);
  });

  it('names every node it replaces that was edited through the API since its last import, also in a dry run', async () => {
    await new MutationService(graph.executor, editor).updateNode('sys-a', 1, { description: 'vom Redakteur' });
    const next = writeJson('next.json', doc('aus dem Import', [{ id: 'sys-c', kind: 'System', name: 'C', description: 'c', sources: source }]));

    const dry = await importer.importPaths([next], { dryRun: true });
    expect(dry.edited).toEqual([{ id: 'sys-a', kind: 'System', operation: 'UPDATE_NODE', at: expect.any(String), kept: false }]);
    expect(dry.nodes.System).toEqual({ created: 1, updated: 1, unchanged: 1, kept: 0 });

    const done = await importer.importPaths([next]);
    expect(done.edited).toEqual(dry.edited);
    const [row] = await cypher<{ d: string }>(graph, "MATCH (n {id: 'sys-a'}) RETURN n.description AS d");
    expect(row!.d).toBe('aus dem Import');
    // Imported again, the node is no longer an unseen edit.
    const again = await importer.importPaths([writeJson('again.json', doc('noch einmal'))], { dryRun: true });
    expect(again.edited).toEqual([]);
  });

  it('counts a node created through the API as an edit the import would replace', async () => {
    await new MutationService(graph.executor, editor).createNode({ id: 'sys-c', kind: 'System', name: 'C', description: 'per API', sources: source });
    const summary = await importer.importPaths([writeJson('c.json', doc('a', [{ id: 'sys-c', kind: 'System', name: 'C', description: 'c', sources: source }]))], { dryRun: true });
    expect(summary.edited.map((e) => [e.id, e.operation])).toEqual([['sys-c', 'CREATE_NODE']]);
  });

  it('with keepEdits leaves edited nodes alone and writes the rest', async () => {
    await new MutationService(graph.executor, editor).updateNode('sys-a', 1, { description: 'vom Redakteur' });
    const before = await chain(graph, 'sys-a');
    const next = doc('aus dem Import');
    next.nodes[1] = { ...next.nodes[1]!, description: 'b neu' };
    const summary = await importer.importPaths([writeJson('keep.json', next)], { keepEdits: true });
    expect(summary.nodes.System).toEqual({ created: 0, updated: 1, unchanged: 0, kept: 1 });
    expect(summary.edited).toEqual([expect.objectContaining({ id: 'sys-a', kept: true })]);
    const rows = await cypher<{ id: string; d: string }>(graph, 'MATCH (n:System) RETURN n.id AS id, n.description AS d ORDER BY id');
    expect(rows.map((r) => [r.id, r.d])).toEqual([['sys-a', 'vom Redakteur'], ['sys-b', 'b neu']]);
    expect(await chain(graph, 'sys-a')).toEqual(before);
  });

  it('waits for an edit being saved and records it as its before: the history stays a chain', async () => {
    // An editor's save that holds the node's lock until released (the real MutationService on an executor that
    // pauses before committing).
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let held!: () => void;
    const locked = new Promise<void>((r) => (held = r));
    const pausing = Object.create(graph.executor) as Executor;
    pausing.transaction = (mode, work, options) =>
      graph.executor.transaction(mode, async (tx) => {
        const result = await work(tx);
        held();
        await gate;
        return result;
      }, options);
    const save = new MutationService(pausing, editor).updateNode('sys-a', 1, { description: 'vom Redakteur' });
    await locked;

    const importing = importer.importPaths([writeJson('during.json', doc('aus dem Import'))]);
    // The import has to wait for the editor's lock (with or without its fix it waits at some point).
    for (let i = 0; ; i++) {
      const [row] = await cypher<{ n: { toNumber(): number } }>(
        graph,
        "SHOW TRANSACTIONS YIELD status, metaData WHERE metaData.query = 'transaction:write' AND status STARTS WITH 'Blocked' RETURN count(*) AS n",
      );
      if (row!.n.toNumber() > 0) break;
      if (i > 300) throw new Error('the import never waited for the lock');
      await new Promise((r) => setTimeout(r, 50));
    }
    release();
    await save;
    const summary = await importing;

    expect(summary.edited.map((e) => e.id)).toEqual(['sys-a']);
    const history = await chain(graph, 'sys-a');
    expect(history.map((c) => c.operation)).toEqual(['IMPORT_NODE', 'UPDATE_NODE', 'IMPORT_NODE']);
    for (let i = 1; i < history.length; i++) expect(history[i]!.before, `change ${i}`).toEqual(history[i - 1]!.after);
    const [row] = await cypher<{ d: string; v: unknown }>(graph, "MATCH (n {id: 'sys-a'}) RETURN n.description AS d, n.version AS v");
    expect([row!.d, Number(row!.v)]).toEqual(['aus dem Import', 3]);
  });

  it('an unchanged re-import writes nothing and names no edits', async () => {
    const before = await snapshot(graph);
    const summary = await importer.importPaths([writeJson('same.json', doc('a'))]);
    expect(summary.edited).toEqual([]);
    expect(await snapshot(graph)).toEqual(before);
  });
});
