import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CoverageMatrixDocument, ModelDocument } from '../../src/client/index.js';
import type { Graph } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer, type ServerSettings } from '../../src/server/index.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

/** The metric families the issue names (and the two pool gauges), nothing else under strategiegraph_. */
const OUR_METRICS = [
  'strategiegraph_graphql_request_duration_seconds',
  'strategiegraph_graphql_requests_total',
  'strategiegraph_neo4j_pool_connections_idle',
  'strategiegraph_neo4j_pool_connections_in_use',
  'strategiegraph_neo4j_query_duration_seconds',
  'strategiegraph_neo4j_round_trips_total',
  'strategiegraph_rejected_requests_total',
];

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format (0.0.4): # TYPE lines and samples `name{label="value",…} number`. */
function parseMetrics(text: string): { types: Map<string, string>; samples: Sample[] } {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    if (line === '' || line.startsWith('#')) continue;
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample) throw new Error(`not a sample line: ${line}`);
    const labels = Object.fromEntries([...(sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
    samples.push({ name: sample[1]!, labels, value: Number(sample[3]) });
  }
  return { types, samples };
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((a, s) => a + s.value, 0);

describe('logs and metrics of the HTTP server', () => {
  let graph: Graph;
  const lines: Record<string, any>[] = [];
  const servers: RunningServer[] = [];

  async function serve(settings: Partial<ServerSettings> = {}): Promise<RunningServer> {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')));
        done();
      },
    });
    const logger = createLogger('info', { format: 'json', destination });
    const http = await createHttpServer({ executor: graph.executor, logger, settings: { ...testConfig(), debugExtensions: true, ...settings } });
    const running = await http.listen(0, '127.0.0.1');
    servers.push(running);
    return running;
  }

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const documentId = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
  /** The request's line: written when the response has closed, a moment after the client got it. */
  const lineOf = (requestId: string) => vi.waitFor(() => {
    const line = lines.find((l) => l.requestId === requestId && l.msg === 'request');
    if (!line) throw new Error(`no log line for ${requestId}`);
    return line;
  });

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await graph.close();
  });

  it('logs one line per request: request id, operation, duration, round trips, outcome, and never a secret', async () => {
    const server = await serve();
    const ok = await post(server.url, { documentId: documentId(CoverageMatrixDocument) });
    const body = (await ok.json()) as { data: unknown; extensions: { strategiegraph: { roundTrips: number; requestId: string } } };
    const id = ok.headers.get('x-request-id')!;
    expect(id).toBe(body.extensions.strategiegraph.requestId);
    const line = await lineOf(id);
    expect(line).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      msg: 'request',
      requestId: id,
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      operation: 'CoverageMatrix',
      roundTrips: body.extensions.strategiegraph.roundTrips,
      outcome: 'OK',
    });
    expect(line.roundTrips).toBeGreaterThan(0);
    expect(line.durationMs).toBeGreaterThan(0);

    // An id from a proxy in front is kept; a failed request logs its error code.
    const invalid = await post(server.url, { query: 'query Broken { noSuchField }' }, { 'x-request-id': 'edge-4711' });
    expect(invalid.headers.get('x-request-id')).toBe('edge-4711');
    expect(await lineOf('edge-4711')).toMatchObject({ operation: 'Broken', outcome: 'GRAPHQL_VALIDATION_FAILED', roundTrips: 0, status: 400 });

    const refused = await post(server.url, { query: '{ model { kinds { kind } } }' }, { authorization: 'Bearer sg_top-secret-credential' });
    expect(refused.status).toBe(401);
    expect(await lineOf(refused.headers.get('x-request-id')!)).toMatchObject({ outcome: 'UNAUTHENTICATED', status: 401 });
    const malformed = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(await lineOf(malformed.headers.get('x-request-id')!)).toMatchObject({ outcome: 'BAD_REQUEST', status: 400 });
    expect(JSON.stringify(lines)).not.toContain('top-secret');
  });

  it('serves Prometheus metrics: the named families, the process defaults, bounded operation labels', async () => {
    const server = await serve();
    await post(server.url, { documentId: documentId(CoverageMatrixDocument) });
    await post(server.url, { documentId: documentId(CoverageMatrixDocument) });
    await post(server.url, { documentId: documentId(ModelDocument) });
    // Neither an unnamed operation nor one that is not a trusted document gets a label of its own.
    await post(server.url, { query: '{ model { kinds { kind } } }' });
    await post(server.url, { query: 'query MyOwnName { model { kinds { kind } } }' });
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: model { kinds { kind } }`).join(' ');
    expect((await post(server.url, { query: `{ ${aliases} }` })).status).toBe(400);
    expect((await post(server.url, { query: '{ model { kinds { kind } } }' }, { authorization: 'Bearer nope' })).status).toBe(401);

    const response = await fetch(server.metricsUrl);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const { types, samples } = parseMetrics(await response.text());
    expect([...types.keys()].filter((n) => n.startsWith('strategiegraph_')).sort()).toEqual(OUR_METRICS);
    expect(types.get('strategiegraph_graphql_request_duration_seconds')).toBe('histogram');
    expect(types.get('strategiegraph_neo4j_query_duration_seconds')).toBe('histogram');
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
      expect(types.has(name), name).toBe(true);
    }

    const requests = 'strategiegraph_graphql_requests_total';
    expect(value(samples, requests, { operation: 'CoverageMatrix', outcome: 'OK' })).toBe(2);
    expect(value(samples, requests, { operation: 'Model', outcome: 'OK' })).toBe(1);
    expect(value(samples, requests, { operation: '(other)', outcome: 'OK' })).toBe(2);
    expect(value(samples, requests, { outcome: 'QUERY_TOO_COMPLEX' })).toBe(1);
    expect(new Set(samples.filter((s) => s.name === requests).map((s) => s.labels.operation))).toEqual(new Set(['CoverageMatrix', 'Model', '(other)']));
    expect(value(samples, 'strategiegraph_graphql_request_duration_seconds_count', { operation: 'CoverageMatrix', outcome: 'OK' })).toBe(2);
    expect(value(samples, 'strategiegraph_rejected_requests_total', { code: 'QUERY_TOO_COMPLEX' })).toBe(1);
    expect(value(samples, 'strategiegraph_rejected_requests_total', { code: 'UNAUTHENTICATED' })).toBe(1);

    // CoverageMatrix runs read/analysis/coverage once per request (the debug extension counts the same statements).
    expect(value(samples, 'strategiegraph_neo4j_round_trips_total', { statement: 'read/analysis/coverage', mode: 'read' })).toBe(2);
    expect(value(samples, 'strategiegraph_neo4j_query_duration_seconds_count', { statement: 'read/analysis/coverage', outcome: 'ok' })).toBe(2);
    expect(value(samples, 'strategiegraph_neo4j_pool_connections_idle')).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'strategiegraph_neo4j_pool_connections_in_use')).toBeGreaterThanOrEqual(0);
  });

  it('serves /metrics on METRICS_PORT instead of the main port, behind the bearer token when one is set', async () => {
    const server = await serve({ metrics: { port: 0, token: 'scrape-token-1' } });
    expect(new URL(server.metricsUrl).port).not.toBe(new URL(server.url).port);
    expect((await fetch(server.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    const anonymous = await fetch(server.metricsUrl);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await fetch(server.metricsUrl, { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
    const scraped = await fetch(server.metricsUrl, { headers: { authorization: 'Bearer scrape-token-1' } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('# TYPE strategiegraph_graphql_requests_total counter');
  });
});
