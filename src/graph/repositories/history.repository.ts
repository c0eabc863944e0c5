import neo4j from 'neo4j-driver';
import type { Change, ChangeOperation } from '../../domain/index.js';
import type { Executor, QueryStats } from '../neo4j/executor.js';

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
