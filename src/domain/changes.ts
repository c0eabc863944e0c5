/**
 * The history: every change to the graph leaves an append-only Change behind, written in the same
 * transaction as the change itself. Nothing ever updates or deletes a Change.
 */
import { DomainError } from './errors.js';

export const CHANGE_OPERATIONS = [
  'CREATE_NODE',
  'UPDATE_NODE',
  'DELETE_NODE',
  'RESTORE_NODE',
  'CREATE_RELATIONSHIP',
  'REMOVE_RELATIONSHIP',
  'IMPORT_NODE',
  'IMPORT_RELATIONSHIP',
] as const;
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

/** Who made a change: an API key, a token's subject, or a command-line user. */
export interface Actor {
  readonly kind: 'apiKey' | 'token' | 'cli' | 'anonymous';
  readonly subject: string;
  readonly role: string | null;
}

export interface Change {
  readonly id: string;
  readonly at: string;
  readonly operation: ChangeOperation;
  /** The node the change is about (for relationships: the start node). */
  readonly targetId: string;
  /** For relationships: the end node. */
  readonly otherId?: string;
  readonly actor: Actor;
  readonly requestId?: string;
  /** The state before and after, as JSON in the import format (null where there was none). */
  readonly before: string | null;
  readonly after: string | null;
}

/** One field a change changed: its value before and after (null where there was none). */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

type State = Record<string, unknown>;

const isObject = (v: unknown): v is State => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The node or relationship a history state describes: the state itself, or, for a deletion's `before` and a
 * restore's `after` ({ node, version, relationships } / { node, relationships, skipped }), its `node`.
 */
function subjectOf(state: State | null): State {
  if (state === null) return {};
  return !('kind' in state) && !('type' in state) && isObject(state['node']) ? state['node'] : state;
}

/** JSON with the keys of every object sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The fields a change changed, from its before/after states in the import format: every field whose value differs
 * (a field missing on one side is null there), in the order of the after state, then the fields only before had.
 */
export function fieldChanges(before: State | null, after: State | null): FieldChange[] {
  const [b, a] = [subjectOf(before), subjectOf(after)];
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }))
    .filter((f) => canonical(f.before) !== canonical(f.after));
}

/**
 * The recorded-time window of `changes`: since inclusive, until exclusive (default: now). since after until is
 * BAD_USER_INPUT.
 */
export function checkChangeWindow(since: Date, until: Date): { since: string; until: string } {
  if (Number.isNaN(since.getTime()) || Number.isNaN(until.getTime())) {
    throw new DomainError('BAD_USER_INPUT', 'since and until must be date-times', { argument: 'since' });
  }
  if (since.getTime() > until.getTime()) {
    throw new DomainError('BAD_USER_INPUT', `since (${since.toISOString()}) must not be after until (${until.toISOString()})`, { argument: 'until' });
  }
  return { since: since.toISOString(), until: until.toISOString() };
}
