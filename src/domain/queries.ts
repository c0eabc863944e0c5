/**
 * Rules for query input that hold whatever the transport: traversal depth, page sizes, node
 * references. Pure functions; violations are BAD_USER_INPUT. (Search text: search.ts.)
 */
import { DomainError } from './errors.js';
import { KIND_FIELDS } from './fields.js';
import type { NodeKind } from './kinds.js';

export const MAX_TRAVERSAL_DEPTH = 6;
/**
 * The most hops a path in an answer has: a dependency path of MAX_TRAVERSAL_DEPTH, and for the Schwerpunktthema an
 * impact explains, its HAS_TARGET_VISION and the contributor's CONTRIBUTES_TO in front.
 */
export const MAX_PATH_HOPS = MAX_TRAVERSAL_DEPTH + 2;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_RELATED_LIMIT = 100;
export const MAX_RELATED_LIMIT = 500;
export const MAX_SEARCH_RESULTS = 50;
/** Pages of the traversals (projectsTouching, impact.affected, impact.projects). */
export const DEFAULT_TRAVERSAL_PAGE_SIZE = 100;
export const MAX_TRAVERSAL_PAGE_SIZE = 1_000;
/** Lists of an impact that stay lists (targetVisions, focusAreas): the first N by name. */
export const DEFAULT_IMPACT_LIST_SIZE = 100;
export const MAX_IMPACT_LIST_SIZE = 1_000;
/**
 * The traversals an export streams whole (GET /traversals/<name>, `strategiegraph export --traversal`): each one's
 * node argument and default maxDepth, the same as its GraphQL field's.
 */
export const STREAMED_TRAVERSALS = {
  impact: { argument: 'of', maxDepth: 4 },
  projectsTouching: { argument: 'target', maxDepth: 3 },
} as const;
export type StreamedTraversal = keyof typeof STREAMED_TRAVERSALS;
export const isStreamedTraversal = (v: unknown): v is StreamedTraversal => typeof v === 'string' && Object.hasOwn(STREAMED_TRAVERSALS, v);
/** No cursor the server hands out is longer; longer ones are refused before they are decoded. */
const MAX_CURSOR_LENGTH = 1_024;

export function checkDepth(argument: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_TRAVERSAL_DEPTH) {
    throw new DomainError('BAD_USER_INPUT', `${argument} must be an integer from 1 to ${MAX_TRAVERSAL_DEPTH}, got ${value}`, {
      argument,
      min: 1,
      max: MAX_TRAVERSAL_DEPTH,
    });
  }
  return value;
}

export function checkLimit(argument: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new DomainError('BAD_USER_INPUT', `${argument} must be an integer from 0 to ${max}, got ${value}`, { argument, max });
  }
  return value;
}

/** Opaque cursors: base64 of the offset into the sorted list. */
export function encodeCursor(offset: number): string {
  return btoa(`offset:${offset}`);
}

export function decodeCursor(cursor: string): number {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // not base64: reported below
  }
  // An offset past Number.MAX_SAFE_INTEGER cannot come from this server (and would overflow Neo4j's SKIP).
  const match = cursor.length <= MAX_CURSOR_LENGTH ? /^offset:(\d{1,15})$/.exec(text) : null;
  if (!match) throw notACursor(cursor);
  return Number(match[1]);
}

const notACursor = (cursor: string) =>
  new DomainError('BAD_USER_INPUT', `'${cursor.length > 64 ? `${cursor.slice(0, 64)}…` : cursor}' is not a cursor of this list`, {
    argument: 'after',
  });

/** The position of a row in a traversal's order (hops, then name, then id): what its keyset cursor holds. */
export interface TraversalKey {
  readonly hops: number;
  readonly name: string;
  readonly id: string;
}

/** Opaque keyset cursors of the traversals: base64url of [hops, name, id]. */
export function encodeTraversalCursor(key: TraversalKey): string {
  return Buffer.from(JSON.stringify([key.hops, key.name, key.id]), 'utf8').toString('base64url');
}

export function decodeTraversalCursor(cursor: string, argument = 'after'): TraversalKey {
  let value: unknown;
  try {
    if (cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor)) value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: reported below
  }
  if (
    Array.isArray(value) &&
    value.length === 3 &&
    Number.isInteger(value[0]) &&
    value[0] >= 1 &&
    value[0] <= MAX_TRAVERSAL_DEPTH &&
    typeof value[1] === 'string' &&
    typeof value[2] === 'string'
  ) {
    return { hops: value[0], name: value[1], id: value[2] };
  }
  throw new DomainError('BAD_USER_INPUT', notACursor(cursor).message, { argument });
}

export const SORT_FIELDS = ['name', 'budgetEur', 'startDate', 'endDate', 'date', 'number', 'status', 'updatedAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** A list can be sorted by name, last change, or one of its kind's own fields. */
export function checkSortField(kind: NodeKind, field: SortField): SortField {
  if (field === 'name' || field === 'updatedAt' || KIND_FIELDS[kind].some((f) => f.name === field)) return field;
  throw new DomainError('BAD_USER_INPUT', `${kind} nodes have no field '${field}' to sort by`, { argument: 'orderBy' });
}
