import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  checkDepth,
  checkLimit,
  checkSortField,
  decodeCursor,
  encodeCursor,
  type NodeKind,
  type SortField,
} from '../../domain/index.js';
import type { NodeView } from '../mapping.js';
import type { NodeRepository } from './node.repository.js';
import { resolveReference } from './references.js';
import type { PropertyFilter, RelationalFilter } from './types.js';

export interface ListRequest {
  readonly kind: NodeKind;
  readonly filter: PropertyFilter;
  readonly relational: readonly RelationalFilter[];
  readonly sortField: SortField;
  readonly descending: boolean;
  readonly first?: number;
  readonly after?: string | null;
  /** The client asked for totalCount: count in the page's statement instead of after it (one round trip less). */
  readonly countNow?: boolean;
  /** The stored properties the selection reads (null or undefined: every property). */
  readonly keys?: readonly string[] | null;
}

export interface Page {
  readonly nodes: readonly NodeView[];
  readonly offset: number;
  readonly hasNextPage: boolean;
  /** Counted with the page when asked for up front (countNow), else when called (a streaming count in Neo4j). */
  readonly totalCount: () => Promise<number>;
}

/**
 * A page of a kind's list. One relational filter is resolved in the page's own statement (with the count); several
 * are resolved first (one statement each, anchored at the named node) and intersected, and the page and, if asked,
 * the count then run over the remaining ids in one statement.
 */
export async function listPage(nodes: NodeRepository, request: ListRequest): Promise<Page> {
  const first = checkLimit('first', request.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const sortField = checkSortField(request.kind, request.sortField);
  const offset = request.after == null ? 0 : decodeCursor(request.after) + 1;
  const query = { kind: request.kind, filter: request.filter, sortField, descending: request.descending, offset, limit: first, keys: request.keys };
  const [only] = request.relational;
  // One relational filter (the common case): filter, page and count in one statement.
  if (request.relational.length === 1 && only!.ref.trim() !== '' && (only!.by !== 'touching' || validDepth(only!.depth))) {
    const found = await nodes.listRelated(query, only!);
    if (found !== undefined) return { nodes: found.nodes, hasNextPage: found.hasNextPage, offset, totalCount: () => Promise.resolve(found.total) };
    await resolveReference(nodes, only!.ref, ARGUMENT[only!.by]); // says why it names no node or several
  }
  // Several filters: filter by filter, then page over the ids.
  let ids: string[] | undefined;
  for (const r of request.relational) {
    const found = await filterIds(nodes, request.kind, r);
    const keep = new Set(found);
    ids = ids === undefined ? found : ids.filter((id) => keep.has(id));
  }
  const { nodes: page, hasNextPage, total } = await nodes.list({ ...query, ids }, request.countNow ?? false);
  return {
    nodes: page,
    hasNextPage,
    offset,
    totalCount: () => (total === undefined ? nodes.count(request.kind, request.filter, ids) : Promise.resolve(total)),
  };
}

const ARGUMENT: Record<RelationalFilter['by'], string> = {
  related: 'relatedTo.node',
  focusArea: 'focusArea',
  institution: 'institution',
  touching: 'touching',
};

/**
 * One relational filter: one statement that resolves its reference and filters. Only when the reference names
 * no node or several is it resolved on its own, which reports NOT_FOUND (with candidates) or BAD_USER_INPUT.
 */
async function filterIds(nodes: NodeRepository, kind: NodeKind, r: RelationalFilter): Promise<string[]> {
  if (r.by === 'touching' && !validDepth(r.depth)) {
    await resolveReference(nodes, r.ref, ARGUMENT[r.by]); // a bad reference is reported first, as it always was
    checkDepth('touchingDepth', r.depth);
  }
  const found = r.ref.trim() === '' ? undefined : await nodes.filterIds(kind, r);
  if (found !== undefined) return found;
  const node = await resolveReference(nodes, r.ref, ARGUMENT[r.by]);
  return (await nodes.filterIds(kind, { ...r, ref: node.id })) ?? [];
}

function validDepth(depth: number): boolean {
  try {
    checkDepth('touchingDepth', depth);
    return true;
  } catch {
    return false;
  }
}

/** Cursor of the node at `index` of a page that starts at `offset`. */
export const cursorAt = (offset: number, index: number): string => encodeCursor(offset + index);
