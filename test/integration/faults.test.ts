import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoverageDocument, GraphQLRequestError, NodeVersionDocument, UpdateNodeDocument, request } from '../../src/client/index.js';
import { DATA_DIR, loadConfig } from '../../src/config/index.js';
import { Importer, applySchema, openGraph, startLocalNeo4j, type Graph, type LocalNeo4j } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { cypher, snapshot } from '../helpers/graph.js';

/**
 * Faults, on a Neo4j of this test's own that it stops and starts again: requests fail fast while it is
 * away, the server stays up and recovers, and interrupted writes leave nothing behind. The launcher's own
 * contract (a clean stop keeps the store, authentication stays on) is checked on the same restart: every
 * start of a JVM with its store costs many seconds, so the cases share one stop and one restart.
 */
describe('when Neo4j goes away', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-faults-'));
  const config = loadConfig({ ...process.env, NEO4J_URI: '', NODE_ENV: 'test' });
  let port: number;
  let firstUri: string;
  let neo4j: LocalNeo4j;
  let graph: Graph;
  let server: RunningServer;
  const start = (on = port) => startLocalNeo4j({ port: on, dataDir: dir, user: config.neo4j.user, password: config.neo4j.password, heapMb: 1024, pageCacheMb: 128 });
  const base = () => server.url.replace(/\/graphql$/, '');
  const editor = { kind: 'apiKey', subject: 'faults', role: 'editor' } as const;

  beforeAll(async () => {
    // The first start picks a free port itself (port 0); the restarts come back on it, so the driver finds them.
    neo4j = await start(0);
    port = neo4j.port;
    firstUri = neo4j.uri;
    graph = openGraph(config.neo4j, neo4j.uri);
    await applySchema(graph.executor);
    await new Importer(graph.executor).importPaths([DATA_DIR]);
    const http = await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: config });
    server = await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.stop();
    await graph?.close();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  // One stop serves every case: the import's fourth batch stops Neo4j while a mutation's transaction, open and
  // holding its lock, waits for that stop before its next statement; then, while it is away, requests fail fast. The
  // launcher's contract (was test/integration/launcher.test.ts, with two starts of its own) rides on the restart.
  const state = {} as { before: unknown; version: number };

  it('stops in the middle of an import and before a mutation commits (a clean stop, SIGTERM); meanwhile requests fail fast with SERVICE_UNAVAILABLE, the server stays up, reports not ready and refuses mutations', async () => {
    expect(firstUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect((await request(server.url, CoverageDocument, {})).coverage).toHaveLength(5);
    state.before = await snapshot(graph);
    const { node } = await request(server.url, NodeVersionDocument, { id: 'sys-elster' });
    state.version = node!.version;
    await cypher(graph, 'CREATE (:Probe {id: $id, at: datetime()})', { id: 'survives-restart' });

    const file = join(dir, 'big.json');
    const source = [{ url: 'https://example.org/synthetic-test-data' }];
    writeFileSync(file, JSON.stringify({ nodes: Array.from({ length: 5000 }, (_, i) => ({ id: `stop-${i}`, kind: 'Topic', name: `Stop ${i}`, description: 'synthetic', sources: source })) }));
    let stopped!: (stopping: Promise<void>) => void;
    const stopping = new Promise<Promise<void>>((resolve) => (stopped = resolve));
    let locked!: () => void;
    const holdsLock = new Promise<void>((resolve) => (locked = resolve));
    const mutation = graph.executor.transaction('write', async (tx) => {
      await tx.run('write/node-lock', { id: 'sys-elster' });
      locked();
      await (await stopping);
      await tx.run('write/node-lock', { id: 'sys-elster' });
    });
    const settled = mutation.catch(() => undefined);
    await holdsLock;
    const first = neo4j;
    const failed = await new Importer(graph.executor)
      .importPaths([file], {
        batchSize: 500,
        afterBatch: async (done) => {
          if (done !== 3) return;
          const stop = first.stop();
          stopped(stop);
          await stop;
        },
      })
      .then(() => false, () => true);
    expect(failed).toBe(true);
    await expect(mutation).rejects.toBeDefined();
    await settled;
    expect(await first.exited).toBe(0);

    const error = await request(server.url, CoverageDocument, {}).catch((e: unknown) => e);
    expect((error as GraphQLRequestError).code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    expect((await fetch(`${base()}/ready`)).status).toBe(503);
    // The linked-data routes read the graph's version first: they say so too, as JSON.
    const sparql = await fetch(`${base()}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
    expect(sparql.status).toBe(503);
    expect(((await sparql.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
    // And through the API: a mutation while Neo4j is away is refused, not half-done.
    const api = createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: config });
    const refused = await (await api).apollo.executeOperation(
      { query: UpdateNodeDocument, variables: { id: 'sys-elster', expectedVersion: state.version, input: { note: 'x' } } },
      { contextValue: (await import('../../src/server/index.js')).createContext(graph.executor, { batch: true, publicBaseUrl: config.linkedData.publicBaseUrl }, editor) },
    );
    expect(refused.body.kind === 'single' && refused.body.singleResult.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  }, 240_000);

  it('recovers when Neo4j is back: the store kept what was committed (authentication on), and the interrupted import and mutation left nothing behind', async () => {
    expect(state.before, 'the test before stopped Neo4j').toBeDefined();
    neo4j = await start();
    let recovered = false;
    for (let i = 0; i < 30 && !recovered; i++) {
      recovered = await request(server.url, CoverageDocument, {}).then(() => true, () => false);
      if (!recovered) await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${base()}/ready`)).status).toBe(200);
    expect(await (await fetch(`${base()}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`)).json()).toMatchObject({ boolean: true });
    await applySchema(graph.executor);
    try {
      expect(await cypher(graph, 'MATCH (p:Probe) RETURN p.id AS id')).toEqual([{ id: 'survives-restart' }]);
      const wrong = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic('neo4j', 'wrong-password'));
      await expect(wrong.verifyConnectivity()).rejects.toThrow(/authentication|unauthorized/i);
      await wrong.close();
    } finally {
      await cypher(graph, 'MATCH (p:Probe) DELETE p');
    }
    // Not a node of the import's batches, and the mutation's version is the one before.
    expect(await cypher(graph, "MATCH (n) WHERE n.id STARTS WITH 'stop-' RETURN toString(count(n)) AS n")).toEqual([{ n: '0' }]);
    expect((await request(server.url, NodeVersionDocument, { id: 'sys-elster' })).node!.version).toBe(state.version);
    expect(await snapshot(graph)).toEqual(state.before);
  }, 180_000);
});
