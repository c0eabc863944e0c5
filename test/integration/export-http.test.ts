import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, type Graph } from '../../src/graph/index.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

/** The bytes as UTF-8 text, a byte order mark kept (TextDecoder, and so fflate's strFromU8, drops it). */
const utf8 = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('GET /export', () => {
  let graph: Graph;
  let open: RunningServer;
  let adminKey: string;
  let editorKey: string;
  const base = (s: RunningServer) => s.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    const keys = new ApiKeyRepository(graph.executor);
    adminKey = (await keys.create('export admin', 'admin', 'test')).key;
    editorKey = (await keys.create('export editor', 'editor', 'test')).key;
    open = await (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig() })).listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await open.stop();
    await graph.close();
  });

  const get = (server: RunningServer, query: string, token: string | null = adminKey) =>
    fetch(`${base(server)}/export?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('is for everyone who may read, as GraphQL: anonymous readers while ANONYMOUS_READ is on, viewers, editors; bad credentials 401', async () => {
    const viewerKey = (await new ApiKeyRepository(graph.executor).create('export viewer', 'viewer', 'test')).key;
    for (const token of [null, viewerKey, editorKey, adminKey]) expect((await get(open, 'format=json', token)).status).toBe(200);
    for (const token of ['sgk_forged', 'not-a-jwt']) {
      const response = await get(open, 'format=json', token);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      const graphql = await fetch(open.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query":"{ __typename }"}' });
      expect(graphql.status).toBe(401);
    }

    const closed = await (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig({ ANONYMOUS_READ: 'false' }) })).listen(0, '127.0.0.1');
    try {
      const anonymous = await get(closed, 'format=json', null);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      expect((await get(closed, 'format=json', viewerKey)).status).toBe(200);
    } finally {
      await closed.stop();
    }
  });

  it.each([
    ['a repeated node', 'format=json&node=ELSTER&node=FITKO', 'node'],
    ['a bracketed parameter', 'format=json&node[a]=b', 'node[a]'],
    ['depth without node', 'format=json&depth=2', 'depth'],
    ['a repeated format', 'format=json&format=csv', 'format'],
    ['an unknown parameter', 'format=json&nodes=ELSTER', 'nodes'],
    ['a depth that is not a number', 'format=json&node=ELSTER&depth=zwei', 'depth'],
  ])('refuses %s with 400 BAD_USER_INPUT instead of exporting the whole graph', async (_what, query, argument) => {
    const response = await get(open, query);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string; argument: string } }).error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('sends XLSX as a workbook, and CSV in the dialect asked for', async () => {
    const xlsx = await get(open, 'format=xlsx', null);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename=strategiegraph.xlsx');
    // A workbook is a zip holding one worksheet per sheet.
    const parts = Object.keys(unzipSync(new Uint8Array(await xlsx.arrayBuffer())));
    expect(parts).toContain('xl/workbook.xml');
    expect(parts.filter((p) => p.startsWith('xl/worksheets/sheet')).length).toBe((await exportGraph(graph.executor, { format: 'csv' })).files.length);

    const rfc = unzipSync(new Uint8Array(await (await get(open, 'format=csv&csvDialect=rfc4180', null)).arrayBuffer()));
    const expected = (await exportGraph(graph.executor, { format: 'csv', csvDialect: 'rfc4180' })).files;
    for (const f of expected) expect(utf8(rfc[f.name]!)).toBe(f.content);
    expect(utf8(rfc['nodes-System.csv']!).startsWith('id,name,')).toBe(true);
    expect(utf8(unzipSync(new Uint8Array(await (await get(open, 'format=csv', null)).arrayBuffer()))['nodes-System.csv']!).startsWith('\uFEFFid;name;')).toBe(true);
  });

  it('sends the export as a download, the same file the export logic writes', async () => {
    const response = await get(open, 'format=archimate');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=strategiegraph.archimate.xml');
    expect(await response.text()).toBe((await exportGraph(graph.executor, { format: 'archimate' })).files[0]!.content);

    const neighbourhood = await get(open, 'format=json&node=ELSTER&depth=1');
    const expected = await exportGraph(graph.executor, { format: 'json', around: { id: 'sys-elster', depth: 1 } });
    expect(await neighbourhood.text()).toBe(expected.files[0]!.content);
  });

  it('sends CSV as a zip of one file per kind and relationship type', async () => {
    const response = await get(open, 'format=csv');
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const expected = (await exportGraph(graph.executor, { format: 'csv' })).files;
    expect(Object.keys(files).sort()).toEqual(expected.map((f) => f.name).sort());
    for (const f of expected) expect(utf8(files[f.name]!)).toBe(f.content);
  });

  it('answers bad requests with a code', async () => {
    const format = await get(open, 'format=pdf');
    expect(format.status).toBe(400);
    expect(((await format.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    const dialect = await get(open, 'format=csv&csvDialect=excel-us');
    expect(dialect.status).toBe(400);
    expect(((await dialect.json()) as { error: { message: string } }).error.message).toBe('csvDialect must be one of excel-de, rfc4180');
    expect((await get(open, 'format=json&node=nirgendwo')).status).toBe(404);
    expect((await get(open, 'format=json&node=ELSTER&depth=9')).status).toBe(400);
    const day = await get(open, 'format=json&asOf=2025-02-30');
    expect(day.status).toBe(400);
    expect(((await day.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'BAD_USER_INPUT', message: "asOf must be a date YYYY-MM-DD, got '2025-02-30'." });
  });

  it('exports every fact whatever its period, or with asOf only what holds that day', async () => {
    type Doc = { nodes: { id: string }[]; relationships: { from: string; type: string; to: string }[] };
    const doc = async (query: string) => (await (await get(open, query)).json()) as Doc;
    const chairs = (d: Doc) => d.relationships.filter((r) => r.type === 'CHAIRS' && r.to === 'org-it-planungsrat').map((r) => r.from).sort();
    const all = await doc('format=json');
    const before = await doc('format=json&asOf=2025-05-01');
    const after = await doc('format=json&asOf=2025-11-26');
    // The BMDS from its founding decree of 2025-05-06 (data/04-institutionen-und-personen.yaml).
    expect(all.nodes.map((n) => n.id)).toContain('org-bmds');
    expect(before.nodes.map((n) => n.id)).not.toContain('org-bmds');
    expect(after.nodes.map((n) => n.id)).toContain('org-bmds');
    // A day's chairs are among all of them, and fewer.
    expect(chairs(after).every((c) => chairs(all).includes(c))).toBe(true);
    expect(chairs(after).length).toBeLessThan(chairs(all).length);
    // Every relationship of a day's export has both its ends in it.
    const ids = new Set(before.nodes.map((n) => n.id));
    expect(before.relationships.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
    // The neighbourhood of the BMDS does not exist before it does.
    expect((await get(open, 'format=json&node=org-bmds&asOf=2025-05-01')).status).toBe(404);
  });
});
