import { createHash } from 'node:crypto';
import type {
  AttributeValue,
  Confidence,
  FieldValue,
  NodeKind,
  NodeRecord,
  RelationshipRecord,
  RelationshipType,
  SourceRef,
} from '../domain/index.js';

/**
 * How records are stored in Neo4j and read back. Lists of maps (sources) and free-form attributes are
 * kept as JSON strings; kind-specific fields are plain properties so they can be filtered and sorted.
 * Whitelisted both ways: nothing else leaks out of the database.
 */
export type StoredProps = Record<string, string | number | readonly string[]>;

/** Canonical JSON: keys sorted, so equal records hash equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Bump when the way records are stored changes: every record then counts as changed once, and the next
 * import rewrites it in the new form.
 */
export const STORAGE_FORMAT = 2;

export const contentHash = (value: unknown): string =>
  createHash('sha256').update(`${STORAGE_FORMAT}:${canonical(value)}`).digest('hex').slice(0, 32);

/** Sort key for names: case and diacritics folded, so "Ämter" sorts with "Amt", not after "Z". */
export function sortKey(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

export function nodeToProps(n: NodeRecord): StoredProps {
  const props: StoredProps = {
    id: n.id,
    kind: n.kind,
    name: n.name,
    sortName: sortKey(n.name),
    aliases: n.aliases,
    aliasesText: n.aliases.join('\n'),
    description: n.description,
    sourcesJson: JSON.stringify(n.sources),
    confidence: n.confidence,
    attributesJson: JSON.stringify(n.attributes),
    ...n.fields,
    contentHash: contentHash(n),
  };
  if (n.note !== undefined) props.note = n.note;
  return props;
}

export function relationshipToProps(r: RelationshipRecord): StoredProps {
  const props: StoredProps = {
    sourcesJson: JSON.stringify(r.sources),
    confidence: r.confidence,
    ...r.properties,
    contentHash: contentHash(r),
  };
  if (r.note !== undefined) props.note = r.note;
  return props;
}

/**
 * A node as the layers above see it: the record plus bookkeeping. The kind-specific fields are also
 * copied to the top level (node.status as well as node.fields.status) for GraphQL's default resolvers.
 */
export interface StoredNode extends NodeRecord {
  readonly version: number;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

const BOOKKEEPING = new Set(['id', 'kind', 'name', 'sortName', 'aliases', 'aliasesText', 'description', 'sourcesJson', 'confidence',
  'note', 'attributesJson', 'contentHash', 'version', 'createdAt', 'updatedAt']);

export function nodeFromProps(p: Record<string, unknown>): StoredNode {
  const fields: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(p)) {
    if (!BOOKKEEPING.has(k) && (typeof v === 'string' || typeof v === 'number')) fields[k] = v;
  }
  return {
    ...fields,
    id: p.id as string,
    kind: p.kind as NodeKind,
    name: p.name as string,
    aliases: (p.aliases as string[] | undefined) ?? [],
    description: (p.description as string | undefined) ?? '',
    sources: JSON.parse((p.sourcesJson as string | undefined) ?? '[]') as SourceRef[],
    confidence: ((p.confidence as Confidence | undefined) ?? 'stated'),
    ...(typeof p.note === 'string' ? { note: p.note } : {}),
    attributes: JSON.parse((p.attributesJson as string | undefined) ?? '{}') as Record<string, AttributeValue>,
    fields,
    version: (p.version as number | undefined) ?? 0,
    ...(typeof p.createdAt === 'string' ? { createdAt: p.createdAt } : {}),
    ...(typeof p.updatedAt === 'string' ? { updatedAt: p.updatedAt } : {}),
  };
}

const REL_BOOKKEEPING = new Set(['sourcesJson', 'confidence', 'note', 'contentHash']);

export function relationshipFromProps(
  from: string,
  type: RelationshipType,
  to: string,
  p: Record<string, unknown>,
): RelationshipRecord {
  const properties: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(p)) {
    if (!REL_BOOKKEEPING.has(k) && (typeof v === 'string' || typeof v === 'number')) properties[k] = v;
  }
  return {
    from,
    type,
    to,
    sources: JSON.parse((p.sourcesJson as string | undefined) ?? '[]') as SourceRef[],
    confidence: (p.confidence as Confidence | undefined) ?? 'stated',
    ...(typeof p.note === 'string' ? { note: p.note } : {}),
    properties,
  };
}
