import type { Executor, QueryStats } from '../executor.js';
import { nodeFromProps, type StoredNode } from '../mapping.js';
import { referenceParams } from './reference-params.js';
import type { PathResult, PathStep } from './types.js';

type Props = Record<string, unknown>;
interface PathRow {
  hops: number;
  nodes: Props[];
  relationships: PathStep[];
}

const toPath = (row: PathRow): PathResult => ({
  hops: row.hops,
  nodes: row.nodes.map(nodeFromProps),
  relationships: row.relationships,
});

export interface TouchingProject {
  readonly projectId: string;
  readonly hops: number;
  readonly path: PathResult;
}

export interface ImpactResult {
  readonly of: StoredNode;
  readonly affected: readonly { node: StoredNode; hops: number }[];
  readonly projects: readonly StoredNode[];
  readonly targetVisions: readonly StoredNode[];
  readonly focusAreas: readonly StoredNode[];
  readonly totalBudgetEur: number;
}

/**
 * The graph traversals; each is one Cypher statement bounded by its depth (1..6, checked by the caller) that
 * also resolves its node references (an id, or else an exact name or alias). `undefined` means a reference did
 * not name exactly one node: the caller resolves it on its own to report why.
 */
export class TraversalRepository {
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
  ) {}

  async projectsTouching(target: string, depth: number): Promise<TouchingProject[] | undefined> {
    const rows = await this.executor.query<PathRow & { project: string | null; resolved: string | null }>(
      'read/traversal/projects-touching',
      referenceParams('target', target),
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    if (rows.length === 0 || rows[0]!.resolved === null) return undefined;
    return rows.filter((r) => r.project !== null).map((r) => ({ projectId: r.project!, hops: r.hops, path: toPath(r) }));
  }

  async impact(of: string, depth: number): Promise<ImpactResult | undefined> {
    const [row] = await this.executor.query<{
      of: Props;
      affected: { node: Props; hops: number }[];
      projects: Props[];
      targetVisions: Props[];
      focusAreas: Props[];
      totalBudgetEur: number;
    }>('read/traversal/impact', referenceParams('of', of), { stats: this.stats, vars: { DEPTH: String(depth) } });
    if (!row) return undefined;
    return {
      of: nodeFromProps(row.of),
      affected: row.affected.map((a) => ({ node: nodeFromProps(a.node), hops: a.hops })),
      projects: row.projects.map(nodeFromProps),
      targetVisions: row.targetVisions.map(nodeFromProps),
      focusAreas: row.focusAreas.map(nodeFromProps),
      totalBudgetEur: row.totalBudgetEur,
    };
  }

  /** null: both ends resolved, no path within the depth. */
  async shortestPath(from: string, to: string, depth: number): Promise<PathResult | null | undefined> {
    const [row] = await this.executor.query<PathRow & { from: string | null; to: string | null; hops: number | null }>(
      'read/traversal/shortest-path',
      { ...referenceParams('from', from), ...referenceParams('to', to) },
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    if (!row || row.from === null || row.to === null) return undefined;
    return row.hops === null ? null : toPath(row);
  }
}
