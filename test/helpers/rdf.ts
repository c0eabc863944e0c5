import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import {
  KIND_FIELDS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  relationshipKey,
  relationshipProperties,
  type FieldSpec,
  type FieldValue,
  type GraphDocument,
  type NodeKind,
  type NodeRecord,
  type RelationshipRecord,
  type SourceRef,
} from '../../src/domain/index.js';
import { FIELD_MAPPING, NS, TYPE_MAPPING } from '../../src/graph/export/rdf-mapping.js';

/** Parses Turtle or N-Triples with n3.js (a real RDF parser, not the code that wrote it). */
export function parseRdf(text: string, format: 'text/turtle' | 'application/n-triples', baseIRI?: string): Quad[] {
  return new Parser({ format, baseIRI }).parse(text) as Quad[];
}

/** Parses JSON-LD with jsonld.js (a real JSON-LD 1.1 processor) into quads, through N-Quads. */
export async function parseJsonLd(text: string): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' })) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads) as Quad[];
}

const termKey = (t: Term): string =>
  t.termType === 'Literal' ? `${JSON.stringify(t.value)}@${t.language}^^${t.datatype.value}` : t.termType === 'BlankNode' ? `_:${t.value}` : `<${t.value}>`;

/** A graph as a sorted list of triple keys: without blank nodes, isomorphic graphs give equal lists. */
export function tripleKeys(quads: readonly Quad[]): string[] {
  return [...new Set(quads.map((q) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`))].sort();
}

const iri = (prefix: keyof typeof NS, local: string) => `${NS[prefix]}${local}`;

/**
 * Reads the records back out of an exported graph, independently of the exporter: nodes by their kind class,
 * relationships from their rdf:Statements, fields by the mapping table, sources from the PROV derivations in order.
 * RDF has sets, not lists: aliases come back sorted.
 */
export function readGraphDocument(quads: readonly Quad[], base: string): GraphDocument {
  const store = new Store([...quads]);
  const sg = `${base}/vocab#`;
  const objects = (s: Term | string, p: string) => store.getObjects(typeof s === 'string' ? s : s.value, p, null);
  const one = (s: Term | string, p: string) => {
    const values = objects(s, p);
    if (values.length > 1) throw new Error(`${typeof s === 'string' ? s : s.value} has ${values.length} values of ${p}`);
    return values[0];
  };
  const idOf = (node: Term) => {
    const id = one(node, iri('dct', 'identifier'));
    if (!id || !node.value.startsWith(`${base}/id/`) || node.value !== `${base}/id/${id.value}`) throw new Error(`${node.value} is not a node IRI with its id`);
    return id.value;
  };
  const valueOf = (spec: FieldSpec, term: Term): FieldValue => (spec.type === 'money' || spec.type === 'integer' ? Number(term.value) : term.value);
  const values = (s: Term, specs: readonly FieldSpec[]) => {
    const out: Record<string, FieldValue> = {};
    for (const spec of specs) {
      const property = FIELD_MAPPING[spec.name]!.property;
      const term = one(s, property.includes(':') ? property : `${sg}${property}`);
      if (term) out[spec.name] = valueOf(spec, term);
    }
    return out;
  };
  const evidence = (s: Term) => {
    const confidence = one(s, `${sg}confidence`)!.value.slice(sg.length) as NodeRecord['confidence'];
    const note = one(s, iri('skos', 'note'))?.value;
    const citations = objects(s, iri('prov', 'qualifiedDerivation')).map((c) => ({ c, position: Number(one(c, `${sg}position`)!.value) }));
    const sources: SourceRef[] = citations
      .sort((a, b) => a.position - b.position)
      .map(({ c }) => {
        const title = one(c, `${sg}sourceTitle`)?.value;
        const published = one(c, `${sg}sourcePublished`)?.value;
        const retrieved = one(c, `${sg}retrieved`)?.value;
        return { url: one(c, iri('prov', 'entity'))!.value, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(retrieved ? { retrieved } : {}) };
      });
    const validFrom = one(s, `${sg}validFrom`)?.value;
    const validTo = one(s, `${sg}validTo`)?.value;
    return { ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}), confidence, ...(note === undefined ? {} : { note }), sources };
  };

  const nodes: NodeRecord[] = [];
  for (const kind of NODE_KINDS) {
    for (const s of store.getSubjects(iri('rdf', 'type'), `${sg}${kind}`, null)) {
      const attributes = one(s, `${sg}attributes`);
      nodes.push({
        id: idOf(s),
        kind: kind as NodeKind,
        name: one(s, iri('rdfs', 'label'))!.value,
        aliases: objects(s, iri('skos', 'altLabel')).map((a) => a.value).sort(),
        description: one(s, iri('dct', 'description'))?.value ?? '',
        ...evidence(s),
        attributes: attributes ? JSON.parse(attributes.value) : {},
        fields: values(s, KIND_FIELDS[kind]),
      });
    }
  }
  const typeOf = new Map(RELATIONSHIP_TYPES.map((t) => [`${sg}${TYPE_MAPPING[t].property}`, t]));
  const relationships: RelationshipRecord[] = store.getSubjects(iri('rdf', 'type'), iri('rdf', 'Statement'), null).map((s) => {
    const [subject, predicate, object] = ['subject', 'predicate', 'object'].map((p) => one(s, iri('rdf', p))!);
    const type = typeOf.get(predicate!.value);
    if (!type) throw new Error(`${s.value}: ${predicate!.value} is no relationship type`);
    if (store.countQuads(subject!, predicate!, object!, null) !== 1) throw new Error(`${s.value} describes a triple the graph does not state`);
    return { from: idOf(subject!), type, to: idOf(object!), ...evidence(s), properties: values(s, relationshipProperties(type)) };
  });
  return { nodes, relationships };
}

/** A document in a comparable form: nodes by id, relationships by key, aliases sorted. */
export function comparable(doc: GraphDocument): GraphDocument {
  return {
    nodes: [...doc.nodes].map((n) => ({ ...n, aliases: [...n.aliases].sort() })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    relationships: [...doc.relationships].sort((a, b) => (relationshipKey(a) < relationshipKey(b) ? -1 : 1)),
  };
}
