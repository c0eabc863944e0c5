/**
 * Rules for query input that hold whatever the transport: traversal depth, page sizes, node
 * references. Pure functions; violations are BAD_USER_INPUT. (Search text: search.ts.)
 */
import { DomainError } from './errors.js';
import { KIND_FIELDS } from './fields.js';
import type { NodeKind } from './kinds.js';

export const MAX_TRAVERSAL_DEPTH = 6;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_RELATED_LIMIT = 100;
export const MAX_RELATED_LIMIT = 500;
export const MAX_SEARCH_RESULTS = 50;

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
  const match = /^offset:(\d+)$/.exec(text);
  if (!match) throw new DomainError('BAD_USER_INPUT', `'${cursor}' is not a cursor of this list`, { argument: 'after' });
  return Number(match[1]);
}

export const SORT_FIELDS = ['name', 'budgetEur', 'startDate', 'endDate', 'date', 'number', 'status', 'updatedAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** A list can be sorted by name, last change, or one of its kind's own fields. */
export function checkSortField(kind: NodeKind, field: SortField): SortField {
  if (field === 'name' || field === 'updatedAt' || KIND_FIELDS[kind].some((f) => f.name === field)) return field;
  throw new DomainError('BAD_USER_INPUT', `${kind} nodes have no field '${field}' to sort by`, { argument: 'orderBy' });
}
