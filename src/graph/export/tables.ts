import {
  KIND_FIELDS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  relationshipProperties,
  type GraphDocument,
  type NodeRecord,
  type RelationshipRecord,
  type SourceRef,
} from '../../domain/index.js';

/** A value of a table cell: text, a number, or nothing. */
export type Cell = string | number | undefined;

/** One flat table of an export: the nodes of one kind, or the relationships of one type. */
export interface ExportTable {
  /** The kind ("Project") or the relationship type ("LED_BY"). */
  readonly name: string;
  readonly of: 'nodes' | 'relationships';
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

const urls = (sources: readonly SourceRef[]) => sources.map((s) => s.url).join(' | ');
const json = (attributes: Readonly<Record<string, unknown>>) => (Object.keys(attributes).length > 0 ? JSON.stringify(attributes) : undefined);

/**
 * The one flattening of records into named values, which CSV, XLSX, GraphML and ArchiMate share: aliases and
 * source URLs joined with " | ", attributes as JSON, the kind's fields (or the type's properties) by name in model
 * order; absent values undefined.
 */
export function flatNode(n: NodeRecord): Readonly<Record<string, Cell>> {
  return {
    id: n.id,
    kind: n.kind,
    name: n.name,
    aliases: n.aliases.join(' | '),
    description: n.description,
    validFrom: n.validFrom,
    validTo: n.validTo,
    ...Object.fromEntries(KIND_FIELDS[n.kind].map((f) => [f.name, n.fields[f.name]])),
    confidence: n.confidence,
    note: n.note,
    attributes: json(n.attributes),
    sources: urls(n.sources),
  };
}

/** A relationship as named values (see flatNode). */
export function flatRelationship(r: RelationshipRecord): Readonly<Record<string, Cell>> {
  return {
    from: r.from,
    type: r.type,
    to: r.to,
    validFrom: r.validFrom,
    validTo: r.validTo,
    ...Object.fromEntries(relationshipProperties(r.type).map((p) => [p.name, r.properties[p.name]])),
    confidence: r.confidence,
    note: r.note,
    sources: urls(r.sources),
  };
}

/**
 * The graph as flat tables (CSV and XLSX): one per kind and one per relationship type that occur, in the model's
 * order, their columns the flat values of flatNode / flatRelationship.
 */
export function exportTables(doc: GraphDocument): ExportTable[] {
  const tables: ExportTable[] = [];
  const table = <T>(name: string, of: ExportTable['of'], header: readonly string[], records: readonly T[], flat: (r: T) => Readonly<Record<string, Cell>>) =>
    tables.push({ name, of, header, rows: records.map((r) => { const values = flat(r); return header.map((h) => values[h]); }) });
  for (const kind of NODE_KINDS) {
    const nodes = doc.nodes.filter((n) => n.kind === kind);
    if (nodes.length === 0) continue;
    const fields = KIND_FIELDS[kind].map((f) => f.name);
    table(kind, 'nodes', ['id', 'name', 'aliases', 'description', 'validFrom', 'validTo', ...fields, 'confidence', 'note', 'attributes', 'sources'], nodes, flatNode);
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rels = doc.relationships.filter((r) => r.type === type);
    if (rels.length === 0) continue;
    const props = relationshipProperties(type).map((p) => p.name);
    table(type, 'relationships', ['from', 'to', 'validFrom', 'validTo', ...props, 'confidence', 'note', 'sources'], rels, flatRelationship);
  }
  return tables;
}
