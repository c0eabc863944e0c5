import { DomainError, cameAndWent, checkImpactDiffDates, pathConfidence, type Confidence, type EvidenceLevel, type SourceRef, type StreamedTraversal, type TraversalKey } from '../../domain/index.js';
import { todayInGermany, type Executor, type QueryStats, type StreamOptions } from '../neo4j/executor.js';
import { nodeFromValue, type NodeView } from '../neo4j/mapping.js';
import type { NodeRepository } from './node.repository.js';
import { referenceParam, resolveReference, unresolved } from './references.js';
import type { Miss, PathResult, PathStep } from './types.js';

/** A hop as cypher/partials/path-step.cypher returns it. */
interface StepRow {
  type: PathStep['type'];
  from: string;
  to: string;
  confidence: Confidence;
  sourcesJson: string | null;
  note: string | null;
  validFrom: string | null;
  validTo: string | null;
}
interface PathRow {
  nodes: unknown[];
  relationships: StepRow[];
}

/** A hop; its sources are parsed when read (most selections of a path never read them). */
function toStep(r: StepRow): PathStep {
  let sources: readonly SourceRef[] | undefined;
  const step = { type: r.type, from: r.from, to: r.to, confidence: r.confidence, note: r.note ?? null, validFrom: r.validFrom ?? null, validTo: r.validTo ?? null } as PathStep;
  Object.defineProperty(step, 'sources', { enumerable: true, get: () => (sources ??= JSON.parse(r.sourcesJson ?? '[]') as SourceRef[]) });
  return step;
}

/** A path from its nodes and hops (nodes[i] and nodes[i + 1] joined by relationships[i]). */
function pathOf(nodes: readonly NodeView[], relationships: readonly PathStep[]): PathResult {
  return { hops: relationships.length, confidence: pathConfidence(relationships), nodes, relationships };
}
/** The nodes of a statement's rows are read as the request's keys say (cypher/partials/node-value). */
const toPath = (row: PathRow, keys: NodeKeys): PathResult => pathOf(row.nodes.map((n) => nodeFromValue(n, keys)), row.relationships.map(toStep));

/** What came into an impact (ADDED) or went out of it (REMOVED) between two dates, with the path that explains it then. */
export interface ImpactChange {
  readonly change: 'ADDED' | 'REMOVED';
  readonly node: NodeView;
  /** The fewest hops to the node that changes (null for a Zielbild or Schwerpunktthema: see its path). */
  readonly hops: number | null;
  readonly path: PathResult | null;
}

/** impactDiff: the impact of `of` at two valid dates compared. */
export interface ImpactDiffResult {
  readonly of: NodeView;
  /** The two valid dates (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  readonly affected: readonly ImpactChange[];
  /** The projects among the affected. */
  readonly projects: readonly ImpactChange[];
  readonly targetVisions: readonly ImpactChange[];
  readonly focusAreas: readonly ImpactChange[];
}

/** The most affected nodes impactDiff compares per date (beyond: QUERY_TOO_COMPLEX). */
export const MAX_IMPACT_DIFF_ROWS = 10_000;

/** The stored properties a traversal reads of every node it returns (null: every property). */
export type NodeKeys = readonly string[] | null;

export interface TouchingProject {
  /** The project's name, read for the row's keyset position whether or not it is selected (the project is path.nodes[0]). */
  readonly name: string;
  readonly hops: number;
  readonly path: PathResult;
}

/** One page of a traversal list in its order (hops, name, id), and the count of all its rows. */
export interface TraversalPage<Row> {
  readonly rows: readonly Row[];
  /** How many rows all pages hold; null when the request did not ask (PageRequest.total false). */
  readonly total: number | null;
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  /** How many of all the rows no all-stated path within the depth reaches (they vanish under STATED); null when not counted. */
  readonly inferred: number | null;
}

/** A page request: at most `first` rows after the keyset position `after` (null: from the start). */
export interface PageRequest {
  readonly first: number;
  readonly after: TraversalKey | null;
  /**
   * Whether the count of all rows is asked (default: yes). projectsTouching finds a page without it by deepening one
   * hop at a time and stops at the first depth that fills the page (a hub target's first page: one hop).
   */
  readonly total?: boolean;
}

export interface HopsRow {
  readonly node: NodeView;
  /** The node's name, read for the row's keyset position whether or not it is selected. */
  readonly name: string;
  readonly hops: number;
}

/** A Zielbild or Schwerpunktthema of an impact, with the path that explains it when asked for. */
export interface ExplainedNode {
  readonly node: NodeView;
  /** From this node over the nearest contributor to the node that changes; null when not asked for. */
  readonly path: PathResult | null;
}

/** What impact answers: pages and lists by the response key that asked for them (a field's alias or name). */
export interface ImpactResult {
  readonly of: NodeView;
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
  /** What the selection reads of the nodes it returns. */
  readonly keys: NodeKeys;
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
  via?: unknown;
  steps: StepRow[];
  path: PathRow;
}
interface ExplainedRow {
  node: unknown;
  why: WhyRow | null;
}

/**
 * A Zielbild's or Schwerpunktthema's explanation: from the node over its hops (HAS_TARGET_VISION to the Zielbild,
 * CONTRIBUTES_TO to the contributor) and then the contributor's dependency path to the node that changes.
 */
function explained(row: ExplainedRow, keys: NodeKeys): ExplainedNode {
  const node = nodeFromValue(row.node, keys);
  if (!row.why) return { node, path: null };
  const head = [node, ...(row.why.via ? [nodeFromValue(row.why.via, keys)] : [])];
  const path = toPath(row.why.path, keys);
  return { node, path: pathOf([...head, ...path.nodes], [...row.why.steps.map(toStep), ...path.relationships]) };
}

/**
 * One row of a whole traversal as exports stream it: impact's affected node, or projectsTouching's project, with its
 * fewest hops, one shortest path from it (the explanation) and its evidence: 'stated' when a path within the depth
 * whose every hop is stated reaches it (it stays under Evidence STATED), 'inferred' when only paths with an inferred
 * or contested hop do (the rows the connections' inferredCount counts).
 */
export interface TraversalRow {
  readonly node: NodeView;
  readonly hops: number;
  readonly evidence: 'stated' | 'inferred';
  readonly path: PathResult;
}

/** What the streamed rows read of their nodes and of the nodes on their paths. */
const ROW_KEYS: NodeKeys = ['id', 'kind', 'name'];
const ROW_STATEMENTS: Readonly<Record<StreamedTraversal, string>> = {
  impact: 'read/traversal/impact-rows',
  projectsTouching: 'read/traversal/projects-touching-rows',
};

const evidenceParams = (e: EvidenceRequest) => ({ stated: e.evidence === 'stated', countInferred: e.countInferred });
/** The statement's text for a traversal of `depth` hops following the relationships the evidence allows ($stated agrees). */
const traversalVars = (depth: number, evidence: EvidenceLevel) => ({ DEPTH: String(depth), FOLLOWED: evidence === 'stated' ? 'stated' : 'any' });
const pageParams = (pages: ReadonlyMap<string, PageRequest>) => [...pages].map(([key, p]) => ({ key, first: p.first, after: p.after }));
const byKey = <T>(rows: readonly { key: string }[], value: (row: never) => T): Map<string, T> =>
  new Map(rows.map((r) => [r.key, value(r as never)]));

/**
 * The graph traversals; each is one Cypher statement bounded by its depth (1..6, checked by the caller) that
 * also resolves its node references (an id, or else an exact name or alias; cypher/partials/resolve-one). When a
 * reference names no node or several, the statement says so in its row and the method throws why (references.ts:
 * NOT_FOUND with candidates, or BAD_USER_INPUT with the matches); it never runs twice. Traversal lists are keyset pages.
 */
export class TraversalRepository {
  constructor(
    private readonly executor: Executor,
    private readonly nodes: NodeRepository,
    private readonly stats?: QueryStats,
  ) {}

  async projectsTouching(
    target: string,
    depth: number,
    page: PageRequest,
    evidence: EvidenceRequest,
    keys: NodeKeys,
  ): Promise<TraversalPage<TouchingProject>> {
    const [row] = await this.executor.query<{
      misses: Miss[] | null;
      total: number | null;
      inferred: number | null;
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      page: { name: string; hops: number; path: PathRow }[];
    }>(
      'read/traversal/projects-touching',
      {
        target: referenceParam(target, 'target'),
        first: page.first,
        after: page.after,
        whole: page.total !== false || evidence.countInferred,
        keys,
        ...evidenceParams(evidence),
      },
      { stats: this.stats, vars: traversalVars(depth, evidence.evidence) },
    );
    if (!row) throw new Error('read/traversal/projects-touching returned no row');
    if (row.misses !== null) throw await unresolved(this.nodes, target, 'target', row.misses);
    return {
      rows: row.page.map((r) => ({ name: r.name, hops: r.hops, path: toPath(r.path, keys) })),
      total: row.total,
      inferred: row.inferred,
      hasNextPage: row.hasNextPage,
      hasPreviousPage: row.hasPreviousPage,
    };
  }

  /**
   * `validAt`: the valid date to read at, when not the request's (impactDiff reads two); the default is the request's
   * (QueryStats.validAt).
   */
  async impact(of: string, depth: number, request: ImpactRequest, validAt?: string): Promise<ImpactResult> {
    const [row] = await this.executor.query<{
      misses: Miss[] | null;
      of: unknown;
      affectedPages: PageRow<{ node: unknown; name: string; hops: number }>[];
      projectPages: PageRow<{ node: unknown; name: string; hops: number }>[];
      programmePages: PageRow<{ node: unknown; name: string; hops: number }>[];
      targetVisionLists: { key: string; rows: ExplainedRow[] }[];
      focusAreaLists: { key: string; rows: ExplainedRow[] }[];
      totalBudgetEur: number;
    }>(
      'read/traversal/impact',
      {
        of: referenceParam(of, 'of'),
        affectedPages: pageParams(request.affected),
        projectPages: pageParams(request.projects),
        programmePages: pageParams(request.programmes),
        targetVisionLists: [...request.targetVisions].map(([key, l]) => ({ key, first: l.first, paths: l.paths })),
        focusAreaLists: [...request.focusAreas].map(([key, l]) => ({ key, first: l.first, paths: l.paths })),
        keys: request.keys,
        ...evidenceParams(request),
        ...(validAt === undefined ? {} : { validAt }),
      },
      { stats: this.stats, vars: traversalVars(depth, request.evidence) },
    );
    if (!row) throw new Error('read/traversal/impact returned no row');
    if (row.misses !== null) throw await unresolved(this.nodes, of, 'of', row.misses);
    const { keys } = request;
    const page = (p: PageRow<{ node: unknown; name: string; hops: number }>): TraversalPage<HopsRow> => ({
      rows: p.rows.map((a) => ({ node: nodeFromValue(a.node, keys), name: a.name, hops: a.hops })),
      total: p.total,
      hasNextPage: p.hasNextPage,
      hasPreviousPage: p.hasPreviousPage,
      inferred: p.inferred,
    });
    return {
      of: nodeFromValue(row.of, keys),
      affected: byKey(row.affectedPages, page),
      projects: byKey(row.projectPages, page),
      programmes: byKey(row.programmePages, page),
      targetVisions: byKey(row.targetVisionLists, (l: { rows: ExplainedRow[] }) => l.rows.map((r) => explained(r, keys))),
      focusAreas: byKey(row.focusAreaLists, (l: { rows: ExplainedRow[] }) => l.rows.map((r) => explained(r, keys))),
      totalBudgetEur: row.totalBudgetEur,
    };
  }

  /**
   * Every row of a traversal of the node `id` (resolved by the caller), in the connections' order (hops, name, id),
   * handed to `each` as the executor streams them: one statement, nothing collected (see Executor.stream).
   */
  async streamRows(
    traversal: StreamedTraversal,
    id: string,
    depth: number,
    evidence: EvidenceLevel,
    each: (row: TraversalRow) => unknown,
    options: Omit<StreamOptions, 'stats' | 'vars'> = {},
  ): Promise<number> {
    return this.executor.stream<{ node: unknown; hops: number; evidence: 'stated' | 'inferred'; path: PathRow }>(
      ROW_STATEMENTS[traversal],
      { id, stated: evidence === 'stated', keys: ROW_KEYS },
      (r) => each({ node: nodeFromValue(r.node, ROW_KEYS), hops: r.hops, evidence: r.evidence, path: toPath(r.path, ROW_KEYS) }),
      { ...options, stats: this.stats, vars: traversalVars(depth, evidence) },
    );
  }

  /**
   * What came into and went out of the impact of `of` between the valid dates `from` and `to`: the affected nodes (each
   * with its fewest hops and one shortest path, at `to` for what came, at `from` for what went; read as the streamed
   * rows, every property), and the Zielbilder and Schwerpunktthemen with the path impact gives them then. Four
   * statements (two per date) after the reference is resolved (at the request's date).
   */
  async impactDiff(
    of: string,
    depth: number,
    evidence: EvidenceLevel,
    from: { valid?: Date | null; recorded?: Date | null },
    to: { valid?: Date | null; recorded?: Date | null },
  ): Promise<ImpactDiffResult> {
    const dates = checkImpactDiffDates(from, to, todayInGermany());
    const origin = await resolveReference(this.nodes, of, 'of');
    const lists: ImpactRequest = {
      evidence,
      keys: null,
      countInferred: false,
      affected: new Map(),
      projects: new Map(),
      programmes: new Map(),
      targetVisions: new Map([['all', { first: MAX_IMPACT_DIFF_ROWS, paths: true }]]),
      focusAreas: new Map([['all', { first: MAX_IMPACT_DIFF_ROWS, paths: true }]]),
    };
    const at = async (validAt: string) => {
      const affected: TraversalRow[] = [];
      await this.executor.stream<{ node: unknown; hops: number; evidence: 'stated' | 'inferred'; path: PathRow }>(
        ROW_STATEMENTS.impact,
        { id: origin.id, stated: evidence === 'stated', keys: null, validAt },
        (r) => {
          if (affected.length === MAX_IMPACT_DIFF_ROWS) {
            throw new DomainError('QUERY_TOO_COMPLEX', `impactDiff compares at most ${MAX_IMPACT_DIFF_ROWS} affected nodes per date; ask for a smaller maxDepth.`, {
              limit: 'impactDiffRows',
              max: MAX_IMPACT_DIFF_ROWS,
            });
          }
          affected.push({ node: nodeFromValue(r.node, null), hops: r.hops, evidence: r.evidence, path: toPath(r.path, null) });
        },
        { stats: this.stats, vars: traversalVars(depth, evidence) },
      );
      const impact = await this.impact(origin.id, depth, lists, validAt);
      return { affected, targetVisions: impact.targetVisions.get('all') ?? [], focusAreas: impact.focusAreas.get('all') ?? [] };
    };
    const [before, after] = [await at(dates.from), await at(dates.to)];
    const compare = <T extends { node: NodeView; path: PathResult | null }>(was: readonly T[], is: readonly T[], hops: (t: T) => number | null): ImpactChange[] => {
      const { came, went } = cameAndWent(was, is, (t) => t.node.id);
      return [
        ...came.map((t) => ({ change: 'ADDED' as const, node: t.node, hops: hops(t), path: t.path })),
        ...went.map((t) => ({ change: 'REMOVED' as const, node: t.node, hops: hops(t), path: t.path })),
      ];
    };
    const affected = compare(before.affected, after.affected, (t) => t.hops);
    return {
      of: origin,
      ...dates,
      affected,
      projects: affected.filter((c) => c.node.kind === 'Project'),
      targetVisions: compare(before.targetVisions, after.targetVisions, () => null),
      focusAreas: compare(before.focusAreas, after.focusAreas, () => null),
    };
  }

  /** null: both ends resolved, no path within the depth. */
  async shortestPath(from: string, to: string, depth: number, evidence: EvidenceLevel, keys: NodeKeys): Promise<PathResult | null> {
    // The ends are reported in order: an empty `to` only after `from` is known to resolve (a cheap statement, not this one).
    if (to.trim() === '') await resolveReference(this.nodes, from, 'from');
    const [row] = await this.executor.query<PathRow & { fromMisses: Miss[] | null; toMisses: Miss[] | null; hops: number | null }>(
      'read/traversal/shortest-path',
      { from: referenceParam(from, 'from'), to: referenceParam(to, 'to'), keys },
      { stats: this.stats, vars: traversalVars(depth, evidence) },
    );
    if (!row) throw new Error('read/traversal/shortest-path returned no row');
    if (row.fromMisses !== null) throw await unresolved(this.nodes, from, 'from', row.fromMisses);
    if (row.toMisses !== null) throw await unresolved(this.nodes, to, 'to', row.toMisses);
    return row.hops === null ? null : toPath(row, keys);
  }
}
