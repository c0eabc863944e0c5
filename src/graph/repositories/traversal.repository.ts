import type { TraversalKey } from '../../domain/index.js';
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
  readonly name: string;
  readonly hops: number;
  readonly path: PathResult;
}

/** One page of a traversal list in its order (hops, name, id), and the count of all its rows. */
export interface TraversalPage<Row> {
  readonly rows: readonly Row[];
  readonly total: number;
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** A page request: at most `first` rows after the keyset position `after` (null: from the start). */
export interface PageRequest {
  readonly first: number;
  readonly after: TraversalKey | null;
}

export interface HopsRow {
  readonly node: StoredNode;
  readonly hops: number;
}

/** What impact answers: pages and lists by the response key that asked for them (a field's alias or name). */
export interface ImpactResult {
  readonly of: StoredNode;
  readonly affected: ReadonlyMap<string, TraversalPage<HopsRow>>;
  readonly projects: ReadonlyMap<string, TraversalPage<HopsRow>>;
  readonly targetVisions: ReadonlyMap<string, readonly StoredNode[]>;
  readonly focusAreas: ReadonlyMap<string, readonly StoredNode[]>;
  readonly totalBudgetEur: number;
}

export interface ImpactRequest {
  readonly affected: ReadonlyMap<string, PageRequest>;
  readonly projects: ReadonlyMap<string, PageRequest>;
  readonly targetVisions: ReadonlyMap<string, number>;
  readonly focusAreas: ReadonlyMap<string, number>;
}

interface PageRow<Row> {
  key: string;
  total: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  rows: Row[];
}

const pageParams = (pages: ReadonlyMap<string, PageRequest>) => [...pages].map(([key, p]) => ({ key, first: p.first, after: p.after }));
const byKey = <T>(rows: readonly { key: string }[], value: (row: never) => T): Map<string, T> =>
  new Map(rows.map((r) => [r.key, value(r as never)]));

/**
 * The graph traversals; each is one Cypher statement bounded by its depth (1..6, checked by the caller) that
 * also resolves its node references (an id, or else an exact name or alias). `undefined` means a reference did
 * not name exactly one node: the caller resolves it on its own to report why. Traversal lists are keyset pages.
 */
export class TraversalRepository {
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
  ) {}

  async projectsTouching(target: string, depth: number, page: PageRequest): Promise<TraversalPage<TouchingProject> | undefined> {
    const [row] = await this.executor.query<{
      resolved: string | null;
      total: number;
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      page: (PathRow & { project: string; name: string })[];
    }>(
      'read/traversal/projects-touching',
      { ...referenceParams('target', target), first: page.first, after: page.after },
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    if (!row || row.resolved === null) return undefined;
    return {
      rows: row.page.map((r) => ({ projectId: r.project, name: r.name, hops: r.hops, path: toPath(r) })),
      total: row.total,
      hasNextPage: row.hasNextPage,
      hasPreviousPage: row.hasPreviousPage,
    };
  }

  async impact(of: string, depth: number, request: ImpactRequest): Promise<ImpactResult | undefined> {
    const [row] = await this.executor.query<{
      of: Props;
      affectedPages: PageRow<{ node: Props; hops: number }>[];
      projectPages: PageRow<{ node: Props; hops: number }>[];
      targetVisionLists: { key: string; rows: Props[] }[];
      focusAreaLists: { key: string; rows: Props[] }[];
      totalBudgetEur: number;
    }>(
      'read/traversal/impact',
      {
        ...referenceParams('of', of),
        affectedPages: pageParams(request.affected),
        projectPages: pageParams(request.projects),
        targetVisionLists: [...request.targetVisions].map(([key, first]) => ({ key, first })),
        focusAreaLists: [...request.focusAreas].map(([key, first]) => ({ key, first })),
      },
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    if (!row) return undefined;
    const page = (p: PageRow<{ node: Props; hops: number }>): TraversalPage<HopsRow> => ({
      rows: p.rows.map((a) => ({ node: nodeFromProps(a.node), hops: a.hops })),
      total: p.total,
      hasNextPage: p.hasNextPage,
      hasPreviousPage: p.hasPreviousPage,
    });
    return {
      of: nodeFromProps(row.of),
      affected: byKey(row.affectedPages, page),
      projects: byKey(row.projectPages, page),
      targetVisions: byKey(row.targetVisionLists, (l: { rows: Props[] }) => l.rows.map(nodeFromProps)),
      focusAreas: byKey(row.focusAreaLists, (l: { rows: Props[] }) => l.rows.map(nodeFromProps)),
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
