import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateNodeDocument as CreateNode } from '../../src/client/index.js';
import { DATA_DIR } from '../../src/config/index.js';
import { ApiKeyRepository, Importer, type Graph } from '../../src/graph/index.js';
import type { Principal } from '../../src/server/index.js';
import { createTestApi } from '../helpers/api.js';
import { clearGraph, cypher, openTestGraph } from '../helpers/graph.js';
import { loadShippedGraph, useShippedGraph } from '../helpers/shipped.js';

// The shipped setup of test/helpers/shipped.ts imports data/ again only when the database changed since its last
// import: whatever a test writes after it, the next one that asks for the shipped graph gets the shipped graph.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Everything in the database but what each import makes anew (timestamps, the ids of history entries), sorted. */
async function content(graph: Graph): Promise<string[]> {
  const rows = await cypher<{ labels: string[]; props: Record<string, unknown>; rels: unknown[] }>(
    graph,
    `MATCH (n)
     RETURN labels(n) AS labels, properties(n) AS props,
            [(n)-[r]->(m) | [type(r), properties(r), labels(m), properties(m)]] AS rels`,
  );
  // Keys sorted (Neo4j hands the properties over in no fixed order), timestamps and random ids left out.
  const plain = (value: unknown): unknown => {
    if (neo4j.isDateTime(value)) return 'datetime';
    if (typeof value === 'string' && UUID.test(value)) return 'uuid';
    if (neo4j.isInt(value)) return value.toString();
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, plain((value as Record<string, unknown>)[k])]));
    return value;
  };
  return rows.map((row) => JSON.stringify(plain({ ...row, rels: row.rels.map((r) => JSON.stringify(plain(r))).sort() }))).sort();
}

const editor: Principal = { kind: 'apiKey', subject: 'shipped-graph-test', role: 'editor' };
const SOURCES = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-11-27' }];

describe('the shipped graph for tests: imported again whenever anything was written since', () => {
  let graph: Graph;
  let shipped: string[];
  beforeAll(async () => {
    graph = await openTestGraph();
    await clearGraph(graph);
    await new Importer(graph.executor).importPaths([DATA_DIR]);
    shipped = await content(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('imports when it has not imported the database as it is, then keeps it while only reads happen', async () => {
    // The import above was not the helper's: it does not know that database state.
    expect(await loadShippedGraph(graph)).toBe('imported');
    expect(await content(graph)).toEqual(shipped);
    const other = await openTestGraph();
    try {
      expect(await loadShippedGraph(other)).toBe('unchanged');
    } finally {
      await other.close();
    }
    expect(await loadShippedGraph(graph)).toBe('unchanged');
    expect(await content(graph)).toEqual(shipped);
  });

  const writes: [string, (graph: Graph) => Promise<unknown>, (graph: Graph) => Promise<void>][] = [
    [
      'a property set on a node (the counts stay as they are)',
      (g) => cypher(g, "MATCH (n:Node {id: 'sys-elster'}) SET n.name = 'geändert'"),
      async (g) => expect(await cypher(g, "MATCH (n {name: 'geändert'}) RETURN n")).toEqual([]),
    ],
    [
      'a property set on a relationship',
      (g) => cypher(g, 'MATCH ()-[r]->() WITH r LIMIT 1 SET r.testMark = true'),
      async (g) => expect(await cypher(g, 'MATCH ()-[r {testMark: true}]->() RETURN r')).toEqual([]),
    ],
    [
      'a node deleted',
      (g) => cypher(g, "MATCH (n:Node {id: 'sys-elster'}) DETACH DELETE n"),
      async (g) => expect(await cypher(g, "MATCH (n:Node {id: 'sys-elster'}) RETURN n.id AS id")).toEqual([{ id: 'sys-elster' }]),
    ],
    [
      'a node created through the API (a mutation with history)',
      async (g) => {
        const api = await createTestApi(g);
        try {
          await api.data(CreateNode, { input: { id: 'sys-shipped-test', kind: 'System', name: 'Testsystem', description: 'Ein System für Tests', sources: SOURCES } }, editor);
        } finally {
          await api.stop();
        }
      },
      async (g) => expect(await cypher(g, "MATCH (n {id: 'sys-shipped-test'}) RETURN n")).toEqual([]),
    ],
    [
      'an API key created (a node outside the graph the API shows)',
      (g) => new ApiKeyRepository(g.executor).create('shipped graph test', 'viewer', 'test'),
      async (g) => expect(await cypher(g, "MATCH (k) WHERE k.name = 'shipped graph test' RETURN k")).toEqual([]),
    ],
    [
      'another import on top',
      async (g) => {
        const file = join(mkdtempSync(join(tmpdir(), 'strategiegraph-shipped-')), 'extra.json');
        writeFileSync(file, JSON.stringify({ nodes: [{ id: 'sys-shipped-import', kind: 'System', name: 'Importiert', description: 'Aus einer weiteren Datei', sources: SOURCES }] }));
        await new Importer(g.executor).importPaths([file]);
      },
      async (g) => expect(await cypher(g, "MATCH (n {id: 'sys-shipped-import'}) RETURN n")).toEqual([]),
    ],
    [
      'the graph cleared',
      (g) => clearGraph(g),
      async (g) => expect((await content(g)).length).toBe(shipped.length),
    ],
  ];

  it.each(writes)('after %s, the next shipped setup imports again and the write is gone', async (_what, write, gone) => {
    expect(await loadShippedGraph(graph)).toBe('unchanged');
    await write(graph);
    expect(await content(graph)).not.toEqual(shipped);
    expect(await loadShippedGraph(graph)).toBe('imported');
    expect(await content(graph)).toEqual(shipped);
    await gone(graph);
  });

  describe('useShippedGraph after a test wrote', () => {
    beforeAll(async () => {
      await cypher(graph, "MATCH (n:Node {id: 'sys-elster'}) SET n.name = 'geändert'");
    });
    const env = useShippedGraph();
    it('hands the next describe block the shipped graph', async () => {
      expect(await content(env.graph)).toEqual(shipped);
      expect(await cypher(env.graph, "MATCH (n {name: 'geändert'}) RETURN n")).toEqual([]);
    });
  });
});
