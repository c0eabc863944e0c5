import neo4j from 'neo4j-driver';
import {
  DomainError,
  MAX_DIFF_HISTORY,
  checkDiffSides,
  diffSince,
  diffStates,
  diffValidWindow,
  historyIds,
  nodeToImportFormat,
  recordedRangeProblem,
  relationshipKey,
  relationshipToImportFormat,
  type Change,
  type ChangeOperation,
  type DiffEntry,
  type DiffSources,
  type RelationshipType,
} from '../../domain/index.js';
import { todayInGermany, type Executor, type QueryStats } from '../neo4j/executor.js';
import { nodeFromProps, relationshipFromProps } from '../neo4j/mapping.js';

interface ChangeRow {
  id: string;
  at: string;
  operation: ChangeOperation;
  targetId: string;
  otherId?: string | null;
  actorKind: Change['actor']['kind'];
  actorSubject: string;
  actorRole?: string | null;
  requestId?: string | null;
  before?: string | null;
  after?: string | null;
}

/** Reads the append-only history. */
export class HistoryRepository {
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
  ) {}

  async of(id: string, first: number): Promise<Change[]> {
    const rows = await this.executor.query<{ change: ChangeRow }>('read/history', { id, first: neo4j.int(first) }, { stats: this.stats });
    return rows.map(({ change }) => toChange(change));
  }

  /**
   * The changes recorded in [since, until) (ISO date-times), oldest first (at, id), from `offset` on, at most `limit`;
   * with `kinds`, only those with an end of one of them (see cypher/read/changes.cypher).
   */
  async between(window: { since: string; until: string; kinds: readonly string[] | null; offset: number; limit: number }): Promise<Change[]> {
    const rows = await this.executor.query<{ change: ChangeRow }>(
      'read/changes',
      { since: window.since, until: window.until, kinds: window.kinds, offset: neo4j.int(window.offset), limit: neo4j.int(window.limit) },
      { stats: this.stats },
    );
    return rows.map(({ change }) => toChange(change));
  }

  /**
   * The diff of two states (src/domain/diff.ts): each side's valid date (default today in Germany) and recorded
   * instant (default now), checked (BAD_USER_INPUT), then compared over the candidates read by diffSources.
   */
  async diff(from: { valid?: Date | null; recorded?: Date | null }, to: { valid?: Date | null; recorded?: Date | null }): Promise<DiffEntry[]> {
    const sides = checkDiffSides(from, to, todayInGermany());
    const sources = await this.diffSources({ since: diffSince(sides.from, sides.to), ...diffValidWindow(sides.from, sides.to) }, (first) => {
      // a recorded instant lies in the record, as the AsOf plugin requires of node and nodes
      const now = new Date();
      for (const [argument, side] of [['from', sides.from], ['to', sides.to]] as const) {
        const problem = side.recorded === undefined ? undefined : recordedRangeProblem(side.recorded, first, now);
        if (problem) throw new DomainError('BAD_USER_INPUT', `${argument}.recorded ${side.recorded} ${problem.message}.`, { argument, range: problem.range });
      }
    });
    return diffStates(sides.from, sides.to, sources);
  }

  /**
   * What a diff compares (src/domain/diff.ts), read in one transaction so that history and store agree: with `since`
   * (the earlier recorded instant), every Change about a node the history touched after it; the current store's nodes
   * named by those Changes, its nodes and relationships with a bound in (low, high] (valid dates), the relationships of
   * all of those nodes and their ends, in the import format. A diff that needs more than MAX_DIFF_HISTORY Changes is
   * QUERY_TOO_COMPLEX. With `since`, `checkFirst` gets the instant of the history's first entry (null: none) first.
   */
  private async diffSources(window: { since: string | undefined; low: string; high: string }, checkFirst: (first: string | null) => void): Promise<DiffSources> {
    return this.executor.transaction(
      'read',
      async (tx) => {
        if (window.since !== undefined) {
          const [first] = await tx.run<{ at: string }>('read/record/first-recorded', {});
          checkFirst(first ? new Date(first.at).toISOString() : null);
        }
        const history =
          window.since === undefined
            ? []
            : (await tx.run<{ change: ChangeRow }>('read/diff/history', { since: window.since, limit: neo4j.int(MAX_DIFF_HISTORY + 1) })).map(({ change }) =>
                toChange(change),
              );
        if (history.length > MAX_DIFF_HISTORY) {
          throw new DomainError(
            'QUERY_TOO_COMPLEX',
            `The diff would replay more than ${MAX_DIFF_HISTORY} history entries (recorded since ${window.since}); compare states recorded closer together.`,
            { limit: 'diffHistory', max: MAX_DIFF_HISTORY },
          );
        }
        type Rel = { from: string; type: RelationshipType; to: string; props: Record<string, unknown> };
        const [row] = await tx.run<{ nodes: Record<string, unknown>[]; relationships: Rel[] }>('read/diff/current', {
          ids: historyIds(history),
          low: window.low,
          high: window.high,
        });
        const nodes = new Map((row?.nodes ?? []).map((p) => [p.id as string, nodeToImportFormat(nodeFromProps(p))]));
        const relationships = new Map(
          (row?.relationships ?? []).map((r) => [relationshipKey(r), relationshipToImportFormat(relationshipFromProps(r.from, r.type, r.to, r.props))]),
        );
        return { history, nodes, relationships };
      },
      { stats: this.stats },
    );
  }
}

function toChange(c: ChangeRow): Change {
  return {
    id: c.id,
    // Neo4j's toString drops trailing zeros of the fraction (…:46.36Z beside …:46.447Z): one fixed width, so that the
    // text sorts as the instants do
    at: new Date(c.at).toISOString(),
    operation: c.operation,
    targetId: c.targetId,
    ...(c.otherId ? { otherId: c.otherId } : {}),
    actor: { kind: c.actorKind, subject: c.actorSubject, role: c.actorRole ?? null },
    ...(c.requestId ? { requestId: c.requestId } : {}),
    before: c.before ?? null,
    after: c.after ?? null,
  };
}
