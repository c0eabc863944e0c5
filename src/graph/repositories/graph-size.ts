import { NODE_KINDS, type NodeKind } from '../../domain/index.js';
import type { Executor } from '../neo4j/executor.js';

export type KindCounts = Readonly<Partial<Record<NodeKind, number>>>;

/**
 * How many nodes of each kind the graph holds, for pricing the lists that grow with it (coverage: one row per
 * Zielbild …) before a request runs. Read from Neo4j's count store (nothing is scanned), in one read transaction,
 * when the last reading is older than `maxAgeMs`; requests meanwhile use the last one.
 */
export class GraphSize {
  private counts: KindCounts = {};
  private readAt = 0;
  private reading: Promise<void> | undefined;

  constructor(
    private readonly executor: Executor,
    private readonly maxAgeMs = 10_000,
  ) {}

  /** The last counts read (empty before the first reading), and a new reading started when they are old. */
  current(): KindCounts {
    if (Date.now() - this.readAt > this.maxAgeMs) void this.refresh().catch(() => {});
    return this.counts;
  }

  refresh(): Promise<void> {
    this.reading ??= this.executor
      .transaction('read', async (tx) => {
        const counts: Partial<Record<NodeKind, number>> = {};
        for (const kind of NODE_KINDS) counts[kind] = Number((await tx.run<{ count: number }>('read/count-nodes-of-kind', {}, { KIND: kind }))[0]?.count ?? 0);
        this.counts = counts;
        this.readAt = Date.now();
      })
      .finally(() => (this.reading = undefined));
    return this.reading;
  }
}
