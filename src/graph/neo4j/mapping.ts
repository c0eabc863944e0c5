import { createHash } from 'node:crypto';
import {
  periodOf,
  sortKey,
  type Confidence,
  type FieldValue,
  type NodeKind,
  type NodeRecord,
  type RelationshipRecord,
  type RelationshipType,
  type SourceRef,
  type ValidPeriod,
} from '../../domain/index.js';

/**
 * How records are stored in Neo4j and read back. Lists of maps (sources) and free-form attributes are
 * kept as JSON strings; kind-specific fields are plain properties so they can be filtered and sorted.
 * Only the model's properties are written, and only they are read back: nothing else leaks out of the database.
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
 * import rewrites it in the new form. 4: both ends of a relationship with a valid-time bound carry the label
 * BoundedEnds (cypher/partials/bounded-ends-label), which the traversals' hops test.
 */
export const STORAGE_FORMAT = 4;

export const contentHash = (value: unknown): string =>
  createHash('sha256').update(`${STORAGE_FORMAT}:${canonical(value)}`).digest('hex').slice(0, 32);

/** Sort key for names (stored as sortName): src/domain/list-page.ts, which sorts the record's lists by it too. */
export { sortKey };

export function nodeToProps(n: NodeRecord): StoredProps {
  const props: StoredProps = {
    id: n.id,
    kind: n.kind,
    name: n.name,
    sortName: sortKey(n.name),
    aliases: n.aliases,
    aliasesText: n.aliases.join('\n'),
    namesText: [n.name, ...n.aliases].join('\n'),
    description: n.description,
    ...periodOf(n),
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
    ...periodOf(r),
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

/** The valid period of stored properties (validFrom / validTo where they are strings; null and absent are no bound). */
export function storedPeriod(p: Readonly<Record<string, unknown>>): ValidPeriod {
  return {
    ...(typeof p.validFrom === 'string' ? { validFrom: p.validFrom } : {}),
    ...(typeof p.validTo === 'string' ? { validTo: p.validTo } : {}),
  };
}

const BOOKKEEPING = new Set(['id', 'kind', 'name', 'sortName', 'aliases', 'aliasesText', 'namesText', 'description', 'validFrom', 'validTo', 'sourcesJson', 'confidence',
  'note', 'attributesJson', 'contentHash', 'version', 'createdAt', 'updatedAt']);

/** Defines `name` on `target` as the JSON in `text`, parsed when first read (most requests never read it). */
function lazyJson(target: object, name: 'sources' | 'attributes', text: string | undefined, empty: string): void {
  let value: unknown;
  Object.defineProperty(target, name, {
    enumerable: true,
    configurable: true,
    get: () => (value ??= JSON.parse(text ?? empty)),
  });
}

/** A whole node from all of its stored properties; `sources` and `attributes` are parsed only when read. */
export function nodeFromProps(p: Record<string, unknown>): StoredNode {
  const fields: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(p)) {
    if (!BOOKKEEPING.has(k) && (typeof v === 'string' || typeof v === 'number')) fields[k] = v;
  }
  const node = {
    ...fields,
    id: p.id as string,
    kind: p.kind as NodeKind,
    name: p.name as string,
    aliases: (p.aliases as string[] | undefined) ?? [],
    description: (p.description as string | undefined) ?? '',
    ...storedPeriod(p),
    confidence: ((p.confidence as Confidence | undefined) ?? 'stated'),
    ...(typeof p.note === 'string' ? { note: p.note } : {}),
    fields,
    version: (p.version as number | undefined) ?? 0,
    ...(typeof p.createdAt === 'string' ? { createdAt: p.createdAt } : {}),
    ...(typeof p.updatedAt === 'string' ? { updatedAt: p.updatedAt } : {}),
  };
  lazyJson(node, 'sources', p.sourcesJson as string | undefined, '[]');
  lazyJson(node, 'attributes', p.attributesJson as string | undefined, '{}');
  // sources and attributes are getters lazyJson defines above, which the literal's type cannot show
  return node as unknown as StoredNode;
}

/**
 * A node read with only some of its stored properties (a projection: what a selection reads): id and kind always,
 * every other field only when its property was read. Its fields are optional where a whole node's are required,
 * so a view cannot be primed into the node loader, or passed anywhere else, as a whole node.
 */
export type NodeView = Pick<StoredNode, 'id' | 'kind'> & Partial<Omit<StoredNode, 'id' | 'kind'>>;

/** Where a stored property lands on a node (the kind-specific fields land under their own names). */
const VIEW_FIELDS: Readonly<Record<string, keyof StoredNode>> = {
  sourcesJson: 'sources',
  attributesJson: 'attributes',
};

/**
 * The view of a node from the values of `keys` (in their order), or the whole node from a map of every
 * property when `keys` is null (read so by cypher/partials/node-value and its kin).
 */
export function nodeFromValue(value: unknown, keys: readonly string[] | null): NodeView {
  if (keys === null) return nodeFromProps(value as Record<string, unknown>);
  const values = value as unknown[];
  const props = Object.fromEntries(keys.map((k, i) => [k, values[i] ?? undefined]));
  const whole = nodeFromProps(props);
  const view: Record<string, unknown> = { id: whole.id, kind: whole.kind, fields: {} };
  const fields = view.fields as Record<string, unknown>;
  for (const k of keys) {
    const name = VIEW_FIELDS[k] ?? k;
    if (name === 'id' || name === 'kind') continue;
    if (name === 'sources' || name === 'attributes') lazyJson(view, name, props[k] as string | undefined, name === 'sources' ? '[]' : '{}');
    else if (name in whole) view[name] = Reflect.get(whole, name);
    if (k in whole.fields) fields[k] = whole.fields[k];
  }
  return view as NodeView;
}

const REL_BOOKKEEPING = new Set(['validFrom', 'validTo', 'sourcesJson', 'confidence', 'note', 'contentHash']);

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
    ...storedPeriod(p),
    sources: JSON.parse((p.sourcesJson as string | undefined) ?? '[]') as SourceRef[],
    confidence: (p.confidence as Confidence | undefined) ?? 'stated',
    ...(typeof p.note === 'string' ? { note: p.note } : {}),
    properties,
  };
}
