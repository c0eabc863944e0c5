/**
 * The history: every change to the graph leaves an append-only Change behind, written in the same
 * transaction as the change itself. Nothing ever updates or deletes a Change.
 */
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
