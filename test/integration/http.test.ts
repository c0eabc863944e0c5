import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImpactDocument, request, GraphQLRequestError } from '../../src/client/index.js';
import { SCHEMA_FILE } from '../../src/config/index.js';
import type { Graph } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

describe('the HTTP server', () => {
  let graph: Graph;
  let server: RunningServer;
  const base = () => server.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    const http = await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: { ...testConfig(), debugExtensions: true } });
    server = await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('answers typed operations over HTTP with the generated client', async () => {
    const data = await request(server.url, ImpactDocument, { of: 'ELSTER', maxDepth: 2 });
    expect(data.impact.of.id).toBe('sys-elster');
    expect(data.impact.projects.nodes.map((p) => p.id)).toContain('zapuk');
  });

  it('reports round trips and a request id in a debug extension and the X-Request-Id header', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Two statements: node(id:) with its relationship fields planned into one, and the lookup.
      body: JSON.stringify({ query: '{ node(id: "sys-elster") { id ... on System { operators { id } } } lookup(ref: "ELSTER") { id } }' }),
    });
    const body = (await response.json()) as { extensions: { strategiegraph: { roundTrips: number; requestId: string } } };
    expect(body.extensions.strategiegraph.roundTrips).toBe(2);
    expect(response.headers.get('x-request-id')).toBe(body.extensions.strategiegraph.requestId);
  });

  it("runs without Apollo's cache-control plugin (no @cacheControl hint in the schema) and answers Cache-Control: no-store", async () => {
    // Apollo installs the plugin unless one with its id is given; installed, it hooks every resolved field.
    const plugins = (server.apollo as unknown as { internals: { plugins: Record<string, unknown>[] } }).internals.plugins;
    const cacheControl = plugins.filter((p) => p.__internal_plugin_id__ === 'CacheControl');
    expect(cacheControl).toEqual([expect.objectContaining({ __is_disabled_plugin__: true })]);
    // The premise: a schema with hints would need the plugin back.
    expect(readFileSync(SCHEMA_FILE, 'utf8')).not.toContain('cacheControl');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "sys-elster") { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('gives errors a code and never a stack trace', async () => {
    const error = await request(server.url, ImpactDocument, { of: 'nirgendwo' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('NOT_FOUND');
    const raw = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nodez { id } }' }),
    });
    const text = await raw.text();
    expect(text).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(text).not.toMatch(/stacktrace|\bat \w+ \(/i);
  });

  it('serves GraphiQL to browsers from its own files (no CDN), with the example queries', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.every((s) => s.startsWith('/graphiql/'))).toBe(true);
    for (const asset of scripts) {
      const response = await fetch(base() + asset);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
    const tabs = (await (await fetch(`${base()}/graphiql/examples.json`)).json()) as { query: string }[];
    expect(tabs.length).toBeGreaterThanOrEqual(5);
    expect(tabs.some((t) => t.query.includes('projectsTouching'))).toBe(true);
  });

  it('feeds the example dashboard built on the generated client (examples/coverage-dashboard.ts)', async () => {
    // Asynchronously: the server answering the script runs in this process.
    const run = await promisify(execFile)(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'examples/coverage-dashboard.ts', server.url], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Zielbild Datennutzung');
    expect(run.stdout).toMatch(/Zielbilder without any project or programme yet: .*Zielbild Informationssicherheit/);
    expect(run.stdout).toMatch(/Goals nothing advances yet: .*Experten-Hubs/);
    expect(run.stdout).toMatch(/Belonging to no single Schwerpunktthema: 15\.000\.000\s€; every known budget: 15\.000\.000\s€/);
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${base()}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status).toBe(200);
  });
});
