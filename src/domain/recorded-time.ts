/**
 * Recorded time: what this graph held at a past instant, reconstructed from the append-only history alone.
 *
 * Every write leaves Changes behind in its own transaction (src/domain/changes.ts), each with the state before and
 * after in the import format. Replaying the Changes recorded at or before an instant, oldest first, yields every node
 * and relationship as the graph held it then — deletions and imports included:
 * - CREATE_NODE, UPDATE_NODE, IMPORT_NODE: the node is `after` (version 1 when it had none, else one more);
 * - DELETE_NODE: the node and every relationship with it as an end are gone (its version is kept for a restore);
 * - RESTORE_NODE: the node is `after.node` at the version it had when deleted plus one, with `after.relationships`;
 * - CREATE_RELATIONSHIP, IMPORT_RELATIONSHIP: the relationship is `after`; REMOVE_RELATIONSHIP: it is gone.
 * The versions follow the writers' rule (upsert-nodes, node-create, node-replace): a node's version counts its writes.
 * Changes written in one transaction share their instant; a transaction changes each node or relationship at most
 * once, so their order among themselves does not matter.
 */
import type { ChangeOperation } from './changes.js';
import { relationshipKey } from './records.js';

/** One entry of the history as stored (at: an ISO instant; before/after: JSON in the import format, or null). */
export interface HistoryEntry {
  readonly id: string;
  readonly at: string;
  readonly operation: ChangeOperation;
  readonly targetId: string;
  readonly otherId?: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

type State = Record<string, unknown>;

/** A node as the history holds it at an instant. */
export interface RecordedNode {
  /** The node in the import format. */
  readonly state: State;
  readonly version: number;
  /** When it was created (last created or restored) and last written, as recorded. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The graph as recorded at an instant: nodes by id, relationships by relationshipKey (import format). */
export interface RecordedGraph {
  readonly nodes: ReadonlyMap<string, RecordedNode>;
  readonly relationships: ReadonlyMap<string, State>;
}

/**
 * The longest a write transaction may run (the importer's timeout, and the most NEO4J_TX_TIMEOUT_MS allows). A Change
 * carries the instant its statement ran, and it becomes visible when its transaction commits, up to this much later:
 * the record of an instant older than this never changes again.
 */
export const LONGEST_WRITE_MS = 3_600_000;

/** Is the record at `at` final (no write still running can add to it)? */
export const isSettled = (at: string, now: Date = new Date()): boolean => new Date(at).getTime() < now.getTime() - LONGEST_WRITE_MS;

const instant = (at: string): number => new Date(at).getTime();

const parse = (json: string | null): State | null => (json === null ? null : (JSON.parse(json) as State));

/**
 * Entries oldest first, the order the history is replayed in. Instants count to the millisecond (as GraphQL's DateTime
 * does); entries within one millisecond keep the order given (the statements return them by at, then id).
 */
export function historyOrder(a: HistoryEntry, b: HistoryEntry): number {
  return instant(a.at) - instant(b.at);
}

/**
 * The graph as recorded at `at` (inclusive; default: after every entry), replayed from `entries` (any order). Given
 * only some entries (those about some nodes), it answers for those: a relationship needs the entries about it and
 * the deletions and restores of its two ends, a node's version every entry about the node.
 */
export function replay(entries: Iterable<HistoryEntry>, at?: string): RecordedGraph {
  const until = at === undefined ? Infinity : instant(at);
  const sorted = [...entries].filter((e) => instant(e.at) <= until).sort(historyOrder);
  const nodes = new Map<string, RecordedNode>();
  const versions = new Map<string, number>();
  const relationships = new Map<string, State>();
  const dropRelationshipsOf = (id: string): void => {
    for (const [key, r] of relationships) if (r['from'] === id || r['to'] === id) relationships.delete(key);
  };
  const putRelationship = (r: State): void => {
    relationships.set(relationshipKey(r as { from: string; type: never; to: string }), r);
  };
  for (const e of sorted) {
    const after = parse(e.after);
    switch (e.operation) {
      case 'CREATE_NODE':
      case 'UPDATE_NODE':
      case 'IMPORT_NODE': {
        const existing = nodes.get(e.targetId);
        const version = existing ? existing.version + 1 : 1;
        versions.set(e.targetId, version);
        nodes.set(e.targetId, { state: after!, version, createdAt: existing?.createdAt ?? e.at, updatedAt: e.at });
        break;
      }
      case 'DELETE_NODE':
        nodes.delete(e.targetId);
        dropRelationshipsOf(e.targetId);
        break;
      case 'RESTORE_NODE': {
        const restored = after as { node: State; relationships: State[] };
        const version = (versions.get(e.targetId) ?? 0) + 1;
        versions.set(e.targetId, version);
        nodes.set(e.targetId, { state: restored.node, version, createdAt: e.at, updatedAt: e.at });
        for (const r of restored.relationships) putRelationship(r);
        break;
      }
      case 'CREATE_RELATIONSHIP':
      case 'IMPORT_RELATIONSHIP':
        putRelationship(after!);
        break;
      case 'REMOVE_RELATIONSHIP':
        relationships.delete(relationshipKey(parse(e.before) as { from: string; type: never; to: string }));
        break;
    }
  }
  return { nodes, relationships };
}

/**
 * Where a recorded instant may lie: from the history's first entry (`first`; null: the history is empty) to `now`.
 * What is wrong with `recorded` (ISO) by that rule — "lies outside the graph's record: …", for the caller to name the
 * argument before it — with the range to report, or undefined.
 */
export function recordedRangeProblem(recorded: string, first: string | null, now: Date): { message: string; range: { from: string | null; to: string } } | undefined {
  if (first !== null && instant(recorded) >= instant(first) && instant(recorded) <= now.getTime()) return undefined;
  const range = first === null ? 'the history is empty' : `the record runs from ${first} to now (${now.toISOString()})`;
  return { message: `lies outside the graph's record: ${range}`, range: { from: first, to: now.toISOString() } };
}
