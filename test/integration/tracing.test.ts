import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Kind, visit } from 'graphql';
import protobuf from 'protobufjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProjectsWithNeighboursDocument, SystemNeighboursDocument, request } from '../../src/client/index.js';
import { CYPHER_DIR, PROJECT_ROOT, loadConfig } from '../../src/config/index.js';
import { CypherCatalog } from '../../src/graph/index.js';
import { startTracing } from '../../src/server/index.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';
import { startServerProcess, type ServerProcess } from '../helpers/processes.js';
import { loadShippedGraph } from '../helpers/shipped.js';

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
}

const PROTO_ROOT = join(PROJECT_ROOT, 'test', 'fixtures', 'opentelemetry-proto');
const SPAN_KIND = { SERVER: 2, CLIENT: 3 };

/**
 * An OTLP/HTTP trace receiver on loopback: POST /v1/traces with an ExportTraceServiceRequest in protobuf, decoded
 * with the official opentelemetry-proto definitions; answers as a collector does (200, empty response message).
 */
async function otlpReceiver() {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_ROOT, target);
  root.loadSync('opentelemetry/proto/collector/trace/v1/trace_service.proto', { keepCase: false });
  const Request = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
  const Response = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse');
  const spans: Span[] = [];
  const resources: Record<string, unknown>[] = [];
  const problems: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces' || req.headers['content-type'] !== 'application/x-protobuf') {
        problems.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
        res.writeHead(404).end();
        return;
      }
      const message = Request.toObject(Request.decode(Buffer.concat(chunks)), { bytes: String, longs: String, defaults: true }) as {
        resourceSpans: { resource: { attributes: KeyValue[] }; scopeSpans: { spans: RawSpan[] }[] }[];
      };
      for (const rs of message.resourceSpans) {
        resources.push(attributes(rs.resource.attributes));
        for (const ss of rs.scopeSpans) for (const s of ss.spans) spans.push(toSpan(s));
      }
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end(Response.encode(Response.create({})).finish());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    resources,
    problems,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

type KeyValue = { key: string; value: { stringValue?: string; intValue?: string; boolValue?: boolean; doubleValue?: number; value?: string } };
type RawSpan = { traceId: string; spanId: string; parentSpanId: string; name: string; kind: number; attributes: KeyValue[] };
const hex = (base64: string) => Buffer.from(base64, 'base64').toString('hex');
function attributes(list: KeyValue[]): Record<string, string | number | boolean> {
  return Object.fromEntries(
    list.map(({ key, value }) => [key, value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : (value.boolValue ?? value.doubleValue ?? ''))]),
  );
}
const toSpan = (s: RawSpan): Span => ({ traceId: hex(s.traceId), spanId: hex(s.spanId), parentSpanId: hex(s.parentSpanId), name: s.name, kind: s.kind, attributes: attributes(s.attributes) });

describe('traces over OTLP/HTTP', () => {
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let server: ServerProcess;

  beforeAll(async () => {
    const graph = await openTestGraph();
    await loadShippedGraph(graph);
    await graph.close();
    receiver = await otlpReceiver();
    server = await startServerProcess({ NEO4J_URI: testConfig().neo4j.uri!, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_SERVICE_NAME: 'strategiegraph-test' });
  });
  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
  });

  /** The spans of a trace once its server span has arrived (the exporter sends in batches). */
  const spansOf = (traceId: string) =>
    vi.waitFor(
      () => {
        const ours = receiver.spans.filter((s) => s.traceId === traceId);
        if (!ours.some((s) => s.kind === SPAN_KIND.SERVER)) throw new Error(`${ours.length} spans of the trace so far`);
        return ours;
      },
      { timeout: 20_000, interval: 200 },
    );
  /** fetch as a caller in the trace `traceId` (W3C traceparent, the caller's span `parent`). */
  const tracedFetch = (traceId: string, parent: string) => (url: string | URL | Request, init?: RequestInit) =>
    fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), traceparent: `00-${traceId}-${parent}-01` } });

  it('are off unless OTEL_EXPORTER_OTLP_ENDPOINT is set', () => {
    expect(startTracing(loadConfig({}).tracing, '0')).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing.endpoint).toBe('http://collector:4318');
  });

  it('show a request as HTTP → parse, validate, execute → resolvers of relationship fields → one span per Cypher statement', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const { node } = await request(server.url, SystemNeighboursDocument, { id: 'sys-elster' }, { fetch: tracedFetch(traceId, callerSpan) });
    expect(node?.id).toBe('sys-elster');

    const spans = await spansOf(traceId);
    expect(receiver.problems).toEqual([]);
    expect(receiver.resources[0]).toMatchObject({ 'service.name': 'strategiegraph-test', 'service.version': expect.any(String) });
    const byName = (name: string) => spans.filter((s) => s.name === name);
    const one = (name: string) => {
      const found = byName(name);
      expect(found, name).toHaveLength(1);
      return found[0]!;
    };

    // The caller's trace context is continued (W3C traceparent).
    const http = one('POST /graphql');
    expect(http).toMatchObject({ kind: SPAN_KIND.SERVER, parentSpanId: callerSpan });
    expect(http.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/graphql', 'http.response.status_code': 200 });
    for (const phase of ['graphql.parse', 'graphql.validate', 'graphql.execute']) expect(one(phase).parentSpanId, phase).toBe(http.spanId);
    const execute = one('graphql.execute');
    expect(execute.attributes).toMatchObject({ 'graphql.operation.name': 'SystemNeighbours', 'graphql.operation.type': 'query' });

    const root = one('Query.node');
    expect(root.parentSpanId).toBe(execute.spanId);
    // Every relationship field the operation selects on System (read from the document, not listed by hand).
    const selected: string[] = [];
    visit(SystemNeighboursDocument, {
      InlineFragment: (f) => {
        if (f.typeCondition?.name.value === 'System') for (const s of f.selectionSet.selections) if (s.kind === Kind.FIELD) selected.push(`System.${s.name.value}`);
      },
    });
    expect(selected.length).toBeGreaterThan(5);
    const relationships = selected.map(one);
    for (const field of relationships) expect(field.parentSpanId, field.name).toBe(root.spanId);

    // Every statement is a span under the resolver that caused it, named by its catalogue entry. node(id:) reads
    // the node and the relationship fields under it in one statement (planned, see plan.ts): under Query.node.
    const catalog = new CypherCatalog(CYPHER_DIR);
    const statementsUnder = (all: readonly Span[], resolvers: readonly Span[]) => {
      const statements = all.filter((s) => s.name.startsWith('cypher '));
      const resolverIds = new Set(resolvers.map((s) => s.spanId));
      for (const s of statements) {
        expect(s.kind).toBe(SPAN_KIND.CLIENT);
        expect(s.attributes).toMatchObject({ 'db.system.name': 'neo4j', 'db.namespace': 'neo4j', 'db.query.summary': s.name.slice('cypher '.length) });
        expect(() => catalog.get(String(s.attributes['db.query.summary']))).not.toThrow();
        expect(resolverIds.has(s.parentSpanId), `${s.name} under a resolver: ${all.find((p) => p.spanId === s.parentSpanId)?.name}`).toBe(true);
      }
      return statements;
    };
    const statements = statementsUnder(spans, [root, ...relationships]);
    expect(statements.map((s) => [s.name, s.parentSpanId])).toEqual([['cypher read/nodes-planned', root.spanId]]);
    // Never the parameters: the id asked for appears in no attribute of any span.
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain('sys-elster');

    // Relationship fields under the nodes of a list fetch through their own loaders: statements under their spans.
    const listTrace = randomBytes(16).toString('hex');
    const { projects } = await request(server.url, ProjectsWithNeighboursDocument, { first: 1 }, { fetch: tracedFetch(listTrace, callerSpan) });
    expect(projects.nodes).toHaveLength(1);
    const listSpans = await spansOf(listTrace);
    const listRoot = listSpans.filter((s) => s.name === 'Query.projects');
    const listFields = listSpans.filter((s) => s.name.startsWith('Project.'));
    const listStatements = statementsUnder(listSpans, [...listRoot, ...listFields]);
    expect(listStatements.length).toBeGreaterThanOrEqual(2);
    expect(listStatements.some((s) => listFields.some((r) => r.spanId === s.parentSpanId))).toBe(true);
  });

  it("parse and validate a document once: a repeated document comes from Apollo's document store, only executed", async () => {
    // A document no earlier request sent (a fresh alias), sent twice, each time in a trace of its own.
    const query = `{ node(id: "sys-elster") { id once${randomBytes(4).toString('hex')}: id } }`;
    const phases = async () => {
      const traceId = randomBytes(16).toString('hex');
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
        body: JSON.stringify({ query }),
      });
      expect(((await response.json()) as { data: { node: { id: string } } }).data.node.id).toBe('sys-elster');
      const spans = await spansOf(traceId);
      return spans.map((s) => s.name).filter((name) => name.startsWith('graphql.')).sort();
    };
    expect(await phases()).toEqual(['graphql.execute', 'graphql.parse', 'graphql.validate']);
    expect(await phases()).toEqual(['graphql.execute']);
  });
});
