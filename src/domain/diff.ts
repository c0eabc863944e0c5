/**
 * What changed between two states of the graph. A state S(asOf) is the graph as recorded at `asOf.recorded` (recorded
 * time: the history replayed to that instant, src/domain/recorded-time.ts; without one, the current store) restricted
 * to what holds at `asOf.valid` (valid time, src/domain/valid-time.ts): the nodes whose period holds at the date, the
 * relationships whose period holds and whose two ends are in S. Between S(from) and S(to), a node or relationship is
 * ADDED (only in S(to)), REMOVED (only in S(from)) or CHANGED (in both, with a field — of the import format — that
 * differs: fieldChanges of src/domain/changes.ts).
 *
 * Only candidates are compared, what can differ at all: the nodes the history touched after the earlier recorded
 * instant (with every relationship they are an end of), and the nodes and relationships of the current store with a
 * bound in (earlier valid date, later valid date] (with the relationships of those nodes). Everything else is the
 * same in both states: unchanged since the earlier instant, so as recorded then as it is now, and holding at both
 * dates or at neither (its period neither begins nor ends between them), and so are its ends.
 */
import { fieldChanges, type FieldChange } from './changes.js';
import { DomainError } from './errors.js';
import { historyOrder, replay, type HistoryEntry, type RecordedGraph } from './recorded-time.js';
import { relationshipKey } from './records.js';
import { holdsAt, isValidDate, type ValidPeriod } from './valid-time.js';

type State = Record<string, unknown>;

/** One side of a diff: a valid date (YYYY-MM-DD) and, optionally, a recorded instant (ISO; absent: now). */
export interface DiffSide {
  readonly valid: string;
  readonly recorded?: string;
}

/** At most this many history entries are replayed for one diff (beyond: QUERY_TOO_COMPLEX). */
export const MAX_DIFF_HISTORY = 20_000;

export const DIFF_ENTITIES = ['NODE', 'RELATIONSHIP'] as const;
export const DIFF_CHANGES = ['ADDED', 'REMOVED', 'CHANGED'] as const;

/** How a node or relationship differs between the two states. */
export interface DiffEntry {
  readonly entity: (typeof DIFF_ENTITIES)[number];
  readonly change: (typeof DIFF_CHANGES)[number];
  /** The node's id, or the relationship's key (relationshipKey). */
  readonly id: string;
  /** The node's kind, or the relationship's type. */
  readonly kind: string;
  /** The node's name, or "<from's name> → <to's name>" for a relationship (ids where a name is unknown). */
  readonly name: string;
  /** A relationship's ends (ids). */
  readonly from?: string;
  readonly to?: string;
  /** The fields that differ, before → after. */
  readonly fields: FieldChange[];
  /** The state in S(from) and in S(to), import format (null where it is not in that state). */
  readonly before: State | null;
  readonly after: State | null;
}

/** What a diff reads: the current store's candidates, and the history about the nodes it touched recently. */
export interface DiffSources {
  /** Every history entry about a node the history touched after `diffSince` (as the node or as an end), any order. */
  readonly history: readonly HistoryEntry[];
  /** The current store's candidate nodes and the ends of its candidate relationships, by id (import format). */
  readonly nodes: ReadonlyMap<string, State>;
  /** The current store's candidate relationships, by relationshipKey (import format). */
  readonly relationships: ReadonlyMap<string, State>;
}

const instant = (at: string): number => new Date(at).getTime();
const NODE_OPERATIONS = new Set(['CREATE_NODE', 'UPDATE_NODE', 'DELETE_NODE', 'RESTORE_NODE', 'IMPORT_NODE']);
const keyOf = (r: State): string => relationshipKey(r as { from: string; type: never; to: string });
const parse = (json: string | null): State | null => (json === null ? null : (JSON.parse(json) as State));

/** A date-time the caller sent, as an ISO instant; NaN is BAD_USER_INPUT. */
function isoInstant(date: Date, argument: string): string {
  if (Number.isNaN(date.getTime())) throw new DomainError('BAD_USER_INPUT', `${argument} must be a date-time`, { argument });
  return date.toISOString();
}

/**
 * The two sides of a diff from the arguments (valid: a Date at UTC midnight as the Date scalar gives it, default
 * `today`; recorded: an instant, default now). `to` is the later state: a `from` after it, in valid or in recorded
 * time, is BAD_USER_INPUT.
 */
export function checkDiffSides(
  from: { valid?: Date | null; recorded?: Date | null },
  to: { valid?: Date | null; recorded?: Date | null },
  today: string,
): { from: DiffSide; to: DiffSide } {
  const side = (s: { valid?: Date | null; recorded?: Date | null }, argument: string): DiffSide => {
    const valid = s.valid ? s.valid.toISOString().slice(0, 10) : today;
    if (!isValidDate(valid)) throw new DomainError('BAD_USER_INPUT', `${argument}.valid must be a date YYYY-MM-DD`, { argument });
    return { valid, ...(s.recorded ? { recorded: isoInstant(s.recorded, `${argument}.recorded`) } : {}) };
  };
  const [f, t] = [side(from, 'from'), side(to, 'to')];
  if (f.valid > t.valid) {
    throw new DomainError('BAD_USER_INPUT', `from.valid (${f.valid}) must not be after to.valid (${t.valid}): to is the later state`, { argument: 'to' });
  }
  const [fr, tr] = [f.recorded ?? new Date().toISOString(), t.recorded ?? new Date().toISOString()];
  if (instant(fr) > instant(tr)) {
    throw new DomainError('BAD_USER_INPUT', `from.recorded (${fr}) must not be after to.recorded (${tr}): to is the later state`, { argument: 'to' });
  }
  return { from: f, to: t };
}

/**
 * The earliest recorded instant of the two sides: the history after it is what a diff replays (undefined: neither
 * side names one, both are the current store, and no history is needed).
 */
export function diffSince(from: DiffSide, to: DiffSide): string | undefined {
  const given = [from.recorded, to.recorded].filter((r): r is string => r !== undefined);
  return given.length === 0 ? undefined : given.reduce((a, b) => (instant(a) <= instant(b) ? a : b));
}

/** The valid dates between which a period's bound makes a difference: (low, high]. */
export function diffValidWindow(from: DiffSide, to: DiffSide): { low: string; high: string } {
  return from.valid <= to.valid ? { low: from.valid, high: to.valid } : { low: to.valid, high: from.valid };
}

/** The relationships a history state holds: a relationship's own state, a deletion's or a restore's list. */
function relationshipsIn(e: HistoryEntry): State[] {
  if (NODE_OPERATIONS.has(e.operation)) {
    const lists = [parse(e.before), parse(e.after)].map((s) => (Array.isArray(s?.['relationships']) ? (s['relationships'] as State[]) : []));
    return lists.flat();
  }
  return [parse(e.before), parse(e.after)].filter((s): s is State => s !== null);
}

/** The node ids the history entries name: their nodes and the ends of every relationship in them. */
export function historyIds(entries: readonly HistoryEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    ids.add(e.targetId);
    if (e.otherId) ids.add(e.otherId);
    for (const r of relationshipsIn(e)) ids.add(String(r['from'])).add(String(r['to']));
  }
  return [...ids];
}

/**
 * The entries with what stood before the history where it did not begin with a node or relationship: a node (or
 * relationship) older than the history first appears in it with a `before` (an update, deletion or re-import), and
 * so was that `before` until then. Added as an import at the epoch, ahead of every entry.
 */
function withBaselines(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  const baselines: HistoryEntry[] = [];
  const EPOCH = new Date(0).toISOString();
  const seed = (key: string, operation: 'IMPORT_NODE' | 'IMPORT_RELATIONSHIP', state: State): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const rel = operation === 'IMPORT_RELATIONSHIP';
    baselines.push({
      id: `baseline ${key}`,
      at: EPOCH,
      operation,
      targetId: String(rel ? state['from'] : state['id']),
      otherId: rel ? String(state['to']) : null,
      before: null,
      after: JSON.stringify(state),
    });
  };
  for (const e of [...entries].sort(historyOrder)) {
    const before = parse(e.before);
    if (NODE_OPERATIONS.has(e.operation)) {
      const node = before && 'node' in before && !('kind' in before) ? (before['node'] as State) : before;
      if (node) seed(`node ${e.targetId}`, 'IMPORT_NODE', node);
      seen.add(`node ${e.targetId}`);
      for (const r of relationshipsIn(e)) {
        if (e.operation === 'DELETE_NODE') seed(`relationship ${keyOf(r)}`, 'IMPORT_RELATIONSHIP', r);
        seen.add(`relationship ${keyOf(r)}`);
      }
    } else {
      const r = before ?? parse(e.after)!;
      if (before) seed(`relationship ${keyOf(r)}`, 'IMPORT_RELATIONSHIP', before);
      seen.add(`relationship ${keyOf(r)}`);
    }
  }
  return [...baselines, ...entries];
}

/** One side's state: the candidates that are in S(side). */
interface SideState {
  node(id: string): State | undefined;
  relationship(key: string): State | undefined;
}

/**
 * S(side) for the candidates. A node the history touched after the earlier instant is as the history recorded it at
 * side.recorded, and so is a relationship with such an end that the history knows; everything else is as stored now.
 */
function sideState(side: DiffSide, touched: Touched, history: Recorded, sources: DiffSources): SideState {
  const recorded: RecordedGraph | undefined = side.recorded === undefined ? undefined : replay(history.entries, side.recorded);
  const node = (id: string): State | undefined => {
    const state = recorded && touched.nodes.has(id) ? recorded.nodes.get(id)?.state : sources.nodes.get(id);
    return state && holdsAt(state as ValidPeriod, side.valid) ? state : undefined;
  };
  return {
    node,
    relationship(key) {
      const known = history.relationships.get(key) ?? sources.relationships.get(key)!;
      const [from, to] = [String(known['from']), String(known['to'])];
      const recordedHere = recorded && history.relationships.has(key) && touched.relationship(key, known);
      const state = recordedHere ? recorded.relationships.get(key) : sources.relationships.get(key);
      // a relationship holds while its period and both its nodes do (a node recorded as deleted took it along)
      return state && holdsAt(state as ValidPeriod, side.valid) && node(from) && node(to) ? state : undefined;
    },
  };
}

/**
 * What the history touched after the earlier recorded instant: nodes (written, deleted, restored) and relationships
 * (created, removed, imported, or with a touched end).
 */
interface Touched {
  readonly nodes: ReadonlySet<string>;
  relationship(key: string, r: State): boolean;
}

function touchedSince(since: string | undefined, entries: readonly HistoryEntry[]): Touched {
  const nodes = new Set<string>();
  const relationships = new Set<string>();
  for (const e of since === undefined ? [] : entries) {
    if (instant(e.at) <= instant(since!)) continue;
    if (NODE_OPERATIONS.has(e.operation)) nodes.add(e.targetId);
    else for (const r of relationshipsIn(e)) relationships.add(keyOf(r));
  }
  return { nodes, relationship: (key, r) => relationships.has(key) || nodes.has(String(r['from'])) || nodes.has(String(r['to'])) };
}

/** The history a diff replays (with its baselines), and every relationship it names, by key. */
interface Recorded {
  readonly entries: readonly HistoryEntry[];
  readonly relationships: ReadonlyMap<string, State>;
}

/** The entries of the diff of S(from) → S(to), ordered by entity (nodes first), then id. */
export function diffStates(from: DiffSide, to: DiffSide, sources: DiffSources): DiffEntry[] {
  const touched = touchedSince(diffSince(from, to), sources.history);
  const entries = withBaselines(sources.history);
  const history: Recorded = { entries, relationships: new Map(entries.flatMap(relationshipsIn).map((r) => [keyOf(r), r])) };
  const nodeIds = new Set([...sources.nodes.keys(), ...touched.nodes]);
  const relationshipKeys = new Set([...sources.relationships.keys(), ...[...history.relationships].filter(([k, r]) => touched.relationship(k, r)).map(([k]) => k)]);
  const [a, b] = [sideState(from, touched, history, sources), sideState(to, touched, history, sources)];
  const nameOf = (id: string): string => String((b.node(id) ?? a.node(id) ?? sources.nodes.get(id))?.['name'] ?? id);

  const diff: DiffEntry[] = [];
  const compare = (entity: DiffEntry['entity'], id: string, before: State | undefined, after: State | undefined): void => {
    if (!before && !after) return;
    const fields = fieldChanges(before ?? null, after ?? null);
    if (before && after && fields.length === 0) return;
    const state = (after ?? before)!;
    const ends = entity === 'RELATIONSHIP' ? { from: String(state['from']), to: String(state['to']) } : undefined;
    diff.push({
      entity,
      change: !before ? 'ADDED' : !after ? 'REMOVED' : 'CHANGED',
      id,
      kind: String(entity === 'NODE' ? state['kind'] : state['type']),
      name: ends ? `${nameOf(ends.from)} → ${nameOf(ends.to)}` : String(state['name']),
      ...ends,
      fields,
      before: before ?? null,
      after: after ?? null,
    });
  };
  for (const id of nodeIds) compare('NODE', id, a.node(id), b.node(id));
  for (const key of relationshipKeys) compare('RELATIONSHIP', key, a.relationship(key), b.relationship(key));
  const order = (x: DiffEntry, y: DiffEntry): number =>
    DIFF_ENTITIES.indexOf(x.entity) - DIFF_ENTITIES.indexOf(y.entity) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return diff.sort(order);
}

/**
 * What came and what went between two lists of the same things (by `key`), each in the order of its own list: `came`
 * the items of `after` that `before` lacks, `went` the items of `before` that `after` lacks (impactDiff).
 */
export function cameAndWent<T>(before: readonly T[], after: readonly T[], key: (t: T) => string): { came: T[]; went: T[] } {
  const [was, is] = [new Set(before.map(key)), new Set(after.map(key))];
  return { came: after.filter((t) => !was.has(key(t))), went: before.filter((t) => !is.has(key(t))) };
}

/** One side of an impactDiff: its valid date (YYYY-MM-DD) and, for a past record, its recorded instant (ISO). */
export interface ImpactDiffSide {
  readonly valid: string;
  readonly recorded?: string;
}

/**
 * The two states an impactDiff compares: each side's valid date (default `today`) and recorded instant (default:
 * now, the current graph). Neither may go back in time from `from` to `to` (BAD_USER_INPUT naming the argument).
 */
export function checkImpactDiffDates(
  from: { valid?: Date | null; recorded?: Date | null },
  to: { valid?: Date | null; recorded?: Date | null },
  today: string,
  now: Date = new Date(),
): { from: ImpactDiffSide; to: ImpactDiffSide } {
  const side = (s: { valid?: Date | null; recorded?: Date | null }): ImpactDiffSide => ({
    valid: s.valid ? s.valid.toISOString().slice(0, 10) : today,
    ...(s.recorded ? { recorded: s.recorded.toISOString() } : {}),
  });
  const [a, b] = [side(from), side(to)];
  if (a.valid > b.valid) throw new DomainError('BAD_USER_INPUT', `from.valid (${a.valid}) must not be after to.valid (${b.valid}).`, { argument: 'from' });
  const [ra, rb] = [a.recorded ?? now.toISOString(), b.recorded ?? now.toISOString()];
  if (new Date(ra).getTime() > new Date(rb).getTime()) {
    throw new DomainError('BAD_USER_INPUT', `from.recorded (${a.recorded ?? 'now'}) must not be after to.recorded (${b.recorded ?? 'now'}).`, { argument: 'from' });
  }
  return { from: a, to: b };
}
