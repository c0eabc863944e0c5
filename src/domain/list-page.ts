/**
 * A page of a kind's list over nodes already in memory: the record at a past instant (src/domain/recorded-time.ts
 * replays them; src/graph/repositories/list.repository.ts lists them). The same filters, order and paging as the
 * current list's statements (cypher/read/list/page.cypher with partials/node-filters), in one pure function.
 */
import type { NodeKind } from './kinds.js';
import type { SortField } from './queries.js';
import type { NodeRecord } from './records.js';

/** Sort key for names: case and diacritics folded, so "Ämter" sorts with "Amt", not after "Z" (stored as sortName). */
export function sortKey(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/** The property filters of a list (undefined: no filter), as partials/node-filters applies them. */
export interface PropertyFilter {
  readonly nameContains?: string;
  readonly confidence?: string;
  readonly status?: readonly string[];
  readonly budgetMin?: number;
  readonly budgetMax?: number;
  readonly institutionTypes?: readonly string[];
}

export interface ListPageQuery {
  readonly kind: NodeKind;
  readonly filter: PropertyFilter;
  /** The ids the relational filters leave (null: no relational filter). */
  readonly ids: ReadonlySet<string> | null;
  readonly sortField: SortField;
  readonly descending: boolean;
  readonly offset: number;
  /** The most nodes to return (one more than the page: the caller learns whether another follows). */
  readonly limit: number;
}

type Listed = Pick<NodeRecord, 'id' | 'kind' | 'name' | 'aliases' | 'confidence' | 'fields'> & { readonly updatedAt?: string };
type Key = string | number | null;

function keyOf(node: Listed, field: SortField): Key {
  if (field === 'name') return sortKey(node.name);
  // an instant as the history writes it (its fraction may have any number of digits): compared as a time
  if (field === 'updatedAt') return node.updatedAt === undefined ? null : new Date(node.updatedAt).getTime();
  const value = node.fields[field];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function passes(node: Listed, f: PropertyFilter): boolean {
  const budget = node.fields['budgetEur'];
  const status = node.fields['status'];
  const type = node.fields['type'];
  const contains = f.nameContains === undefined ? undefined : sortKey(f.nameContains);
  return (
    (contains === undefined || sortKey(node.name).includes(contains) || node.aliases.some((a) => a.toLowerCase().includes(contains))) &&
    (f.confidence === undefined || node.confidence === f.confidence) &&
    (f.status === undefined || (typeof status === 'string' && f.status.includes(status))) &&
    (f.budgetMin === undefined || (typeof budget === 'number' && budget >= f.budgetMin)) &&
    (f.budgetMax === undefined || (typeof budget === 'number' && budget <= f.budgetMax)) &&
    (f.institutionTypes === undefined || (typeof type === 'string' && f.institutionTypes.includes(type)))
  );
}

const compare = (a: Key, b: Key): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * The page of `query.kind` among `nodes` (any order, any kinds): the nodes of the kind in `ids` (when given) that
 * pass the property filters, sorted by the sort field (unknown values last, ascending or descending), then id, from
 * `offset`, at most `limit`; and how many pass (`total`).
 */
export function listPage<N extends Listed>(nodes: Iterable<N>, query: ListPageQuery): { total: number; nodes: N[] } {
  const listed = [...nodes].filter((n) => n.kind === query.kind && (query.ids === null || query.ids.has(n.id)) && passes(n, query.filter));
  const keyed = listed.map((node) => ({ node, key: keyOf(node, query.sortField) }));
  keyed.sort((a, b) => {
    if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
    const byKey = query.descending ? compare(b.key, a.key) : compare(a.key, b.key);
    return byKey !== 0 ? byKey : a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
  });
  return { total: listed.length, nodes: keyed.slice(query.offset, query.offset + query.limit).map((k) => k.node) };
}
