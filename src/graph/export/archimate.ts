import {
  COMMON_RELATIONSHIP_PROPERTIES,
  KIND_FIELDS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  ruleOf,
  type FieldSpec,
  type GraphDocument,
  type NodeKind,
} from '../../domain/index.js';
import { ELEMENT_OF, relationshipFor } from './archimate-mapping.js';
import { flatNode, flatRelationship, type Cell } from './tables.js';
import { xmlText } from './xml.js';

/** The exchange format's namespace: ArchiMate 3.1 files keep the 3.0 namespace and name the 3.1 schema. */
export const ARCHIMATE_NAMESPACE = 'http://www.opengroup.org/xsd/archimate/3.0/';
export const ARCHIMATE_SCHEMA = 'http://www.opengroup.org/xsd/archimate/3.1/archimate3_Model.xsd';

type Values = Readonly<Record<string, Cell>>;

const FIELD_SPECS: FieldSpec[] = [
  ...NODE_KINDS.flatMap((k) => KIND_FIELDS[k]),
  ...COMMON_RELATIONSHIP_PROPERTIES,
  ...RELATIONSHIP_TYPES.flatMap((t) => ruleOf(t).properties ?? []),
];
// Every property an element or relationship may carry, in a fixed order.
const PROPERTIES = new Map<string, 'string' | 'number'>([
  ...['id', 'kind', 'type', 'aliases', 'validFrom', 'validTo', 'confidence', 'note', 'sources', 'attributes'].map((n) => [n, 'string'] as const),
  ...FIELD_SPECS.map((f) => [f.name, f.type === 'money' || f.type === 'integer' ? 'number' : 'string'] as const),
]);

const elementId = (id: string) => `id-${id}`;
const propertyId = (name: string) => `propid-${name}`;

function properties(values: Values, indent: string, used: Set<string>): string {
  const present = Object.entries(values).filter(([, v]) => v !== undefined && v !== '');
  if (present.length === 0) return '';
  for (const [name] of present) used.add(name);
  const items = present.map(
    ([name, v]) => `${indent}  <property propertyDefinitionRef="${propertyId(name)}"><value xml:lang="de">${xmlText(v!)}</value></property>\n`,
  );
  return `${indent}<properties>\n${items.join('')}${indent}</properties>\n`;
}

/**
 * The graph in the ArchiMate Model Exchange File Format 3.1, for Archi and other ArchiMate tools: each
 * node an element, each relationship an ArchiMate relationship (see archimate-mapping.ts), our ids,
 * kinds, sources and fields as properties. No views: Archi draws them from the model.
 */
export function toArchimate(doc: GraphDocument): string {
  const used = new Set<string>();
  const kindOf = new Map<string, NodeKind>(doc.nodes.map((n) => [n.id, n.kind]));
  const elements = doc.nodes
    .map((n) => {
      // The name and the description are the element's own; the rest are properties.
      const { name: _name, description: _description, ...values } = flatNode(n);
      return (
        `    <element identifier="${elementId(n.id)}" xsi:type="${ELEMENT_OF[n.kind]}">\n` +
        `      <name xml:lang="de">${xmlText(n.name)}</name>\n` +
        (n.description ? `      <documentation xml:lang="de">${xmlText(n.description)}</documentation>\n` : '') +
        properties(values, '      ', used) +
        '    </element>\n'
      );
    })
    .join('');
  const relationships = doc.relationships
    .map((r) => {
      const mapping = relationshipFor(r.type, kindOf.get(r.from)!, kindOf.get(r.to)!);
      const [source, target] = mapping.reversed ? [r.to, r.from] : [r.from, r.to];
      const extra = mapping.type === 'Association' ? ' isDirected="true"' : mapping.type === 'Access' ? ' accessType="Write"' : '';
      // The ends are the relationship's own; the rest are properties.
      const { from: _from, to: _to, ...values } = flatRelationship(r);
      return (
        `    <relationship identifier="rel-${r.from}--${r.type}--${r.to}" source="${elementId(source)}" target="${elementId(target)}" xsi:type="${mapping.type}"${extra}>\n` +
        `      <name xml:lang="de">${r.type}</name>\n` +
        properties(values, '      ', used) +
        '    </relationship>\n'
      );
    })
    .join('');
  const definitions = [...PROPERTIES]
    .filter(([name]) => used.has(name))
    .map(([name, type]) => `    <propertyDefinition identifier="${propertyId(name)}" type="${type}">\n      <name xml:lang="en">${name}</name>\n    </propertyDefinition>\n`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<model xmlns="${ARCHIMATE_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n` +
    `       xsi:schemaLocation="${ARCHIMATE_NAMESPACE} ${ARCHIMATE_SCHEMA}"\n` +
    '       identifier="id-strategiegraph">\n' +
    '  <name xml:lang="de">Strategiegraph: Föderale Digitalstrategie</name>\n' +
    '  <documentation xml:lang="en">Exported from Strategiegraph. Properties carry the graph\'s ids, kinds and sources.</documentation>\n' +
    (elements ? `  <elements>\n${elements}  </elements>\n` : '') +
    (relationships ? `  <relationships>\n${relationships}  </relationships>\n` : '') +
    (definitions ? `  <propertyDefinitions>\n${definitions}  </propertyDefinitions>\n` : '') +
    '</model>\n'
  );
}
