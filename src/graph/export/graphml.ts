import {
  COMMON_RELATIONSHIP_PROPERTIES,
  KIND_FIELDS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  ruleOf,
  type FieldSpec,
  type GraphDocument,
  type NodeRecord,
  type RelationshipRecord,
} from '../../domain/index.js';
import { flatNode, flatRelationship, type Cell } from './tables.js';
import { xmlText } from './xml.js';

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: 'string' | 'double' | 'int';
}

const typeOf = (f: FieldSpec): Key['type'] => (f.type === 'money' ? 'double' : f.type === 'integer' ? 'int' : 'string');
const unique = (specs: readonly FieldSpec[]) => [...new Map(specs.map((s) => [s.name, s])).values()];

// Every attribute a node or edge can carry, declared once. "label" is what Gephi and yEd's properties mapper show.
const NODE_FIELDS = unique(NODE_KINDS.flatMap((k) => KIND_FIELDS[k]));
const EDGE_FIELDS = unique([...COMMON_RELATIONSHIP_PROPERTIES, ...RELATIONSHIP_TYPES.flatMap((t) => ruleOf(t).properties ?? [])]);
const NODE_KEYS: Key[] = [
  ...['label', 'kind', 'aliases', 'description', 'validFrom', 'validTo', 'confidence', 'note', 'attributes', 'sources'].map((name) => ({ id: `n_${name}`, name, type: 'string' as const })),
  ...NODE_FIELDS.map((f) => ({ id: `n_${f.name}`, name: f.name, type: typeOf(f) })),
];
const EDGE_KEYS: Key[] = [
  ...['label', 'validFrom', 'validTo', 'confidence', 'note', 'sources'].map((name) => ({ id: `e_${name}`, name, type: 'string' as const })),
  ...EDGE_FIELDS.map((f) => ({ id: `e_${f.name}`, name: f.name, type: typeOf(f) })),
];

const data = (prefix: string, values: Readonly<Record<string, Cell>>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `      <data key="${prefix}_${k}">${xmlText(v!)}</data>\n`)
    .join('');

/** A node's GraphML data: its flat values, the name as `label` (the id is the node's own attribute). */
function nodeData(n: NodeRecord): Record<string, Cell> {
  const { id: _id, name, ...rest } = flatNode(n);
  return { label: name, ...rest };
}

/** A relationship's GraphML data: its flat values, the type as `label` (the ends are the edge's attributes). */
function edgeData(r: RelationshipRecord): Record<string, Cell> {
  const { from: _from, to: _to, type, ...rest } = flatRelationship(r);
  return { label: type, ...rest };
}

/** GraphML for yEd, Gephi and other graph tools: directed, one node per node, one edge per relationship. */
export function toGraphml(doc: GraphDocument): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>\n`),
    ...EDGE_KEYS.map((k) => `  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>\n`),
  ].join('');
  const nodes = doc.nodes
    .map((n) =>
      `    <node id="${xmlText(n.id)}">\n` +
      data('n', nodeData(n)) +
      '    </node>\n',
    )
    .join('');
  const edges = doc.relationships
    .map((r, i) =>
      `    <edge id="e${i}" source="${xmlText(r.from)}" target="${xmlText(r.to)}">\n` +
      data('e', edgeData(r)) +
      '    </edge>\n',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys +
    '  <graph id="strategiegraph" edgedefault="directed">\n' +
    nodes +
    edges +
    '  </graph>\n' +
    '</graphml>\n'
  );
}
