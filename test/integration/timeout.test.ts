import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeVersionDocument, UpdateNodeDocument } from '../../src/client/index.js';
import { openGraph, type Graph } from '../../src/graph/index.js';
import { createTestApi } from '../helpers/api.js';
import { cypher, openTestGraph, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

describe('the transaction timeout', () => {
  let graph: Graph;
  let impatient: Graph;

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    const config = testConfig({ NEO4J_TX_TIMEOUT_MS: '500' });
    impatient = openGraph(config.neo4j, config.neo4j.uri!);
  });
  afterAll(async () => {
    await impatient.close();
    await graph.close();
  });

  it('stops a query that runs past it with QUERY_TIMEOUT and leaves nothing running in Neo4j', async () => {
    const api = await createTestApi(impatient);
    const { node } = await api.data(NodeVersionDocument, { id: 'sys-elster' });
    // Another transaction holds the node's lock, so the mutation waits … past its timeout.
    const session = graph.driver.session({ database: 'neo4j' });
    const blocker = await session.beginTransaction();
    await blocker.run("MATCH (n:Node {id: 'sys-elster'}) SET n.blocked = true");
    try {
      const result = await api.run(UpdateNodeDocument, { id: 'sys-elster', expectedVersion: node!.version, input: { note: 'late' } }, { kind: 'apiKey', subject: 't', role: 'editor' });
      expect(result.errors[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      const running = await cypher(graph, "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'strategiegraph' RETURN count(*) AS n");
      expect(Number(running[0]!.n)).toBe(0);
    } finally {
      await blocker.rollback();
      await session.close();
      await api.stop();
    }
    const { node: after } = await (await createTestApi(graph)).data(NodeVersionDocument, { id: 'sys-elster' });
    expect(after!.version).toBe(node!.version);
  });
});
