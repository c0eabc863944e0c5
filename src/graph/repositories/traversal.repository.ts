import type { Executor, QueryStats } from '../executor.js';
import { nodeFromProps, type StoredNode } from '../mapping.js';
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

/** The graph traversals; each is one Cypher statement bounded by its depth (1..6, checked by the caller). */
export class TraversalRepository {
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
  ) {}

  async projectsTouching(targetId: string, depth: number): Promise<TouchingProject[]> {
    const rows = await this.executor.query<PathRow & { project: string }>(
      'read/traversal/projects-touching',
      { target: targetId },
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    return rows.map((r) => ({ projectId: r.project, hops: r.hops, path: toPath(r) }));
  }

  async impact(ofId: string, depth: number): Promise<ImpactResult | null> {
    const [row] = await this.executor.query<{
      of: Props;
      affected: { node: Props; hops: number }[];
      projects: Props[];
      targetVisions: Props[];
      focusAreas: Props[];
      totalBudgetEur: number;
    }>('read/traversal/impact', { of: ofId }, { stats: this.stats, vars: { DEPTH: String(depth) } });
    if (!row) return null;
    return {
      of: nodeFromProps(row.of),
      affected: row.affected.map((a) => ({ node: nodeFromProps(a.node), hops: a.hops })),
      projects: row.projects.map(nodeFromProps),
      targetVisions: row.targetVisions.map(nodeFromProps),
      focusAreas: row.focusAreas.map(nodeFromProps),
      totalBudgetEur: row.totalBudgetEur,
    };
  }

  async shortestPath(fromId: string, toId: string, depth: number): Promise<PathResult | null> {
    const [row] = await this.executor.query<PathRow>(
      'read/traversal/shortest-path',
      { from: fromId, to: toId },
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    return row ? toPath(row) : null;
  }
}
