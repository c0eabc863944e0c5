import { DataFactory } from 'n3';
import type { NamedNode, Quad } from '@rdfjs/types';
import { KIND_FIELDS, KIND_INFO, NODE_KINDS, RELATIONSHIP_TYPES, relationshipProperties, ruleOf, sourceKinds, targetKinds, type FieldSpec } from '../../domain/index.js';
import { COMMON_TERMS, FIELD_MAPPING, KIND_MAPPING, MODEL_FIELD_NAMES, NS, TYPE_MAPPING, type Label } from './rdf-mapping.js';
import { sortedQuads, type Terms } from './rdf.js';

const { namedNode, literal, quad } = DataFactory;
const std = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);

const DATATYPE: Record<FieldSpec['type'], string | undefined> = {
  money: `${NS.xsd}decimal`,
  integer: `${NS.xsd}integer`,
  string: `${NS.xsd}string`,
  enum: `${NS.xsd}string`,
  date: undefined, // xsd:gYear, xsd:gYearMonth or xsd:date
};

/**
 * The project's vocabulary as OWL, generated from the model and the mapping tables: a class per kind, an object
 * property per relationship type, a datatype property per field, and the provenance terms. Every term has labels
 * in German and English; standard terms it specialises are its superclasses and superproperties. Served at
 * <base>/vocab and written (for the default base) to docs/vocabulary.ttl by `npm run docs`.
 */
export function vocabularyQuads(terms: Terms): Quad[] {
  const quads: Quad[] = [];
  const ontology = namedNode(terms.sg.replace(/#$/, ''));
  const add = (s: NamedNode, p: NamedNode, o: Quad['object']) => quads.push(quad(s, p, o));
  const declare = (s: NamedNode, type: string, label: Label, comment: string) => {
    add(s, std('rdf', 'type'), std('owl', type));
    add(s, std('rdfs', 'label'), literal(label.de, 'de'));
    add(s, std('rdfs', 'label'), literal(label.en, 'en'));
    add(s, std('rdfs', 'comment'), literal(comment, 'en'));
    add(s, std('rdfs', 'isDefinedBy'), ontology);
  };

  add(ontology, std('rdf', 'type'), std('owl', 'Ontology'));
  add(ontology, std('dct', 'title'), literal('Strategiegraph-Vokabular', 'de'));
  add(ontology, std('dct', 'title'), literal('Strategiegraph vocabulary', 'en'));
  add(ontology, std('rdfs', 'label'), literal('Strategiegraph-Vokabular', 'de'));
  add(ontology, std('rdfs', 'label'), literal('Strategiegraph vocabulary', 'en'));
  add(
    ontology,
    std('rdfs', 'comment'),
    literal(
      'The terms of the Strategiegraph, the knowledge graph of the Föderale Digitalstrategie of the IT-Planungsrat, that no standard vocabulary offers: its kinds of nodes, relationship types, fields and provenance. Generated from the model (src/domain) and the RDF mapping (src/graph/export/rdf-mapping.ts).',
      'en',
    ),
  );

  for (const kind of NODE_KINDS) {
    const mapping = KIND_MAPPING[kind];
    const cls = terms.kindClass(kind);
    declare(cls, 'Class', mapping.label, `${KIND_INFO[kind].german}. ${KIND_INFO[kind].description}`);
    for (const c of mapping.classes) add(cls, std('rdfs', 'subClassOf'), namedNode(c));
  }
  for (const type of RELATIONSHIP_TYPES) {
    const mapping = TYPE_MAPPING[type];
    const rule = ruleOf(type);
    const property = terms.typeProperty(type);
    const from = NODE_KINDS.filter((k) => targetKinds(type, k).length > 0);
    const to = NODE_KINDS.filter((k) => sourceKinds(type, k).length > 0);
    declare(property, 'ObjectProperty', mapping.label, `${rule.description} Relationship type ${type} (${rule.category}); from ${from.join(', ')} to ${to.join(', ')}.`);
    // A domain or range with several kinds would mean their intersection in RDFS: only single kinds are stated.
    if (from.length === 1) add(property, std('rdfs', 'domain'), terms.kindClass(from[0]!));
    if (to.length === 1) add(property, std('rdfs', 'range'), terms.kindClass(to[0]!));
    for (const p of mapping.also ?? []) add(property, std('rdfs', 'subPropertyOf'), namedNode(p));
  }
  const specs = [
    ...NODE_KINDS.flatMap((k) => KIND_FIELDS[k]),
    ...RELATIONSHIP_TYPES.flatMap((type) => relationshipProperties(type)),
  ];
  for (const name of MODEL_FIELD_NAMES) {
    const mapping = FIELD_MAPPING[name]!;
    const property = terms.vocab(mapping.property);
    if (!property.value.startsWith(terms.sg)) continue; // a standard property, declared by its own vocabulary
    const uses = specs.filter((f) => f.name === name);
    const values = [...new Set(uses.flatMap((f) => f.values ?? []))];
    declare(property, 'DatatypeProperty', mapping.label, `${[...new Set(uses.map((f) => f.description))].join(' Or: ')}${values.length > 0 ? ` One of: ${values.join(', ')}.` : ''}`);
    // A range only where every use has the same datatype (Meeting.number is an integer, Decision.number a string).
    const datatypes = new Set(uses.map((f) => DATATYPE[f.type]));
    const [datatype] = datatypes;
    if (datatypes.size === 1 && datatype) add(property, std('rdfs', 'range'), namedNode(datatype));
  }
  for (const [local, t] of Object.entries(COMMON_TERMS)) {
    const s = terms.vocab(local);
    const type = { class: 'Class', individual: 'NamedIndividual', object: 'ObjectProperty', datatype: 'DatatypeProperty' }[t.kind];
    declare(s, type, t.label, t.comment);
    if (t.kind === 'individual') add(s, std('rdf', 'type'), terms.vocab('Confidence'));
  }
  add(terms.vocab('confidence'), std('rdfs', 'range'), terms.vocab('Confidence'));
  add(terms.vocab('attributes'), std('rdfs', 'range'), std('rdf', 'JSON'));
  add(terms.vocab('position'), std('rdfs', 'range'), std('xsd', 'positiveInteger'));
  add(terms.vocab('sourceTitle'), std('rdfs', 'range'), std('xsd', 'string'));
  add(terms.vocab('leikaKey'), std('rdfs', 'seeAlso'), namedNode('https://fimportal.de/glossar/11'));
  return sortedQuads(quads);
}
