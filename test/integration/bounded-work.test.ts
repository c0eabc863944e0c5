import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStats, openGraph, type Graph } from '../../src/graph/index.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer, type ServerSettings } from '../../src/server/index.js';
import { cypher, openTestGraph, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
};

/**
 * Work bounded by its real size and its time: traversal pages priced by `first`, introspection counted, answers no
 * larger than the configured size, and a request's statements sharing one deadline.
 */
describe('bounded work', () => {
  let graph: Graph;
  const servers: RunningServer[] = [];
  const graphs: Graph[] = [];

  async function serve(env: Record<string, string> = {}, settings: Partial<ServerSettings> = {}): Promise<string> {
    const config = testConfig(env);
    const executorGraph = env.NEO4J_TX_TIMEOUT_MS ? openGraph(config.neo4j, config.neo4j.uri!) : graph;
    if (executorGraph !== graph) graphs.push(executorGraph);
    const http = await createHttpServer({ executor: executorGraph.executor, logger: createLogger('silent'), settings: { ...config, ...settings } });
    const running = await http.listen(0, '127.0.0.1');
    servers.push(running);
    return running.url;
  }

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    for (const g of graphs) await g.close();
    await graph.close();
  });

  it('refuses the 15-alias impact request of the issue with QUERY_TOO_COMPLEX before any Cypher runs', async () => {
    const url = await serve();
    const one = 'impact(of: "sys-elster", maxDepth: 6) { affected { nodes { node { relationships(first: 300) { type node { id name } } } } } }';
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${one}`).join(' ')} }`;
    const before = await cypher(graph, "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'strategiegraph' RETURN count(*) AS n");
    const { status, body } = await post(url, { query });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(body.errors?.[0]?.extensions?.actual as number).toBeGreaterThan(1_000_000);
    expect(Number(before[0]!.n)).toBe(0);
    // Page sizes count: the same traversal with a page 10 times larger costs about 10 times as much.
    const cost = async (first: number) =>
      (await post(url, { query: `{ projectsTouching(target: "sys-elster", first: ${first}) { nodes { project { relationships(first: 500) { type } } } } }` })).body.errors?.[0]
        ?.extensions?.actual as number | undefined;
    expect(await cost(100)).toBeUndefined(); // 100 × 500 fits
    expect(await cost(1000)).toBeGreaterThan(500_000);
  });

  it('prices the lists that grow with the graph by the graph\'s real size', async () => {
    const url = await serve();
    const [counts] = await cypher<{ goals: number; contributors: number }>(
      graph,
      'RETURN COUNT { (:Goal) } AS goals, COUNT { (n) WHERE n:Project OR n:Programme OR n:System OR n:Standard OR n:Theme } AS contributors',
    );
    const { goals, contributors } = counts!;
    expect(Number(goals)).toBeGreaterThan(10);
    // Priced as 10 × 10 lists this was about 50,000; by the real size it is goals × contributors × 502.
    const { body } = await post(url, { query: '{ goalCoverage { contributions { node { relationships(first: 500) { type } } } } }' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(body.errors?.[0]?.extensions?.actual as number).toBeGreaterThanOrEqual(Number(goals) * Number(contributors) * 502);
    const small = await post(url, { query: '{ goalCoverage { goal { id } covered } coverage { covered } }' });
    expect(small.body.errors).toBeUndefined();
  });

  it('counts introspection in the alias, depth and cost limits', async () => {
    const url = await serve({}, { introspection: true });
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`;
    expect((await post(url, { query: aliases })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    const deep = `{ __schema { types { ${'ofType { '.repeat(16)}name${' }'.repeat(16)} } } }`;
    expect((await post(url, { query: deep })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
    const costly = `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: __schema { types { fields { args { name type { name } } type { fields { name } } } } }`).join(' ')} }`;
    expect((await post(url, { query: costly })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    // GraphiQL's own introspection still fits.
    const { getIntrospectionQuery } = await import('graphql');
    const ok = await post(url, { query: getIntrospectionQuery() });
    expect([ok.status, ok.body.errors]).toEqual([200, undefined]);
  });

  it('refuses an answer larger than LIMIT_ANSWER_BYTES with QUERY_TOO_COMPLEX, as JSON', async () => {
    const url = await serve({ LIMIT_ANSWER_BYTES: '2000' });
    const small = await post(url, { query: '{ node(id: "sys-elster") { id name } }' });
    expect(small.status).toBe(200);
    const { status, body } = await post(url, { query: '{ projects(first: 100) { nodes { id name description } } }' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'answerBytes', max: 2000 });
  });

  /** Holds the nodes' locks in another transaction while `work` runs: writes to them wait. */
  async function whileLocked<T>(ids: string[], work: () => Promise<T>): Promise<T> {
    const session = graph.driver.session({ database: 'neo4j' });
    const blocker = await session.beginTransaction();
    await blocker.run('MATCH (n:Node) WHERE n.id IN $ids SET n.blocked = true', { ids });
    try {
      return await work();
    } finally {
      await blocker.rollback();
      await session.close();
    }
  }

  const updateOf = async (id: string) => {
    const [v] = await cypher<{ version: number }>(graph, 'MATCH (n:Node {id: $id}) RETURN n.version AS version', { id });
    return `mutation { updateNode(id: "${id}", expectedVersion: ${Number(v!.version)}, input: { note: "late" }) { id } }`;
  };

  it('gives each statement only what is left of its request\'s time, and starts none after it', async () => {
    // The executor's own timeout is the default 15 s; the request has 400 ms.
    const stats = newStats(undefined, Date.now() + 400);
    const started = Date.now();
    const error = await whileLocked(['sys-elster'], () =>
      graph.executor.transaction('write', (tx) => tx.run('write/node-lock', { id: 'sys-elster' }), { stats }).catch((e: unknown) => e),
    );
    expect((error as { code?: string }).code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2_000);
    const late = await graph.executor.query('read/ready', {}, { stats }).catch((e: unknown) => e);
    expect((late as { code?: string }).code).toBe('QUERY_TIMEOUT');
    expect(stats.statements).toBe(1);
  });

  it('ends a request within its time (+1 s) with QUERY_TIMEOUT', async () => {
    const timeout = 800;
    const url = await serve({ NEO4J_TX_TIMEOUT_MS: String(timeout) });
    const { key } = await new ApiKeyRepository(graph.executor).create('bounded work test', 'editor', 'test');
    const mutation = await updateOf('sys-elster');
    const { body, took } = await whileLocked(['sys-elster'], async () => {
      const started = Date.now();
      const answer = await post(url, { query: mutation }, { authorization: `Bearer ${key}` });
      return { ...answer, took: Date.now() - started };
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(took).toBeLessThan(timeout + 1000);
  });

  it('refuses expensive requests beyond the lane\'s queue with SERVER_BUSY, and lets cheap ones pass', async () => {
    const url = await serve({ LIMIT_LANE_COST: '1000', LIMIT_LANE_QUEUE: '0', LIMIT_COST: '250000', LIMIT_LANE_CAPACITY: '250000' });
    const heavy = '{ projects(first: 100) { nodes { relationships(first: 500) { type node { id name } } } } }';
    const answers = await Promise.all([post(url, { query: heavy }), post(url, { query: heavy }), post(url, { query: heavy }), post(url, { query: '{ node(id: "sys-elster") { id } }' })]);
    const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes[3]).toBe('OK');
    expect(codes.slice(0, 3)).toContain('OK');
    expect(codes.slice(0, 3)).toContain('SERVER_BUSY');
    const busy = answers.find((a) => a.body.errors?.[0]?.extensions?.code === 'SERVER_BUSY')!;
    expect(busy.status).toBe(503);
  });
});
