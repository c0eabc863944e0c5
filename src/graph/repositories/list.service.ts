import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  checkDepth,
  checkLimit,
  checkSortField,
  decodeCursor,
  encodeCursor,
  type NodeKind,
  type RelationshipType,
  type SortField,
} from '../../domain/index.js';
import type { StoredNode } from '../mapping.js';
import type { NodeRepository } from './node.repository.js';
import { resolveReference } from './references.js';
import type { Direction, PropertyFilter, RelationalFilter } from './types.js';

/** A relational filter as clients give it: with node references still to resolve. */
export type RelationalRequest =
  | { readonly by: 'related'; readonly ref: string; readonly type: RelationshipType; readonly direction: Direction }
  | { readonly by: 'focusArea'; readonly ref: string }
  | { readonly by: 'institution'; readonly ref: string }
  | { readonly by: 'touching'; readonly ref: string; readonly depth: number };

export interface ListRequest {
  readonly kind: NodeKind;
  readonly filter: PropertyFilter;
  readonly relational: readonly RelationalRequest[];
  readonly sortField: SortField;
  readonly descending: boolean;
  readonly first?: number;
  readonly after?: string | null;
  /** The client asked for totalCount: count alongside the page instead of after it (one round trip less). */
  readonly countNow?: boolean;
}

export interface Page {
  readonly nodes: readonly StoredNode[];
  readonly offset: number;
  readonly hasNextPage: boolean;
  /** Counted only when called (a separate, streaming count in Neo4j). */
  readonly totalCount: () => Promise<number>;
}

/**
 * A page of a kind's list. Relational filters are resolved first (one statement each, anchored at the
 * named node) and intersected; the page and, if asked, the count then run over the remaining ids.
 */
export async function listPage(nodes: NodeRepository, request: ListRequest): Promise<Page> {
  const first = checkLimit('first', request.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const sortField = checkSortField(request.kind, request.sortField);
  const offset = request.after == null ? 0 : decodeCursor(request.after) + 1;
  let ids: string[] | undefined;
  for (const r of request.relational) {
    const filter = await toFilter(nodes, r);
    const found = await nodes.filterIds(request.kind, filter);
    const keep = new Set(found);
    ids = ids === undefined ? found : ids.filter((id) => keep.has(id));
  }
  const counted = request.countNow ? nodes.count(request.kind, request.filter, ids) : undefined;
  // Settled here so that a failing page does not leave the parallel count's rejection unobserved.
  counted?.catch(() => {});
  const page = await nodes.list({ kind: request.kind, filter: request.filter, ids, sortField, descending: request.descending, offset, limit: first });
  return { ...page, offset, totalCount: () => counted ?? nodes.count(request.kind, request.filter, ids) };
}

async function toFilter(nodes: NodeRepository, r: RelationalRequest): Promise<RelationalFilter> {
  switch (r.by) {
    case 'related':
      return { by: 'related', anchorId: (await resolveReference(nodes, r.ref, 'relatedTo.node')).id, type: r.type, direction: r.direction };
    case 'focusArea':
      return { by: 'focusArea', focusAreaId: (await resolveReference(nodes, r.ref, 'focusArea')).id };
    case 'institution':
      return { by: 'institution', institutionId: (await resolveReference(nodes, r.ref, 'institution')).id };
    case 'touching':
      return { by: 'touching', targetId: (await resolveReference(nodes, r.ref, 'touching')).id, depth: checkDepth('touchingDepth', r.depth) };
  }
}

/** Cursor of the node at `index` of a page that starts at `offset`. */
export const cursorAt = (offset: number, index: number): string => encodeCursor(offset + index);
