import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/config/index.js';
import { parseDocument, type GraphDocument } from '../../src/domain/index.js';
import { exportGraph, expandPaths, readImportFile, type ExportFormat, type Graph } from '../../src/graph/index.js';
import { KIND_MAPPING, NS } from '../../src/graph/export/rdf-mapping.js';
import { Terms, toQuads } from '../../src/graph/export/rdf.js';
import { vocabularyQuads } from '../../src/graph/export/rdf-vocabulary.js';
import { openTestGraph, textOf } from '../helpers/graph.js';
import { comparable, parseJsonLd, parseRdf, readGraphDocument, tripleKeys } from '../helpers/rdf.js';
import { loadShippedGraph } from '../helpers/shipped.js';

const BASE = 'https://strategiegraph.example.org';
const SG = `${BASE}/vocab#`;
const node = (id: string) => `${BASE}/id/${id}`;

describe('RDF exports of the shipped graph', () => {
  let graph: Graph;
  const file = async (format: ExportFormat, around?: { id: string; depth: number }) =>
    textOf((await exportGraph(graph.executor, { format, around, publicBaseUrl: BASE })).files[0]);
  const data = (): GraphDocument => {
    const parsed = expandPaths([DATA_DIR]).map((f) => readImportFile(f));
    return { nodes: parsed.flatMap((p) => p.nodes.map((n) => n.record)), relationships: parsed.flatMap((p) => p.relationships.map((r) => r.record)) };
  };
  let turtle: ReturnType<typeof parseRdf>;
  const objects = (s: string, p: string) => turtle.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    turtle = parseRdf(await file('turtle'), 'text/turtle');
  });
  afterAll(async () => {
    await graph.close();
  });

  it('round-trips: the Turtle, parsed by n3.js and read back, holds exactly the records of the JSON export', async () => {
    const json = parseDocument(JSON.parse(await file('json')), 'strategiegraph.json');
    expect(json.problems).toEqual([]);
    const fromJson = { nodes: json.nodes.map((n) => n.record), relationships: json.relationships.map((r) => r.record) };
    const fromTurtle = readGraphDocument(turtle, BASE);
    expect(fromTurtle.nodes.length).toBe(data().nodes.length);
    expect(fromTurtle.relationships.length).toBe(data().relationships.length);
    expect(comparable(fromTurtle)).toEqual(comparable(fromJson));
    // Nothing in the file the records do not account for: they make exactly these triples again.
    expect(tripleKeys(toQuads(new Terms(BASE), { doc: fromTurtle, whole: true }))).toEqual(tripleKeys(turtle));
  });

  it('writes one graph three ways: Turtle and N-Triples (n3.js) and JSON-LD (jsonld.js) are the same triples', async () => {
    const keys = tripleKeys(turtle);
    expect(keys.length).toBeGreaterThan(3000);
    expect(tripleKeys(parseRdf(await file('ntriples'), 'application/n-triples'))).toEqual(keys);
    expect(tripleKeys(await parseJsonLd(await file('jsonld')))).toEqual(keys);
  });

  it('is the strategy as a SKOS concept scheme: Dachstrategie and Schwerpunktthemen under the strategy, Zielbilder under their Schwerpunktthema', () => {
    const scheme = `${BASE}/scheme/strategie`;
    const d = data();
    expect(objects(scheme, `${NS.rdf}type`)).toEqual([`${NS.skos}ConceptScheme`]);
    expect(objects(scheme, `${NS.skos}hasTopConcept`)).toEqual([node('foederale-digitalstrategie')]);
    expect(objects(node('dachstrategie'), `${NS.skos}broader`)).toEqual([node('foederale-digitalstrategie')]);
    const focusAreas = d.nodes.filter((n) => n.kind === 'FocusArea');
    expect(focusAreas).toHaveLength(5);
    for (const fa of focusAreas) expect(objects(node(fa.id), `${NS.skos}broader`)).toEqual([node('foederale-digitalstrategie')]);
    for (const r of d.relationships.filter((r) => r.type === 'HAS_TARGET_VISION')) {
      expect(objects(node(r.to), `${NS.skos}broader`)).toContain(node(r.from));
      expect(objects(node(r.from), `${NS.skos}narrower`)).toContain(node(r.to));
    }
    for (const n of d.nodes.filter((n) => KIND_MAPPING[n.kind].scheme)) {
      expect(objects(node(n.id), `${NS.rdf}type`), n.id).toContain(`${NS.skos}Concept`);
      expect(objects(node(n.id), `${NS.skos}inScheme`), n.id).toEqual([`${BASE}/scheme/${KIND_MAPPING[n.kind].scheme}`]);
      expect(objects(node(n.id), `${NS.skos}prefLabel`), n.id).toEqual([n.name]);
    }
  });

  it('says where every fact comes from: each node and each relationship cites its sources and has a confidence; inferred ones say why', () => {
    const d = data();
    for (const n of d.nodes) {
      expect(objects(node(n.id), `${NS.dct}source`).sort(), n.id).toEqual([...new Set(n.sources.map((s) => s.url))].sort());
      expect(objects(node(n.id), `${SG}confidence`)).toEqual([`${SG}${n.confidence}`]);
    }
    const inferred = d.relationships.filter((r) => r.confidence === 'inferred');
    expect(inferred.length).toBeGreaterThan(10);
    for (const r of d.relationships) {
      const statement = `${node(r.from)}#${r.type}/${r.to}`;
      expect(objects(statement, `${NS.dct}source`).sort(), statement).toEqual([...new Set(r.sources.map((s) => s.url))].sort());
      expect(objects(statement, `${NS.prov}qualifiedDerivation`)).toHaveLength(r.sources.length);
      expect(objects(statement, `${SG}confidence`)).toEqual([`${SG}${r.confidence}`]);
      if (r.confidence === 'inferred') expect(objects(statement, `${NS.skos}note`), statement).toHaveLength(1);
    }
  });

  it('uses only terms its vocabulary declares (with German and English labels) and terms of the standard vocabularies', () => {
    const vocabulary = vocabularyQuads(new Terms(BASE));
    const labelled = new Set(vocabulary.filter((q) => q.predicate.value === `${NS.rdfs}label`).map((q) => `${q.subject.value} ${q.object.termType === 'Literal' ? q.object.language : ''}`));
    const used = new Set([...turtle.map((q) => q.predicate.value), ...turtle.filter((q) => q.predicate.value === `${NS.rdf}type`).map((q) => q.object.value)]);
    for (const term of used) {
      if (term.startsWith(SG)) {
        expect(labelled.has(`${term} de`) && labelled.has(`${term} en`), term).toBe(true);
      } else {
        expect(Object.values(NS).some((ns) => term.startsWith(ns)), term).toBe(true);
      }
    }
  });

  it('models institutions with ORG and CPOV, services with CPSV-AP, people with FOAF, laws with ELI', () => {
    const d = data();
    const typesOf = (id: string) => objects(node(id), `${NS.rdf}type`);
    for (const n of d.nodes.filter((n) => n.kind === 'Institution')) {
      expect(typesOf(n.id)).toContain(`${NS.org}Organization`);
      expect(typesOf(n.id).includes(`${NS.cv}PublicOrganisation`), n.id).toBe(['federal', 'state', 'municipal', 'body', 'agency', 'chamber'].includes(String(n.fields.type)));
    }
    expect(typesOf('org-fitko')).toContain(`${NS.cv}PublicOrganisation`);
    for (const n of d.nodes.filter((n) => n.kind === 'Service')) {
      expect(typesOf(n.id)).toContain(`${NS.cpsv}PublicService`);
      expect(objects(node(n.id), `${NS.dct}title`)).toEqual([n.name]);
      // No service of the shipped data has a published LeiKa key, and none is invented.
      expect(objects(node(n.id), `${SG}leikaKey`)).toEqual([]);
    }
    for (const n of d.nodes.filter((n) => n.kind === 'Person')) expect(typesOf(n.id)).toContain(`${NS.foaf}Person`);
    for (const n of d.nodes.filter((n) => n.kind === 'Law')) expect(typesOf(n.id)).toContain(`${NS.eli}LegalResource`);
  });

  it('exports a neighbourhood: its nodes and the relationships among them, in the scheme but without claiming top concepts', async () => {
    const quads = parseRdf(await file('turtle', { id: 'sys-elster', depth: 1 }), 'text/turtle');
    const part = readGraphDocument(quads, BASE);
    const json = JSON.parse(textOf((await exportGraph(graph.executor, { format: 'json', around: { id: 'sys-elster', depth: 1 } })).files[0])) as { nodes: { id: string }[]; relationships: unknown[] };
    expect(part.nodes.map((n) => n.id).sort()).toEqual(json.nodes.map((n) => n.id).sort());
    expect(part.relationships).toHaveLength(json.relationships.length);
    expect(quads.some((q) => q.predicate.value === `${NS.skos}hasTopConcept` || q.predicate.value === `${NS.skos}topConceptOf`)).toBe(false);
  });
});
