import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

/**
 * The GraphQL-over-HTTP audit suite (graphql-http serverAudits) against the real HTTP server. Every MUST
 * passes. The SHOULD and MAY audits Apollo Server answers differently are listed here and in the README:
 */
const KNOWN_WARNINGS: Record<string, string> = {
  // Apollo answers 400 instead of the suggested 200 for application/json requests that fail to parse,
  // validate or coerce variables (status400ForVariableCoercionErrors; its documented default).
  '572B': 'application/json: 400 for a document that fails to parse',
  FDE2: 'application/json: 400 for a document that fails validation',
  '7B9B': 'application/json: 400 for variables that fail to coerce',
};

describe('GraphQL over HTTP compliance', () => {
  let graph: Graph;
  let server: RunningServer;
  const outcomes: { id: string; name: string; status: string; reason?: string }[] = [];

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    const http = await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig() });
    server = await http.listen(0, '127.0.0.1');
    for (const audit of serverAudits({ url: () => server.url, fetchFn: fetch })) {
      const result = await audit.fn();
      outcomes.push({ id: audit.id, name: audit.name, status: result.status, reason: 'reason' in result ? String(result.reason) : undefined });
    }
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('passes every MUST audit', () => {
    expect(outcomes.length).toBeGreaterThan(40);
    expect(outcomes.filter((o) => o.status === 'error')).toEqual([]);
  });

  it('has no SHOULD warnings beyond the known, documented ones', () => {
    const warnings = outcomes.filter((o) => o.status === 'warn').map((o) => o.id);
    expect(warnings.filter((id) => !(id in KNOWN_WARNINGS))).toEqual([]);
  });
});
