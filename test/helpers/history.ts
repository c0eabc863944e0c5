import type { HistoryEntry } from '../../src/domain/index.js';

/** Builders of history entries for the replay and diff unit tests: states in the import format and their Changes. */
export type State = Record<string, unknown>;

export const node = (id: string, name: string, period: State = {}): State => ({ id, kind: 'System', name, description: name, ...period, sources: [], confidence: 'stated' });
export const rel = (from: string, to: string, period: State = {}): State => ({ from, type: 'DEPENDS_ON', to, ...period, sources: [], confidence: 'stated' });

let n = 0;
/** A Change as stored (before/after as JSON), with an id that sorts in the order the entries were made. */
export const entry = (at: string, operation: HistoryEntry['operation'], targetId: string, before: unknown, after: unknown, otherId?: string): HistoryEntry => ({
  id: `c${String(n++).padStart(3, '0')}`,
  at,
  operation,
  targetId,
  otherId: otherId ?? null,
  before: before === null ? null : JSON.stringify(before),
  after: after === null ? null : JSON.stringify(after),
});

/** An instant of 2026-01-01, at minute `minute` past ten. */
export const t = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
