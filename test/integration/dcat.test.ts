import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/index.js';
import type { Graph } from '../../src/graph/index.js';
import { NS } from '../../src/graph/export/rdf-mapping.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { cypher, openTestGraph, testConfig } from '../helpers/graph.js';
import { parseJsonLd, parseRdf, tripleKeys } from '../helpers/rdf.js';
import { loadShippedGraph } from '../helpers/shipped.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');
const SHAPES_DIR = join(FIXTURES, 'dcat-ap-de-2.0');
const BASE = 'https://strategiegraph.example.org';

/** The DCAT-AP.de 2.0 profile "Spezifikation + Konventionen", and the vocabulary memberships its imports would load. */
const shapes = readdirSync(SHAPES_DIR)
  .filter((f) => f.endsWith('.ttl'))
  .flatMap((f) => parseRdf(readFileSync(join(SHAPES_DIR, f), 'utf8'), 'text/turtle'));
const vocabularies = parseRdf(readFileSync(join(FIXTURES, 'dcat-vocabulary-extract.ttl'), 'utf8'), 'text/turtle');

async function validate(data: readonly Quad[]) {
  const report = await new SHACLValidator(new Store(shapes)).validate(new Store([...data, ...vocabularies]));
  return report.results.map((r) => ({
    severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', ''),
    focus: r.focusNode?.value,
    path: r.path?.value,
    message: r.message.map((m) => m.value).join(' '),
  }));
}

describe('/dcat: the DCAT-AP.de description of the data set', () => {
  let graph: Graph;
  let server: RunningServer;
  let origin: string;
  let dcat: Quad[];
  const objects = (s: string, p: string) => dcat.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    const settings = testConfig({ PUBLIC_BASE_URL: BASE, DCAT_PUBLISHER: 'Test-Betreiber', DCAT_CONTACT_EMAIL: 'daten@example.org', DCAT_CONTRIBUTOR_ID: 'http://dcat-ap.de/def/contributors/fitko' });
    server = await (await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings })).listen(0, '127.0.0.1');
    origin = server.url.replace(/\/graphql$/, '');
    const response = await fetch(`${origin}/dcat`);
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    dcat = parseRdf(await response.text(), 'text/turtle');
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('conforms to the DCAT-AP.de 2.0 SHACL shapes (Spezifikation and Konventionen), checked by a SHACL engine: no violation, no warning', async () => {
    expect(shapes.length).toBeGreaterThan(1000);
    expect(await validate(dcat)).toEqual([]);
  });

  it('the shapes do find what is wrong: a dataset without title, a licence outside the list, a distribution without access URL', async () => {
    const dataset = `${BASE}/dcat#dataset`;
    const untitled = dcat.filter((q) => !(q.subject.value === dataset && q.predicate.value === `${NS.dct}title`));
    expect(await validate(untitled)).toContainEqual(expect.objectContaining({ severity: 'Violation', focus: dataset, path: `${NS.dct}title` }));
    const distribution = `${BASE}/dcat#distribution-turtle`;
    const relicensed = dcat.map((q) =>
      q.subject.value === distribution && q.predicate.value === `${NS.dct}license` ? DataFactory.quad(q.subject, q.predicate, DataFactory.namedNode('https://example.org/my-licence')) : q,
    );
    expect(await validate(relicensed)).toContainEqual(expect.objectContaining({ severity: 'Violation', focus: distribution, path: `${NS.dct}license`, message: expect.stringContaining('K31') }));
    const unreachable = dcat.filter((q) => !(q.subject.value === distribution && q.predicate.value === `${NS.dcat}accessURL`));
    expect(await validate(unreachable)).toContainEqual(expect.objectContaining({ severity: 'Violation', focus: distribution, path: `${NS.dcat}accessURL` }));
  });

  it('lists the downloads as distributions, each answering with its media type, and the two APIs as data services', async () => {
    const dataset = `${BASE}/dcat#dataset`;
    const distributions = objects(dataset, `${NS.dcat}distribution`);
    expect(distributions.length).toBe(9);
    const downloads = distributions.flatMap((d) => objects(d, `${NS.dcat}downloadURL`).map((url) => ({ d, url })));
    expect(downloads.map((x) => x.url.replace(BASE, '')).sort()).toEqual(
      ['/downloads/strategiegraph-csv.zip', '/downloads/strategiegraph.archimate.xml', '/downloads/strategiegraph.json', '/downloads/strategiegraph.jsonld', '/downloads/strategiegraph.nt', '/downloads/strategiegraph.ttl', '/downloads/strategiegraph.xlsx'].sort(),
    );
    for (const { d, url } of downloads) {
      const response = await fetch(url.replace(BASE, origin));
      expect(response.status, url).toBe(200);
      const [mediaType] = objects(d, `${NS.dcat}mediaType`);
      expect(response.headers.get('content-type')!.split(';')[0], url).toBe(mediaType!.replace('http://www.iana.org/assignments/media-types/', ''));
    }
    expect(objects(`${BASE}/dcat#sparql`, `${NS.dcat}endpointURL`)).toEqual([`${BASE}/sparql`]);
    expect(objects(`${BASE}/dcat#graphql`, `${NS.dcat}endpointURL`)).toEqual([`${BASE}/graphql`]);
    expect(objects(`${BASE}/dcat#contact`, `${NS.vcard}hasEmail`)).toEqual(['mailto:daten@example.org']);
  });

  it('dates the data set by its history: issued at the first change, modified at the last', async () => {
    const [first, last] = await Promise.all(['ASC', 'DESC'].map(async (order) => (await cypher<{ at: string }>(graph, `MATCH (c:Change) RETURN toString(c.at) AS at ORDER BY c.at ${order} LIMIT 1`))[0]!.at));
    expect(objects(`${BASE}/dcat#dataset`, `${NS.dct}issued`)).toEqual([first]);
    expect(objects(`${BASE}/dcat#dataset`, `${NS.dct}modified`)).toEqual([last]);
  });

  it('is the same description in JSON-LD', async () => {
    const response = await fetch(`${origin}/dcat`, { headers: { accept: 'application/ld+json' } });
    expect(tripleKeys(await parseJsonLd(await response.text()))).toEqual(tripleKeys(dcat));
  });
});
