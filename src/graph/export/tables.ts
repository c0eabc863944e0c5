import { KIND_FIELDS, NODE_KINDS, RELATIONSHIP_TYPES, relationshipProperties, type GraphDocument, type SourceRef } from '../../domain/index.js';

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

/**
 * The graph as flat tables (the one projection CSV and XLSX share): one per kind and one per relationship type that
 * occur, in the model's order. Aliases and source URLs are joined with " | ", attributes are JSON.
 */
export function exportTables(doc: GraphDocument): ExportTable[] {
  const tables: ExportTable[] = [];
  for (const kind of NODE_KINDS) {
    const nodes = doc.nodes.filter((n) => n.kind === kind);
    if (nodes.length === 0) continue;
    const fields = KIND_FIELDS[kind].map((f) => f.name);
    tables.push({
      name: kind,
      of: 'nodes',
      header: ['id', 'name', 'aliases', 'description', ...fields, 'confidence', 'note', 'attributes', 'sources'],
      rows: nodes.map((n) => [
        n.id,
        n.name,
        n.aliases.join(' | '),
        n.description,
        ...fields.map((f) => n.fields[f]),
        n.confidence,
        n.note,
        Object.keys(n.attributes).length > 0 ? JSON.stringify(n.attributes) : undefined,
        urls(n.sources),
      ]),
    });
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rels = doc.relationships.filter((r) => r.type === type);
    if (rels.length === 0) continue;
    const props = relationshipProperties(type).map((p) => p.name);
    tables.push({
      name: type,
      of: 'relationships',
      header: ['from', 'to', ...props, 'confidence', 'note', 'sources'],
      rows: rels.map((r) => [r.from, r.to, ...props.map((p) => r.properties[p]), r.confidence, r.note, urls(r.sources)]),
    });
  }
  return tables;
}
