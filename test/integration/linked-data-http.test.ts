import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateNodeDocument, DeleteNodeDocument, NodeDetailsDocument, request } from '../../src/client/index.js';
import { Importer, exportGraph, type Graph } from '../../src/graph/index.js';
import { NS } from '../../src/graph/export/rdf-mapping.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { openTestGraph, testConfig, textOf } from '../helpers/graph.js';
import { parseJsonLd, parseRdf, tripleKeys } from '../helpers/rdf.js';
import { loadShippedGraph } from '../helpers/shipped.js';

const BASE = 'https://strategiegraph.example.org';
const SG = `${BASE}/vocab#`;

describe('the linked-data routes', () => {
  let graph: Graph;
  let origin: string;
  let editorKey: string;
  let adminKey: string;
  const servers: RunningServer[] = [];
  const serve = async (env: Record<string, string> = {}) => {
    const running = await (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: testConfig({ PUBLIC_BASE_URL: BASE, ...env }) })).listen(0, '127.0.0.1');
    servers.push(running);
    return running.url.replace(/\/graphql$/, '');
  };
  const get = (path: string, headers: Record<string, string> = {}, at = origin) => fetch(`${at}${path}`, { headers, redirect: 'manual' });
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;
  const sparql = async (query: string, accept = 'application/sparql-results+json', at = origin) => {
    const response = await fetch(`${at}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query', accept }, body: query });
    return response;
  };
  const bindings = async (query: string) => {
    const response = await sparql(query);
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { results: { bindings: Record<string, { value: string }>[] } }).results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  };
  const countProjects = async () => Number((await bindings('SELECT (COUNT(?p) AS ?n) WHERE { ?p a sg:Project }'))[0]!.n);

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    const keys = new ApiKeyRepository(graph.executor);
    editorKey = (await keys.create('linked-data editor', 'editor', 'test')).key;
    adminKey = (await keys.create('linked-data admin', 'admin', 'test')).key;
    origin = await serve();
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await graph.close();
  });

  describe('GET /id/<id>', () => {
    it('answers the node and its relationships with their sources, in the format asked for; all three are one graph', async () => {
      const whole = tripleKeys(parseRdf(textOf((await exportGraph(graph.executor, { format: 'ntriples', publicBaseUrl: BASE })).files[0]), 'application/n-triples'));
      const turtle = await get('/id/sys-elster', { accept: 'text/turtle' });
      expect(turtle.status).toBe(200);
      expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      expect(turtle.headers.get('vary')).toContain('Accept');
      const keys = tripleKeys(parseRdf(await turtle.text(), 'text/turtle'));
      const elster = `<${BASE}/id/sys-elster`;
      // Everything the whole graph says about the node, its sources and its relationships (either direction) …
      const about = whole.filter((k) => k.startsWith(`${elster}> `) || k.startsWith(`${elster}#`) || new RegExp(`^<${BASE}/id/[a-z0-9-]+#[A-Z_]+/sys-elster[/>]`).test(k));
      expect(about.filter((k) => k.includes('rdf-syntax-ns#Statement')).length).toBeGreaterThan(5);
      for (const k of about) expect(keys, k).toContain(k);
      // … and nothing the graph does not say (the other ends are named and typed).
      for (const k of keys) expect(whole, k).toContain(k);
      const nt = await get('/id/sys-elster', { accept: 'application/n-triples' });
      expect(tripleKeys(parseRdf(await nt.text(), 'application/n-triples'))).toEqual(keys);
      const ld = await get('/id/sys-elster', { accept: 'application/ld+json' });
      expect(ld.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      expect(tripleKeys(await parseJsonLd(await ld.text()))).toEqual(keys);
      // Plain JSON gets JSON-LD, a browser's link with ?format= the format it names, no Accept header Turtle.
      expect((await get('/id/sys-elster', { accept: 'application/json' })).headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      expect((await get('/id/sys-elster?format=ntriples', { accept: 'text/html' })).headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
      expect((await get('/id/sys-elster')).headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    });

    it('sends browsers to the node page of the dashboard', async () => {
      const response = await get('/id/sys-elster', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/dashboard#/node/sys-elster');
    });

    it('answers an unknown node with 404 and a format it cannot make with 406, as JSON with a code', async () => {
      for (const path of ['/id/nirgendwo', '/id/Not%20an%20id']) {
        const response = await get(path, { accept: 'text/turtle' });
        expect(response.status).toBe(404);
        expect((await errorOf(response)).code).toBe('NOT_FOUND');
      }
      expect((await get('/id/nirgendwo', { accept: 'text/html' })).status).toBe(404);
      const response = await get('/id/sys-elster', { accept: 'image/png' });
      expect(response.status).toBe(406);
      expect(await response.json()).toEqual({
        error: expect.objectContaining({ code: 'NOT_ACCEPTABLE', offers: ['text/turtle', 'application/ld+json', 'application/n-triples', 'text/html'] }),
      });
    });

    it('is where the API\'s iri field points', async () => {
      const { lookup: node } = await request(`${origin}/graphql`, NodeDetailsDocument, { ref: 'ELSTER' });
      expect(node?.iri).toBe(`${BASE}/id/sys-elster`);
      const response = await get(new URL(node!.iri).pathname, { accept: 'text/turtle' });
      expect(parseRdf(await response.text(), 'text/turtle').some((q) => q.subject.value === node!.iri && q.predicate.value === `${NS.rdfs}label`)).toBe(true);
    });
  });

  describe('/sparql', () => {
    it('answers the SPARQL 1.1 Protocol: GET, POST as a form and POST as application/sparql-query give the same answer', async () => {
      const query = 'SELECT ?name WHERE { sgid:sys-elster sg:supports ?s . ?s rdfs:label ?name } ORDER BY ?name';
      const viaGet = await fetch(`${origin}/sparql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
      const viaForm = await fetch(`${origin}/sparql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query }) });
      const viaBody = await sparql(query);
      const texts = await Promise.all([viaGet, viaForm, viaBody].map((r) => r.text()));
      for (const r of [viaGet, viaForm, viaBody]) {
        expect(r.status).toBe(200);
        expect(r.headers.get('content-type')).toBe('application/sparql-results+json; charset=utf-8');
      }
      expect(new Set(texts).size).toBe(1);
      const names = (JSON.parse(texts[0]!) as { results: { bindings: { name: { value: string } }[] } }).results.bindings.map((b) => b.name.value);
      expect(names).toContain('Fahrzeugzulassung (An-, Um-, Abmeldung)');
    });

    it('writes results as JSON, XML, CSV or TSV, and graphs as Turtle, N-Triples, JSON-LD or RDF/XML', async () => {
      const select = 'SELECT ?id WHERE { ?s a sg:FocusArea ; dct:identifier ?id } ORDER BY ?id';
      const csv = await sparql(select, 'text/csv');
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect((await csv.text()).trim().split(/\r?\n/)).toEqual(['id', 'st-datennutzung', 'st-digitale-anwendungen', 'st-digitale-infrastruktur', 'st-digitale-transformation', 'st-informationssicherheit']);
      expect(await (await sparql(select, 'application/sparql-results+xml')).text()).toContain('<literal>st-datennutzung</literal>');
      expect(await (await sparql(select, 'text/tab-separated-values')).text()).toContain('"st-datennutzung"');
      expect(await (await sparql('ASK { sgid:sys-elster a sg:System }')).json()).toMatchObject({ boolean: true });
      const construct = 'CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a sg:FocusArea ; rdfs:label ?l }';
      const turtle = await sparql(construct, 'text/turtle');
      expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      const keys = tripleKeys(parseRdf(await turtle.text(), 'text/turtle'));
      expect(keys).toHaveLength(5);
      expect(tripleKeys(await parseJsonLd(await (await sparql(construct, 'application/ld+json')).text()))).toEqual(keys);
      expect(await (await sparql(construct, 'application/rdf+xml')).text()).toContain('rdf:RDF');
      const notAcceptable = await sparql(select, 'text/turtle');
      expect(notAcceptable.status).toBe(406);
      expect((await errorOf(notAcceptable)).code).toBe('NOT_ACCEPTABLE');
    });

    it('is read-only: every way of sending an update is refused, and the graph stays as it was', async () => {
      const before = await countProjects();
      const update = 'INSERT DATA { sgid:x a sg:Project }';
      const attempts = [
        fetch(`${origin}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: update }),
        fetch(`${origin}/sparql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ update }) }),
        fetch(`${origin}/sparql?update=${encodeURIComponent(update)}`),
        sparql(update),
        sparql('PREFIX x: <http://x/>\n# DROP it all\nDROP ALL'),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.status).toBe(403);
        expect((await errorOf(response)).code).toBe('READ_ONLY');
      }
      expect(await countProjects()).toBe(before);
    });

    it('answers bad requests with 400 and a code, the parse error at the client\'s own line', async () => {
      const malformed = await sparql('SELECT ?s WHERE {\n  ?s ?p \n');
      expect(malformed.status).toBe(400);
      const error = await errorOf(malformed);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/error at 3:1/);
      for (const response of [
        await fetch(`${origin}/sparql`),
        await fetch(`${origin}/sparql?query=${encodeURIComponent('ASK {}')}&default-graph-uri=${encodeURIComponent('http://other/')}`),
        await fetch(`${origin}/sparql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'ASK {}' }),
      ]) {
        expect(response.status).toBe(400);
        expect((await errorOf(response)).code).toBe('BAD_USER_INPUT');
      }
      const tooLarge = await sparql(`ASK { ${'?s ?p ?o . '.repeat(20_000)} }`);
      expect(tooLarge.status).toBe(413);
      expect(await errorOf(tooLarge)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'bodyBytes' });
    });

    it('stops a query at the time limit and keeps answering; refuses an answer past the size limit', async () => {
      const timed = await serve({ SPARQL_TIMEOUT_MS: '2000' });
      const slow = await sparql('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', undefined, timed);
      expect(slow.status).toBe(504);
      expect((await errorOf(slow)).code).toBe('QUERY_TIMEOUT');
      // The engine behind the stopped query is back, with the data.
      expect(await (await sparql('ASK { sgid:sys-elster a sg:System }', undefined, timed)).json()).toMatchObject({ boolean: true });

      const small = await serve({ SPARQL_MAX_RESULT_BYTES: '5000' });
      const large = await sparql('CONSTRUCT WHERE { ?s ?p ?o }', 'text/turtle', small);
      expect(large.status).toBe(400);
      expect(await errorOf(large)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'resultBytes', max: 5000 });
      expect((await sparql('ASK { ?s ?p ?o }', undefined, small)).status).toBe(200);
    });

    it('answers from the graph as it is after every change: mutations through the API, imports, deletions', async () => {
      const before = await countProjects();
      const input = { id: 'uv-ld-test', kind: 'Project' as const, name: 'Linked-Data-Testvorhaben', description: 'Nur für den Test.', sources: [{ url: 'https://example.org/ld-test' }] };
      const created = await request(`${origin}/graphql`, CreateNodeDocument, { input }, { token: editorKey });
      expect(await countProjects()).toBe(before + 1);
      expect(await bindings('SELECT ?name WHERE { sgid:uv-ld-test rdfs:label ?name }')).toEqual([{ name: 'Linked-Data-Testvorhaben' }]);

      const file = join(mkdtempSync(join(tmpdir(), 'strategiegraph-ld-')), 'more.yaml');
      writeFileSync(file, 'nodes:\n  - id: uv-ld-import\n    kind: Project\n    name: Importiertes Testvorhaben\n    description: Nur für den Test.\n    sources: [{url: "https://example.org/ld-import"}]\n');
      await new Importer(graph.executor).importPaths([file]);
      expect(await countProjects()).toBe(before + 2);

      await request(`${origin}/graphql`, DeleteNodeDocument, { id: 'uv-ld-test', expectedVersion: created.createNode.version }, { token: editorKey });
      expect(await countProjects()).toBe(before + 1);
      expect(await (await sparql('ASK { sgid:uv-ld-test ?p ?o }')).json()).toMatchObject({ boolean: false });
    });
  });

  it('serves the whole graph in every export format as a download, the distributions of /dcat', async () => {
    const turtle = await get('/downloads/strategiegraph.ttl');
    expect(turtle.status).toBe(200);
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await turtle.text()).toBe(textOf((await exportGraph(graph.executor, { format: 'turtle', publicBaseUrl: BASE })).files[0]));
    const json = await get('/downloads/strategiegraph.json');
    expect(await json.text()).toBe(textOf((await exportGraph(graph.executor, { format: 'json' })).files[0]));
    const zip = unzipSync(new Uint8Array(await (await get('/downloads/strategiegraph-csv.zip')).arrayBuffer()));
    expect(Buffer.from(zip['nodes-System.csv']!).toString('utf8')).toMatch(/^\uFEFFid;name;[^]*\r\nsys-elster;ELSTER;/);
    const xlsx = await get('/downloads/strategiegraph.xlsx');
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Object.keys(unzipSync(new Uint8Array(await xlsx.arrayBuffer())))).toContain('xl/workbook.xml');
    expect((await get('/downloads/other.txt')).status).toBe(404);
  });

  it('describes the concept schemes with their top concepts, and the vocabulary', async () => {
    const scheme = parseRdf(await (await get('/scheme/strategie')).text(), 'text/turtle');
    expect(scheme.filter((q) => q.predicate.value === `${NS.skos}hasTopConcept`).map((q) => q.object.value)).toEqual([`${BASE}/id/foederale-digitalstrategie`]);
    expect((await get('/scheme/nirgendwo')).status).toBe(404);
    const vocabulary = parseRdf(await (await get('/vocab')).text(), 'text/turtle');
    expect(vocabulary.some((q) => q.subject.value === `${SG}Project` && q.object.value === `${NS.owl}Class`)).toBe(true);
  });

  it('exports RDF over /export for admins, with the server\'s IRIs', async () => {
    const response = await get('/export?format=ntriples&node=ELSTER', { authorization: `Bearer ${adminKey}` });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=strategiegraph.nt');
    expect(await response.text()).toBe(textOf((await exportGraph(graph.executor, { format: 'ntriples', around: { id: 'sys-elster', depth: 1 }, publicBaseUrl: BASE })).files[0]));
  });

  it('lets the same callers read as the GraphQL endpoint: with ANONYMOUS_READ=false only callers with a role; the metadata stays public', async () => {
    const closed = await serve({ ANONYMOUS_READ: 'false' });
    for (const path of ['/sparql?query=ASK%20%7B%7D', '/id/sys-elster', '/downloads/strategiegraph.ttl', '/scheme/strategie']) {
      const anonymous = await get(path, {}, closed);
      expect(anonymous.status, path).toBe(401);
      expect((await errorOf(anonymous)).code).toBe('UNAUTHENTICATED');
      expect((await get(path, { authorization: 'Bearer sgk_forged' }, closed)).status, path).toBe(401);
      expect((await get(path, { authorization: `Bearer ${editorKey}` }, closed)).status, path).toBe(200);
    }
    for (const path of ['/dcat', '/vocab']) expect((await get(path, {}, closed)).status, path).toBe(200);
  });
});
