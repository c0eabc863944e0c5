import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { NODE_KINDS, RELATIONSHIP_TYPES, type GraphDocument } from '../../src/domain/index.js';
import { COMMON_TERMS, FIELD_MAPPING, KIND_MAPPING, MODEL_FIELD_NAMES, NS, TYPE_MAPPING } from '../../src/graph/export/rdf-mapping.js';
import { vocabularyQuads } from '../../src/graph/export/rdf-vocabulary.js';
import { RDF_SERIALISATIONS, Terms, toQuads } from '../../src/graph/export/rdf.js';
import { queryForm, withPrefixes } from '../../src/graph/linked-data/sparql-query.js';
import { parseRdf, tripleKeys } from '../helpers/rdf.js';
import { readmeTable } from '../helpers/readme.js';

const BASE = 'https://strategiegraph.example.org';
const terms = new Terms(BASE);
const SG = terms.sg;
const standard = (iri: string) => Object.values(NS).some((ns) => iri.startsWith(ns) && iri.length > ns.length);
const OWL_TYPES = ['Class', 'ObjectProperty', 'DatatypeProperty', 'NamedIndividual'].map((t) => `${NS.owl}${t}`);

const compact = (iri: string) => {
  const hit = Object.entries(NS).find(([, ns]) => iri.startsWith(ns));
  return hit ? `${hit[0]}:${iri.slice(hit[1].length)}` : iri;
};

describe('the RDF mapping', () => {
  it('maps every kind, every relationship type and every field of the model, each to a term of its own', () => {
    expect(Object.keys(KIND_MAPPING).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(TYPE_MAPPING).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(Object.keys(FIELD_MAPPING).sort()).toEqual([...MODEL_FIELD_NAMES].sort());
    const properties = [...Object.values(TYPE_MAPPING).map((m) => m.property), ...Object.values(FIELD_MAPPING).map((m) => m.property), ...Object.keys(COMMON_TERMS)];
    expect(new Set(properties).size).toBe(properties.length);
    for (const m of [...Object.values(KIND_MAPPING), ...Object.values(TYPE_MAPPING), ...Object.values(FIELD_MAPPING)]) {
      expect(m.label.de.length * m.label.en.length, JSON.stringify(m)).toBeGreaterThan(0);
    }
  });

  it('refers only to terms of the standard vocabularies it names', () => {
    const used = [
      ...Object.values(KIND_MAPPING).flatMap((m) => [...m.classes, ...(m.classesWhen?.classes ?? []), ...(m.nameProperty ? [m.nameProperty] : [])]),
      ...Object.values(TYPE_MAPPING).flatMap((m) => m.also ?? []),
      ...Object.values(FIELD_MAPPING).map((m) => m.property).filter((p) => p.includes(':')),
    ];
    expect(used.length).toBeGreaterThan(10);
    for (const iri of used) expect(standard(iri), iri).toBe(true);
  });

  it('is the one the README documents', () => {
    const kinds = readmeTable('#### Kinds as RDF classes');
    expect(kinds).toEqual(
      NODE_KINDS.map((k) => {
        const m = KIND_MAPPING[k];
        const classes = [...m.classes, ...(m.classesWhen ? m.classesWhen.classes.map((c) => `${c} if ${m.classesWhen!.field} is ${m.classesWhen!.values.join(', ')}`) : [])];
        return [k, `sg:${k}`, classes.map(compact).join('; '), m.scheme ? `/scheme/${m.scheme}` : '', m.label.de, m.label.en];
      }),
    );
    const types = readmeTable('#### Relationships as RDF properties');
    expect(types).toEqual(
      RELATIONSHIP_TYPES.map((t) => {
        const m = TYPE_MAPPING[t];
        return [t, `sg:${m.property}`, [...(m.also ?? []).map(compact), ...(m.narrower ? ['skos:narrower / skos:broader between concepts'] : [])].join('; '), m.label.de, m.label.en];
      }),
    );
    const fields = readmeTable('#### Fields as RDF properties');
    expect(fields).toEqual(MODEL_FIELD_NAMES.map((f) => [f, FIELD_MAPPING[f]!.property.includes(':') ? compact(FIELD_MAPPING[f]!.property) : `sg:${FIELD_MAPPING[f]!.property}`]));
  });

  const doc: GraphDocument = {
    nodes: [
      {
        id: 'leistung-gewerbe',
        kind: 'Service',
        name: 'Gewerbe anmelden',
        aliases: [],
        description: '',
        sources: [{ url: 'https://example.org/a', published: '2025-06', retrieved: '2026-11-27' }],
        confidence: 'stated',
        attributes: { anzahl: 3, liste: ['a', 'b'] },
        fields: { leikaKey: '99050012104000' },
      },
      { id: 'gmbh', kind: 'Institution', name: 'Eine GmbH', aliases: ['GmbH'], description: 'd', sources: [{ url: 'https://example.org/b' }], confidence: 'stated', attributes: {}, fields: { type: 'company' } },
      { id: 'amt', kind: 'Institution', name: 'Ein Amt', aliases: [], description: 'd', sources: [{ url: 'https://example.org/c' }], confidence: 'inferred', note: 'n', attributes: {}, fields: { type: 'agency' } },
      { id: 'v', kind: 'Project', name: 'Vorhaben', aliases: [], description: '', sources: [{ url: 'https://example.org/d' }], confidence: 'stated', attributes: {}, fields: { budgetEur: 1500000.5, startDate: '2025' } },
    ],
    relationships: [{ from: 'v', type: 'LED_BY', to: 'amt', sources: [{ url: 'https://example.org/e', title: 'T' }], confidence: 'inferred', note: 'why', properties: { role: 'Federführung' } }],
  };
  const keys = () => tripleKeys(parseRdf(RDF_SERIALISATIONS.ntriples.write(terms, toQuads(terms, { doc, whole: true })), 'application/n-triples'));
  const has = (s: string, p: string, o: string) => expect(keys(), `${s} ${p} ${o}`).toContain(`<${s}> <${p}> ${o}`);
  const node = (id: string) => `${BASE}/id/${id}`;

  it('writes a LeiKa key where the data has one, and services as CPSV-AP public services named by dct:title', () => {
    has(node('leistung-gewerbe'), `${SG}leikaKey`, `"99050012104000"@^^${NS.xsd}string`);
    has(node('leistung-gewerbe'), `${NS.rdf}type`, `<${NS.cpsv}PublicService>`);
    has(node('leistung-gewerbe'), `${NS.dct}title`, `"Gewerbe anmelden"@de^^${NS.rdf}langString`);
    expect(keys().filter((k) => k.includes('leikaKey'))).toHaveLength(1);
  });

  it('types institutions as ORG organisations, and only public ones as CPOV public organisations', () => {
    has(node('gmbh'), `${NS.rdf}type`, `<${NS.org}Organization>`);
    has(node('amt'), `${NS.rdf}type`, `<${NS.cv}PublicOrganisation>`);
    expect(keys()).not.toContain(`<${node('gmbh')}> <${NS.rdf}type> <${NS.cv}PublicOrganisation>`);
  });

  it('keeps values as typed literals: partial dates at their precision, decimals without exponent, attributes as rdf:JSON', () => {
    has(node('v'), `${SG}budgetEur`, `"1500000.5"@^^${NS.xsd}decimal`);
    has(node('v'), `${SG}startDate`, `"2025"@^^${NS.xsd}gYear`);
    has(`${node('leistung-gewerbe')}#source/1`, `${SG}sourcePublished`, `"2025-06"@^^${NS.xsd}gYearMonth`);
    has(node('leistung-gewerbe'), `${SG}attributes`, `${JSON.stringify(JSON.stringify(doc.nodes[0]!.attributes))}@^^${NS.rdf}JSON`);
  });

  it('states a relationship, and describes it as an rdf:Statement with its properties, confidence, note and sources', () => {
    const statement = `${node('v')}#LED_BY/amt`;
    has(node('v'), `${SG}ledBy`, `<${node('amt')}>`);
    has(statement, `${NS.rdf}subject`, `<${node('v')}>`);
    has(statement, `${NS.rdf}predicate`, `<${SG}ledBy>`);
    has(statement, `${NS.rdf}object`, `<${node('amt')}>`);
    has(statement, `${SG}confidence`, `<${SG}inferred>`);
    has(statement, `${NS.skos}note`, `"why"@de^^${NS.rdf}langString`);
    has(statement, `${SG}role`, `"Federführung"@^^${NS.xsd}string`);
    has(statement, `${NS.dct}source`, '<https://example.org/e>');
    has(`${statement}/source/1`, `${SG}sourceTitle`, `"T"@^^${NS.xsd}string`);
  });

  it('has no blank nodes (equal graphs are equal sets of triples)', () => {
    expect(keys().some((k) => k.includes('_:'))).toBe(false);
  });
});

describe('the vocabulary', () => {
  const quads = parseRdf(readFileSync(join(PROJECT_ROOT, 'docs', 'vocabulary.ttl'), 'utf8'), 'text/turtle');
  const sg = 'http://localhost:4000/vocab#';
  const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);

  it('docs/vocabulary.ttl parses as Turtle and declares an owl:Ontology', () => {
    expect(objects('http://localhost:4000/vocab', `${NS.rdf}type`).map((o) => o.value)).toEqual([`${NS.owl}Ontology`]);
  });

  it('declares each of its terms once, as one OWL entity, with labels in German and English', () => {
    const terms = [...new Set(quads.flatMap((q) => [q.subject, q.predicate, q.object]).filter((t) => t.termType === 'NamedNode' && t.value.startsWith(sg)).map((t) => t.value))];
    const expected = [
      ...NODE_KINDS,
      ...RELATIONSHIP_TYPES.map((t) => TYPE_MAPPING[t].property),
      ...MODEL_FIELD_NAMES.map((f) => FIELD_MAPPING[f]!.property).filter((p) => !p.includes(':')),
      ...Object.keys(COMMON_TERMS),
    ].map((local) => `${sg}${local}`);
    expect(terms.sort()).toEqual(expected.sort());
    for (const term of terms) {
      expect(objects(term, `${NS.rdf}type`).filter((o) => OWL_TYPES.includes(o.value)), term).toHaveLength(1);
      const labels = objects(term, `${NS.rdfs}label`);
      expect(labels.map((l) => (l.termType === 'Literal' ? l.language : '')).sort(), term).toEqual(['de', 'en']);
    }
  });

  it('uses OWL consistently: object properties reach classes, datatype properties datatypes, individuals have a declared class', () => {
    for (const q of quads) {
      const types = objects(q.subject.value, `${NS.rdf}type`).map((o) => o.value);
      if ((q.predicate.value === `${NS.rdfs}domain` || q.predicate.value === `${NS.rdfs}range`) && types.includes(`${NS.owl}ObjectProperty`)) {
        expect(objects(q.object.value, `${NS.rdf}type`).map((o) => o.value), `${q.subject.value} ${q.predicate.value}`).toContain(`${NS.owl}Class`);
      }
      if (q.predicate.value === `${NS.rdfs}range` && types.includes(`${NS.owl}DatatypeProperty`)) expect(q.object.value.startsWith(NS.xsd) || q.object.value === `${NS.rdf}JSON`).toBe(true);
      if (q.predicate.value === `${NS.rdfs}subClassOf` || q.predicate.value === `${NS.rdfs}subPropertyOf`) expect(standard(q.object.value), q.object.value).toBe(true);
    }
    expect(objects(`${sg}stated`, `${NS.rdf}type`).map((o) => o.value)).toContain(`${sg}Confidence`);
  });

  it('is what the model and the mapping make of it for any base URL', () => {
    const other = new Terms('https://other.example/x');
    expect(tripleKeys(vocabularyQuads(other)).every((k) => !k.includes('localhost'))).toBe(true);
    expect(tripleKeys(vocabularyQuads(other)).length).toBe(tripleKeys(quads).length);
  });
});

describe('SPARQL requests', () => {
  it('are told apart by their form after the prologue; updates are refused', () => {
    expect(queryForm('# a comment\nPREFIX sg: <http://x/vocab#>\nBASE <http://x/>\n  select * { ?s ?p ?o }')).toBe('SELECT');
    expect(queryForm('PREFIX : <http://x/> ASK { ?s ?p ?o }')).toBe('ASK');
    expect(queryForm('CONSTRUCT WHERE { ?s ?p ?o }')).toBe('CONSTRUCT');
    expect(queryForm('DESCRIBE <http://x>')).toBe('DESCRIBE');
    for (const update of ['INSERT DATA { <a> <b> <c> }', 'PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }', 'DROP ALL', 'LOAD <http://x>', 'WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }']) {
      expect(() => queryForm(update), update).toThrow(expect.objectContaining({ code: 'READ_ONLY' }));
    }
    expect(() => queryForm('HELLO')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('get the endpoint prefixes before their own, and error positions in their own lines', () => {
    const { query, clientMessage } = withPrefixes('SELECT *', { a: 'http://a/', b: 'http://b/' });
    expect(query).toBe('PREFIX a: <http://a/>\nPREFIX b: <http://b/>\nSELECT *');
    expect(clientMessage('error at 3:9: expected WHERE')).toBe('error at 1:9: expected WHERE');
  });
});
