import { DataFactory, Writer } from 'n3';
import type { Literal, NamedNode, Quad } from '@rdfjs/types';
import {
  KIND_FIELDS,
  nodeIri,
  nodeSourceIri,
  relationshipIri,
  relationshipProperties,
  relationshipSourceIri,
  schemeIri,
  vocabularyNamespace,
  type FieldSpec,
  type FieldValue,
  type GraphDocument,
  type NodeKind,
  type NodeRecord,
  type RelationshipRecord,
  type SourceRef,
} from '../../domain/index.js';
import { FIELD_MAPPING, KIND_MAPPING, NS, SCHEMES, TYPE_MAPPING, type SchemeName } from './rdf-mapping.js';

const { namedNode, literal, quad } = DataFactory;

/** A node a document's relationships reach but whose record the document does not hold: typed and named only. */
export interface LinkedNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
}

export interface RdfDocument {
  readonly doc: GraphDocument;
  readonly linked?: readonly LinkedNode[];
  /** The document is the whole graph, so the concept schemes' top concepts are known. */
  readonly whole: boolean;
}

/** The terms of one deployment: its node IRIs and vocabulary live under its public base URL. */
export class Terms {
  readonly sg: string;
  readonly sgid: string;
  constructor(readonly base: string) {
    this.sg = vocabularyNamespace(base);
    this.sgid = `${base}/id/`;
  }
  /** A term of the project's vocabulary by local name; a standard term (an absolute IRI) as it is. */
  vocab(localOrIri: string): NamedNode {
    return namedNode(/^[a-z][a-z0-9+.-]*:/i.test(localOrIri) ? localOrIri : `${this.sg}${localOrIri}`);
  }
  kindClass(kind: NodeKind): NamedNode {
    return namedNode(`${this.sg}${kind}`);
  }
  typeProperty(type: RelationshipRecord['type']): NamedNode {
    return this.vocab(TYPE_MAPPING[type].property);
  }
  /** Prefixes for Turtle and JSON-LD (and the SPARQL endpoint's predefined ones). */
  prefixes(): Record<string, string> {
    return { sg: this.sg, sgid: this.sgid, ...NS };
  }
}

const std = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);
const RDF_TYPE = std('rdf', 'type');
const XSD = (local: string) => std('xsd', local);
const de = (text: string) => literal(text, 'de');

/** Partial dates keep their precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
function dateLiteral(value: string): Literal {
  return literal(value, XSD(value.length === 4 ? 'gYear' : value.length === 7 ? 'gYearMonth' : 'date'));
}

/** A decimal's lexical form without exponent (xsd:decimal has none). */
function decimalLexical(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function fieldLiteral(spec: FieldSpec, value: FieldValue): Literal {
  switch (spec.type) {
    case 'money':
      return literal(decimalLexical(value as number), XSD('decimal'));
    case 'integer':
      return literal(String(value), XSD('integer'));
    case 'date':
      return dateLiteral(String(value));
    case 'string':
    case 'enum':
      return literal(String(value));
  }
}

/** Builds the quads of one document; every subject is an IRI (no blank nodes), so equal graphs are equal sets. */
class QuadBuilder {
  readonly quads: Quad[] = [];
  private readonly kinds = new Map<string, NodeKind>();
  private readonly schemes = new Set<SchemeName>();

  constructor(private readonly terms: Terms) {}

  private add(s: NamedNode, p: NamedNode, o: Quad['object']) {
    this.quads.push(quad(s, p, o));
  }

  private node(id: string) {
    return namedNode(nodeIri(this.terms.base, id));
  }

  private typed(subject: NamedNode, kind: NodeKind, fields: Readonly<Record<string, FieldValue>>) {
    const mapping = KIND_MAPPING[kind];
    this.add(subject, RDF_TYPE, this.terms.kindClass(kind));
    for (const c of mapping.classes) this.add(subject, RDF_TYPE, namedNode(c));
    const when = mapping.classesWhen;
    if (when && when.values.includes(String(fields[when.field]))) for (const c of when.classes) this.add(subject, RDF_TYPE, namedNode(c));
    if (mapping.scheme) {
      this.schemes.add(mapping.scheme);
      this.add(subject, std('skos', 'inScheme'), namedNode(schemeIri(this.terms.base, mapping.scheme)));
    }
  }

  private named(subject: NamedNode, kind: NodeKind, id: string, name: string) {
    this.add(subject, std('dct', 'identifier'), literal(id));
    this.add(subject, std('rdfs', 'label'), de(name));
    const nameProperty = KIND_MAPPING[kind].nameProperty;
    if (nameProperty) this.add(subject, namedNode(nameProperty), de(name));
  }

  /** Valid period, confidence, note and sources: what a node and a relationship statement both carry. */
  private evidence(
    subject: NamedNode,
    r: { validFrom?: string; validTo?: string; confidence: string; note?: string; sources: readonly SourceRef[] },
    sourceIri: (n: number) => string,
  ) {
    if (r.validFrom !== undefined) this.add(subject, this.terms.vocab('validFrom'), dateLiteral(r.validFrom));
    if (r.validTo !== undefined) this.add(subject, this.terms.vocab('validTo'), dateLiteral(r.validTo));
    this.add(subject, this.terms.vocab('confidence'), this.terms.vocab(r.confidence));
    if (r.note !== undefined) this.add(subject, std('skos', 'note'), de(r.note));
    r.sources.forEach((source, i) => {
      const url = namedNode(source.url);
      const citation = namedNode(sourceIri(i + 1));
      this.add(subject, std('dct', 'source'), url);
      this.add(subject, std('prov', 'qualifiedDerivation'), citation);
      this.add(citation, RDF_TYPE, std('prov', 'Derivation'));
      this.add(citation, std('prov', 'entity'), url);
      this.add(citation, this.terms.vocab('position'), literal(String(i + 1), XSD('integer')));
      if (source.title !== undefined) this.add(citation, this.terms.vocab('sourceTitle'), literal(source.title));
      if (source.published !== undefined) this.add(citation, this.terms.vocab('sourcePublished'), dateLiteral(source.published));
      if (source.retrieved !== undefined) this.add(citation, this.terms.vocab('retrieved'), dateLiteral(source.retrieved));
    });
  }

  private values(subject: NamedNode, specs: readonly FieldSpec[], values: Readonly<Record<string, FieldValue>>) {
    for (const spec of specs) {
      const value = values[spec.name];
      if (value !== undefined) this.add(subject, this.terms.vocab(FIELD_MAPPING[spec.name]!.property), fieldLiteral(spec, value));
    }
  }

  addNode(n: NodeRecord) {
    const s = this.node(n.id);
    this.kinds.set(n.id, n.kind);
    this.typed(s, n.kind, n.fields);
    this.named(s, n.kind, n.id, n.name);
    for (const alias of n.aliases) this.add(s, std('skos', 'altLabel'), de(alias));
    if (n.description) this.add(s, std('dct', 'description'), de(n.description));
    this.values(s, KIND_FIELDS[n.kind], n.fields);
    if (Object.keys(n.attributes).length > 0) this.add(s, this.terms.vocab('attributes'), literal(JSON.stringify(n.attributes), std('rdf', 'JSON')));
    this.evidence(s, n, (i) => nodeSourceIri(this.terms.base, n.id, i));
  }

  addLinked(n: LinkedNode) {
    const s = this.node(n.id);
    this.kinds.set(n.id, n.kind);
    this.typed(s, n.kind, {});
    this.named(s, n.kind, n.id, n.name);
  }

  addRelationship(r: RelationshipRecord) {
    const mapping = TYPE_MAPPING[r.type];
    const [a, b] = [this.node(r.from), this.node(r.to)];
    const property = this.terms.typeProperty(r.type);
    this.add(a, property, b);
    for (const p of mapping.also ?? []) this.add(a, namedNode(p), b);
    if (mapping.narrower && this.isConcept(r.from) && this.isConcept(r.to)) {
      this.add(a, std('skos', 'narrower'), b);
      this.add(b, std('skos', 'broader'), a);
    }
    const statement = namedNode(relationshipIri(this.terms.base, r));
    this.add(statement, RDF_TYPE, std('rdf', 'Statement'));
    this.add(statement, std('rdf', 'subject'), a);
    this.add(statement, std('rdf', 'predicate'), property);
    this.add(statement, std('rdf', 'object'), b);
    this.values(statement, relationshipProperties(r.type), r.properties);
    this.evidence(statement, r, (i) => relationshipSourceIri(this.terms.base, r, i));
  }

  private isConcept(id: string): boolean {
    const kind = this.kinds.get(id);
    return kind !== undefined && KIND_MAPPING[kind].scheme !== undefined;
  }

  /** The schemes the document's concepts belong to; with the whole graph, their top concepts too. */
  addSchemes(doc: GraphDocument, whole: boolean) {
    for (const name of this.schemes) this.quads.push(...schemeDescription(this.terms, name));
    if (!whole) return;
    const narrowerOf = new Set(doc.relationships.filter((r) => TYPE_MAPPING[r.type].narrower && this.isConcept(r.from) && this.isConcept(r.to)).map((r) => r.to));
    for (const n of doc.nodes) {
      const name = KIND_MAPPING[n.kind].scheme;
      if (name === undefined || narrowerOf.has(n.id)) continue;
      const scheme = namedNode(schemeIri(this.terms.base, name));
      this.add(this.node(n.id), std('skos', 'topConceptOf'), scheme);
      this.add(scheme, std('skos', 'hasTopConcept'), this.node(n.id));
    }
  }
}

/** A concept scheme's type and labels (German and English). */
export function schemeDescription(terms: Terms, name: SchemeName): Quad[] {
  const scheme = namedNode(schemeIri(terms.base, name));
  return [
    quad(scheme, RDF_TYPE, std('skos', 'ConceptScheme')),
    ...Object.entries(SCHEMES[name].label).flatMap(([lang, text]) => [
      quad(scheme, std('skos', 'prefLabel'), literal(text, lang)),
      quad(scheme, std('rdfs', 'label'), literal(text, lang)),
    ]),
  ];
}

const termKey = (t: Quad['object']) => (t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `<${t.value}>`);
const quadKey = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${termKey(q.object)}`;

/** Sorted and without duplicates: the same graph always writes the same file. */
export function sortedQuads(quads: readonly Quad[]): Quad[] {
  const unique = new Map(quads.map((q) => [quadKey(q), q]));
  return [...unique.keys()].sort().map((k) => unique.get(k)!);
}

/** The document as quads in the default graph, sorted. */
export function toQuads(terms: Terms, input: RdfDocument): Quad[] {
  const builder = new QuadBuilder(terms);
  for (const n of input.doc.nodes) builder.addNode(n);
  for (const n of input.linked ?? []) builder.addLinked(n);
  for (const r of input.doc.relationships) builder.addRelationship(r);
  builder.addSchemes(input.doc, input.whole);
  return sortedQuads(builder.quads);
}

function write(quads: readonly Quad[], options: ConstructorParameters<typeof Writer>[0]): string {
  const writer = new Writer(options);
  writer.addQuads([...quads]);
  let out = '';
  writer.end((error, result) => {
    if (error) throw error;
    out = result;
  });
  return out;
}

const toTurtle = (terms: Terms, quads: readonly Quad[]): string => write(quads, { prefixes: terms.prefixes() });

const toNTriples = (quads: readonly Quad[]): string => write(quads, { format: 'N-Triples' });

/**
 * JSON-LD 1.1: a flattened document (one object per subject in @graph) with the prefixes as its @context, so
 * that keys and types read as compact IRIs (sg:ledBy, skos:Concept) and any JSON-LD processor expands it to the
 * same graph as the Turtle and N-Triples files.
 */
function toJsonLd(terms: Terms, quads: readonly Quad[]): string {
  const prefixes = Object.entries(terms.prefixes()).sort((a, b) => b[1].length - a[1].length);
  const compact = (iri: string) => {
    const hit = prefixes.find(([, ns]) => iri.startsWith(ns) && iri.length > ns.length && !iri.slice(ns.length).startsWith('//'));
    return hit ? `${hit[0]}:${iri.slice(hit[1].length)}` : iri;
  };
  const subjects = new Map<string, Record<string, unknown[]>>();
  for (const q of quads) {
    const node = subjects.get(q.subject.value) ?? subjects.set(q.subject.value, {}).get(q.subject.value)!;
    const o = q.object;
    const [key, value] =
      q.predicate.equals(RDF_TYPE) && o.termType === 'NamedNode'
        ? ['@type', compact(o.value)]
        : [
            compact(q.predicate.value),
            o.termType === 'Literal'
              ? o.language
                ? { '@value': o.value, '@language': o.language }
                : o.datatype.value === `${NS.xsd}string`
                  ? { '@value': o.value }
                  : { '@value': o.value, '@type': compact(o.datatype.value) }
              : { '@id': compact(o.value) },
          ];
    (node[key] ??= []).push(value);
  }
  const graph = [...subjects].map(([id, props]) => ({ '@id': compact(id), ...props }));
  return `${JSON.stringify({ '@context': Object.fromEntries(Object.entries(terms.prefixes())), '@graph': graph }, null, 2)}\n`;
}

/** The RDF serialisations, by export format name, with their media types. */
export const RDF_SERIALISATIONS = {
  turtle: { mediaType: 'text/turtle', write: toTurtle },
  jsonld: { mediaType: 'application/ld+json', write: toJsonLd },
  ntriples: { mediaType: 'application/n-triples', write: (_terms: Terms, quads: readonly Quad[]) => toNTriples(quads) },
} as const;
export type RdfFormat = keyof typeof RDF_SERIALISATIONS;
export const RDF_FORMATS = Object.keys(RDF_SERIALISATIONS) as RdfFormat[];
