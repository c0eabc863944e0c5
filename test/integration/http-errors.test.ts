import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';

interface Answer {
  status: number;
  type: string;
  text: string;
}

/** A raw request (fetch would refuse some of these URLs and encodings itself). */
function raw(url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type'] ?? ''), text }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** JSON with a code, nothing of the server's insides (no HTML, no stack, no path on disk). */
function expectJsonError(answer: Answer, status: number, code: string) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.type).toMatch(/^application\/json/);
  expect(answer.text).not.toMatch(/<html|<pre|at \w+ \(|\/work\/|node_modules|\.ts:\d/i);
  const body = JSON.parse(answer.text) as { error?: { code: string }; errors?: { extensions: { code: string } }[] };
  expect(body.error?.code ?? body.errors?.[0]?.extensions.code).toBe(code);
}

describe('HTTP errors are JSON with a code in every mode (development here)', () => {
  let graph: Graph;
  let server: RunningServer;
  const nodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    graph = await openTestGraph();
    // Express shows its HTML error page with a stack trace unless NODE_ENV is production.
    process.env.NODE_ENV = 'development';
    server = await (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: { ...testConfig(), introspection: true } })).listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    process.env.NODE_ENV = nodeEnv;
    await server.stop();
    await graph.close();
  });

  const json = { 'content-type': 'application/json' };

  it('answers a body that is not gzip although it says so with 400', async () => {
    expectJsonError(await raw(server.url, { method: 'POST', path: '/graphql', headers: { ...json, 'content-encoding': 'gzip' }, body: 'not gzip at all' }), 400, 'BAD_REQUEST');
    // Good gzip works.
    const ok = await raw(server.url, { method: 'POST', path: '/graphql', headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync('{"query":"{ __typename }"}') });
    expect(ok.status).toBe(200);
  });

  it('answers Content-Encoding: compress with 415', async () => {
    expectJsonError(await raw(server.url, { method: 'POST', path: '/graphql', headers: { ...json, 'content-encoding': 'compress' }, body: '{}' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body of another media type with a GraphQL error, not Apollo\'s text', async () => {
    expectJsonError(await raw(server.url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' }), 400, 'BAD_REQUEST');
  });

  it.each(['/graphiql/%E0%A4%A', '/id/%E0%A4%A', '/scheme/%E0%A4%A', '/downloads/%E0%A4%A'])('answers the malformed URL %s with 400', async (path) => {
    expectJsonError(await raw(server.url, { path }), 400, 'BAD_REQUEST');
  });

  it.each(['/nirgendwo', '/id/', '/graphiql/nothing.js', '/sparql/extra', '/dashboard/%E0%A4%A'])('answers %s, which nothing serves, with 404', async (path) => {
    expectJsonError(await raw(server.url, { path }), 404, 'NOT_FOUND');
  });

  it('answers a malformed SPARQL request and a bad body on /sparql as JSON', async () => {
    expectJsonError(
      await raw(server.url, { method: 'POST', path: '/sparql', headers: { 'content-type': 'application/sparql-query', 'content-encoding': 'gzip' }, body: 'SELECT' }),
      400,
      'BAD_REQUEST',
    );
  });

  it('answers /metrics and /dcat errors as JSON', async () => {
    expectJsonError(await raw(server.url, { path: '/metrics/%E0%A4%A' }), 404, 'NOT_FOUND');
    expectJsonError(await raw(server.url, { path: '/dcat/%E0%A4%A' }), 404, 'NOT_FOUND');
    expectJsonError(await raw(server.url, { method: 'POST', path: '/metrics', headers: json, body: '{' }), 404, 'NOT_FOUND');
  });
});
