import {
  KIND_FIELDS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  relationshipProperties,
  type GraphDocument,
  type SourceRef,
} from '../../domain/index.js';
import type { ExportFile } from './files.js';

export type Cell = string | number | undefined;

/**
 * One CSV field (RFC 4180). Text starting with = + - @ or a control character gets a leading apostrophe,
 * so that spreadsheets show it instead of evaluating it as a formula (CSV injection).
 */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header and rows, CRLF line ends. */
export function csvTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

const urls = (sources: readonly SourceRef[]) => sources.map((s) => s.url).join(' | ');

/** One file per kind (nodes-<Kind>.csv) and per relationship type (relationships-<TYPE>.csv) that occurs. */
export function toCsv(doc: GraphDocument): ExportFile[] {
  const files: ExportFile[] = [];
  for (const kind of NODE_KINDS) {
    const nodes = doc.nodes.filter((n) => n.kind === kind);
    if (nodes.length === 0) continue;
    const fields = KIND_FIELDS[kind].map((f) => f.name);
    const header = ['id', 'name', 'aliases', 'description', ...fields, 'confidence', 'note', 'attributes', 'sources'];
    const rows = nodes.map((n) => [
      n.id,
      n.name,
      n.aliases.join(' | '),
      n.description,
      ...fields.map((f) => n.fields[f]),
      n.confidence,
      n.note,
      Object.keys(n.attributes).length > 0 ? JSON.stringify(n.attributes) : undefined,
      urls(n.sources),
    ]);
    files.push({ name: `nodes-${kind}.csv`, content: csvTable(header, rows) });
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rels = doc.relationships.filter((r) => r.type === type);
    if (rels.length === 0) continue;
    const props = relationshipProperties(type).map((p) => p.name);
    const header = ['from', 'to', ...props, 'confidence', 'note', 'sources'];
    const rows = rels.map((r) => [r.from, r.to, ...props.map((p) => r.properties[p]), r.confidence, r.note, urls(r.sources)]);
    files.push({ name: `relationships-${type}.csv`, content: csvTable(header, rows) });
  }
  return files;
}
