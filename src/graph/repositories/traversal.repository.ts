import { pathConfidence, type Confidence, type EvidenceLevel, type SourceRef, type TraversalKey } from '../../domain/index.js';
import type { Executor, QueryStats } from '../executor.js';
import { nodeFromProps, type StoredNode } from '../mapping.js';
import { referenceParams } from './reference-params.js';
import type { PathResult, PathStep } from './types.js';

type Props = Record<string, unknown>;
/** A hop as cypher/partials/path-step.cypher returns it. */
interface StepRow {
  type: PathStep['type'];
  from: string;
  to: string;
  confidence: Confidence;
  sourcesJson: string | null;
  note: string | null;
}
interface PathRow {
  nodes: Props[];
  relationships: StepRow[];
}

const toStep = (r: StepRow): PathStep => ({
  type: r.type,
  from: r.from,
  to: r.to,
  confidence: r.confidence,
  sources: JSON.parse(r.sourcesJson ?? '[]') as SourceRef[],
  note: r.note ?? null,
});

/** A path from its nodes and hops (nodes[i] and nodes[i + 1] joined by relationships[i]). */
function pathOf(nodes: readonly StoredNode[], relationships: readonly PathStep[]): PathResult {
  return { hops: relationships.length, confidence: pathConfidence(relationships), nodes, relationships };
}
const toPath = (row: PathRow): PathResult => pathOf(row.nodes.map(nodeFromProps), row.relationships.map(toStep));

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
  /** How many of all the rows no all-stated path within the depth reaches (they vanish under STATED); null when not counted. */
  readonly inferred: number | null;
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

/** A Zielbild or Schwerpunktthema of an impact, with the path that explains it when asked for. */
export interface ExplainedNode {
  readonly node: StoredNode;
  /** From this node over the nearest contributor to the node that changes; null when not asked for. */
  readonly path: PathResult | null;
}

/** What impact answers: pages and lists by the response key that asked for them (a field's alias or name). */
export interface ImpactResult {
  readonly of: StoredNode;
  readonly affected: ReadonlyMap<string, TraversalPage<HopsRow>>;
  readonly projects: ReadonlyMap<string, TraversalPage<HopsRow>>;
  readonly programmes: ReadonlyMap<string, TraversalPage<HopsRow>>;
  readonly targetVisions: ReadonlyMap<string, readonly ExplainedNode[]>;
  readonly focusAreas: ReadonlyMap<string, readonly ExplainedNode[]>;
  readonly totalBudgetEur: number;
}

/** A list of the first N, with or without the paths that explain its rows. */
export interface ListRequest {
  readonly first: number;
  readonly paths: boolean;
}

export interface ImpactRequest {
  readonly evidence: EvidenceLevel;
  /** Count the rows that rest on inferred hops (a second, all-stated search). */
  readonly countInferred: boolean;
  readonly affected: ReadonlyMap<string, PageRequest>;
  readonly projects: ReadonlyMap<string, PageRequest>;
  readonly programmes: ReadonlyMap<string, PageRequest>;
  readonly targetVisions: ReadonlyMap<string, ListRequest>;
  readonly focusAreas: ReadonlyMap<string, ListRequest>;
}

/** How a traversal follows and counts evidence. */
export interface EvidenceRequest {
  readonly evidence: EvidenceLevel;
  readonly countInferred: boolean;
}

interface PageRow<Row> {
  key: string;
  total: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  inferred: number | null;
  rows: Row[];
}

interface WhyRow {
  via?: Props;
  steps: StepRow[];
  path: PathRow;
}
interface ExplainedRow {
  node: Props;
  why: WhyRow | null;
}

/**
 * A Zielbild's or Schwerpunktthema's explanation: from the node over its hops (HAS_TARGET_VISION to the Zielbild,
 * CONTRIBUTES_TO to the contributor) and then the contributor's dependency path to the node that changes.
 */
function explained(row: ExplainedRow): ExplainedNode {
  const node = nodeFromProps(row.node);
  if (!row.why) return { node, path: null };
  const head = [node, ...(row.why.via ? [nodeFromProps(row.why.via)] : [])];
  const path = toPath(row.why.path);
  return { node, path: pathOf([...head, ...path.nodes], [...row.why.steps.map(toStep), ...path.relationships]) };
}

const evidenceParams = (e: EvidenceRequest) => ({ stated: e.evidence === 'stated', countInferred: e.countInferred });
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

  async projectsTouching(
    target: string,
    depth: number,
    page: PageRequest,
    evidence: EvidenceRequest,
  ): Promise<TraversalPage<TouchingProject> | undefined> {
    const [row] = await this.executor.query<{
      resolved: string | null;
      total: number;
      inferred: number | null;
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      page: { project: string; name: string; hops: number; path: PathRow }[];
    }>(
      'read/traversal/projects-touching',
      { ...referenceParams('target', target), first: page.first, after: page.after, ...evidenceParams(evidence) },
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    if (!row || row.resolved === null) return undefined;
    return {
      rows: row.page.map((r) => ({ projectId: r.project, name: r.name, hops: r.hops, path: toPath(r.path) })),
      total: row.total,
      inferred: row.inferred,
      hasNextPage: row.hasNextPage,
      hasPreviousPage: row.hasPreviousPage,
    };
  }

  async impact(of: string, depth: number, request: ImpactRequest): Promise<ImpactResult | undefined> {
    const [row] = await this.executor.query<{
      of: Props;
      affectedPages: PageRow<{ node: Props; hops: number }>[];
      projectPages: PageRow<{ node: Props; hops: number }>[];
      programmePages: PageRow<{ node: Props; hops: number }>[];
      targetVisionLists: { key: string; rows: ExplainedRow[] }[];
      focusAreaLists: { key: string; rows: ExplainedRow[] }[];
      totalBudgetEur: number;
    }>(
      'read/traversal/impact',
      {
        ...referenceParams('of', of),
        affectedPages: pageParams(request.affected),
        projectPages: pageParams(request.projects),
        programmePages: pageParams(request.programmes),
        targetVisionLists: [...request.targetVisions].map(([key, l]) => ({ key, first: l.first, paths: l.paths })),
        focusAreaLists: [...request.focusAreas].map(([key, l]) => ({ key, first: l.first, paths: l.paths })),
        ...evidenceParams(request),
      },
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    if (!row) return undefined;
    const page = (p: PageRow<{ node: Props; hops: number }>): TraversalPage<HopsRow> => ({
      rows: p.rows.map((a) => ({ node: nodeFromProps(a.node), hops: a.hops })),
      total: p.total,
      hasNextPage: p.hasNextPage,
      hasPreviousPage: p.hasPreviousPage,
      inferred: p.inferred,
    });
    return {
      of: nodeFromProps(row.of),
      affected: byKey(row.affectedPages, page),
      projects: byKey(row.projectPages, page),
      programmes: byKey(row.programmePages, page),
      targetVisions: byKey(row.targetVisionLists, (l: { rows: ExplainedRow[] }) => l.rows.map(explained)),
      focusAreas: byKey(row.focusAreaLists, (l: { rows: ExplainedRow[] }) => l.rows.map(explained)),
      totalBudgetEur: row.totalBudgetEur,
    };
  }

  /** null: both ends resolved, no path within the depth. */
  async shortestPath(from: string, to: string, depth: number, evidence: EvidenceLevel): Promise<PathResult | null | undefined> {
    const [row] = await this.executor.query<PathRow & { from: string | null; to: string | null; hops: number | null }>(
      'read/traversal/shortest-path',
      { ...referenceParams('from', from), ...referenceParams('to', to), stated: evidence === 'stated' },
      { stats: this.stats, vars: { DEPTH: String(depth) } },
    );
    if (!row || row.from === null || row.to === null) return undefined;
    return row.hops === null ? null : toPath(row);
  }
}
