import { DomainError, byHopsNameId, byNameThenId, cameAndWent, checkImpactDiffDates, keysetPage, pathConfidence, recordedRangeProblem, walkBack, type ImpactDiffSide, type Walked, type Confidence, type EvidenceLevel, type SourceRef, type StreamedTraversal, type TraversalKey } from '../../domain/index.js';
import { todayInGermany, type Executor, type QueryStats, type StreamOptions } from '../neo4j/executor.js';
import { nodeFromValue, type NodeView } from '../neo4j/mapping.js';
import type { NodeRepository } from './node.repository.js';
import { RecordRepository } from './record.repository.js';
import { referenceParam, resolveReference, unresolved } from './references.js';
import type { Edge, Miss, PathResult, PathStep } from './types.js';
import type { StoredNode } from '../neo4j/mapping.js';

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

/** A relationship of the record as a hop of a path. */
const step = (e: Edge): PathStep => ({ type: e.type, from: e.from, to: e.to, confidence: e.confidence, sources: e.sources, note: e.note ?? null, validFrom: e.validFrom ?? null, validTo: e.validTo ?? null });

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
  /** The two recorded instants (ISO; null: the current graph). */
  readonly fromRecorded: string | null;
  readonly toRecorded: string | null;
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
    private readonly record?: RecordRepository,
  ) {}

  /** The record, when the request reads one at a past instant (QueryStats.recordedAt): then impact and projectsTouching walk it. */
  private get recorded(): RecordRepository | undefined {
    return this.record?.at === undefined ? undefined : this.record;
  }

  async projectsTouching(
    target: string,
    depth: number,
    page: PageRequest,
    evidence: EvidenceRequest,
    keys: NodeKeys,
  ): Promise<TraversalPage<TouchingProject>> {
    const record = this.recorded;
    if (record) return this.recordedTouching(record, target, depth, page, evidence);
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
    const record = this.recorded;
    if (record && validAt === undefined) return this.recordedImpact(record, of, depth, request);
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
    // a recorded instant lies in the record, as the AsOf plugin requires of the roots that read one
    if (dates.from.recorded !== undefined || dates.to.recorded !== undefined) {
      const first = await new RecordRepository(this.executor, this.stats).firstRecorded();
      const now = new Date();
      for (const [argument, side] of [['from', dates.from], ['to', dates.to]] as const) {
        const problem = side.recorded === undefined ? undefined : recordedRangeProblem(side.recorded, first, now);
        if (problem) throw new DomainError('BAD_USER_INPUT', `${argument}.recorded ${side.recorded} ${problem.message}.`, { argument, range: problem.range });
      }
    }
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
    const tooMany = () =>
      new DomainError('QUERY_TOO_COMPLEX', `impactDiff compares at most ${MAX_IMPACT_DIFF_ROWS} affected nodes per date; ask for a smaller maxDepth.`, {
        limit: 'impactDiffRows',
        max: MAX_IMPACT_DIFF_ROWS,
      });
    // A past record: the walk back over it (RecordRepository with the side's own instant and valid date); the node
    // may not have existed then (nothing affected).
    const recorded = async (side: ImpactDiffSide & { recorded: string }) => {
      const record = new RecordRepository(this.executor, this.stats, { at: side.recorded, validAt: side.valid });
      const [then] = await record.byIds([origin.id]);
      if (!then) return { affected: [], targetVisions: [], focusAreas: [] };
      const walk = await record.dependencyWalk(then, depth);
      const { rows, stated } = TraversalRepository.reachedRows(then, walk, depth, { evidence, countInferred: true }, (n) => n.id !== then.id);
      if (rows.length > MAX_IMPACT_DIFF_ROWS) throw tooMany();
      const affected: TraversalRow[] = rows.map((r) => ({ node: r.node, hops: r.hops, evidence: evidence === 'stated' || stated?.has(r.node.id) ? 'stated' : 'inferred', path: r.path }));
      const impact = await this.impactOverWalk(record, then, walk, depth, lists);
      return { affected, targetVisions: impact.targetVisions.get('all') ?? [], focusAreas: impact.focusAreas.get('all') ?? [] };
    };
    const at = async (side: ImpactDiffSide) => {
      if (side.recorded !== undefined) return recorded({ ...side, recorded: side.recorded });
      const validAt = side.valid;
      const affected: TraversalRow[] = [];
      await this.executor.stream<{ node: unknown; hops: number; evidence: 'stated' | 'inferred'; path: PathRow }>(
        ROW_STATEMENTS.impact,
        { id: origin.id, stated: evidence === 'stated', keys: null, validAt },
        (r) => {
          if (affected.length === MAX_IMPACT_DIFF_ROWS) throw tooMany();
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
      from: dates.from.valid,
      to: dates.to.valid,
      fromRecorded: dates.from.recorded ?? null,
      toRecorded: dates.to.recorded ?? null,
      affected,
      projects: affected.filter((c) => c.node.kind === 'Project'),
      targetVisions: compare(before.targetVisions, after.targetVisions, () => null),
      focusAreas: compare(before.focusAreas, after.focusAreas, () => null),
    };
  }

  /** A walked node's path as the API returns it: its nodes from it to the origin, its hops with their evidence. */
  private static walkedPath(walked: Walked<Edge>, nodes: ReadonlyMap<string, StoredNode>): PathResult {
    const ids = [walked.id, ...walked.path.map((h) => h.to)];
    return pathOf(ids.map((id) => nodes.get(id)!), walked.path.map(step));
  }

  /** The nodes reached (those `keep` keeps), each with its path, in the traversals' order; and how many a stated walk reaches. */
  private static reachedRows(
    origin: StoredNode,
    walk: { hops: Edge[]; nodes: Map<string, StoredNode> },
    depth: number,
    evidence: EvidenceRequest,
    keep: (n: StoredNode) => boolean,
  ): { rows: { node: StoredNode; name: string; hops: number; path: PathResult }[]; stated: Set<string> | null } {
    const isStated = (e: Edge) => e.confidence === 'stated';
    const reached = walkBack(origin.id, walk.hops, depth, evidence.evidence === 'stated' ? isStated : undefined);
    const rows = [...reached.values()]
      .map((w) => ({ w, node: walk.nodes.get(w.id)! }))
      .filter(({ node }) => keep(node))
      .map(({ w, node }) => ({ node, name: node.name, hops: w.hops, path: TraversalRepository.walkedPath(w, walk.nodes) }))
      .sort((a, b) => byHopsNameId({ hops: a.hops, name: a.name, id: a.node.id }, { hops: b.hops, name: b.name, id: b.node.id }));
    const stated = evidence.countInferred && evidence.evidence !== 'stated' ? new Set(walkBack(origin.id, walk.hops, depth, isStated).keys()) : null;
    return { rows, stated };
  }

  /** projectsTouching over the record at the request's past instant (as read/traversal/projects-touching over the graph). */
  private async recordedTouching(record: RecordRepository, target: string, depth: number, page: PageRequest, evidence: EvidenceRequest): Promise<TraversalPage<TouchingProject>> {
    const origin = await resolveReference(this.nodes, target, 'target', record);
    const { rows, stated } = TraversalRepository.reachedRows(origin, await record.dependencyWalk(origin, depth), depth, evidence, (n) => n.kind === 'Project');
    const found = keysetPage(rows, (r) => ({ hops: r.hops, name: r.name, id: r.node.id }), page.first, page.after);
    return {
      ...found,
      rows: found.rows.map((r) => ({ name: r.name, hops: r.hops, path: r.path })),
      inferred: evidence.evidence === 'stated' ? 0 : stated ? rows.filter((r) => !stated.has(r.node.id)).length : null,
    };
  }

  /**
   * impact over the record at the request's past instant (as read/traversal/impact over the graph): the walk back,
   * then one read of the contributors' CONTRIBUTES_TO and one of the Zielbilder's HAS_TARGET_VISION (two statements each).
   */
  private async recordedImpact(record: RecordRepository, of: string, depth: number, request: ImpactRequest): Promise<ImpactResult> {
    const origin = await resolveReference(this.nodes, of, 'of', record);
    return this.impactOverWalk(record, origin, await record.dependencyWalk(origin, depth), depth, request);
  }

  /** impact over a walk of the record (RecordRepository.dependencyWalk from `origin`): the pages, then the Zielbilder and Schwerpunktthemen. */
  private async impactOverWalk(
    record: RecordRepository,
    origin: StoredNode,
    walk: { hops: Edge[]; nodes: Map<string, StoredNode> },
    depth: number,
    request: ImpactRequest,
  ): Promise<ImpactResult> {
    const { rows: affected, stated } = TraversalRepository.reachedRows(origin, walk, depth, request, (n) => n.id !== origin.id);
    const follows = (e: Edge) => request.evidence !== 'stated' || e.confidence === 'stated';
    const pages = (requests: ReadonlyMap<string, PageRequest>, rows: typeof affected) =>
      new Map(
        [...requests].map(([key, p]) => {
          const found = keysetPage(rows, (r) => ({ hops: r.hops, name: r.name, id: r.node.id }), p.first, p.after);
          const inferred = request.evidence === 'stated' ? 0 : stated ? rows.filter((r) => !stated.has(r.node.id)).length : null;
          return [key, { ...found, rows: found.rows.map((r) => ({ node: r.node, name: r.name, hops: r.hops })), inferred }];
        }),
      );
    const projects = affected.filter((r) => r.node.kind === 'Project');
    const contributors = affected.filter((r) => r.node.kind === 'Project' || r.node.kind === 'Programme');
    // Each Zielbild with the first contributor (in the affected order) that contributes to it, and its hop.
    const contributes = await record.relationshipsOf(contributors.map((c) => c.node.id), ['CONTRIBUTES_TO'], 'OUT', Infinity);
    const visions = new Map<string, { node: StoredNode; via: (typeof affected)[number]; step: Edge }>();
    for (const c of contributors) {
      for (const e of contributes.get(c.node.id) ?? []) if (e.other.kind === 'TargetVision' && follows(e) && !visions.has(e.other.id)) visions.set(e.other.id, { node: e.other, via: c, step: e });
    }
    const targetVisions = [...visions.values()].sort((a, b) => byNameThenId(a.node, b.node));
    // Each Schwerpunktthema with the first of its Zielbilder by (its contributor's hops, name, id), and its hop.
    const held = await record.relationshipsOf(targetVisions.map((t) => t.node.id), ['HAS_TARGET_VISION'], 'IN', Infinity);
    const areas = new Map<string, { node: StoredNode; via: (typeof targetVisions)[number]; step: Edge }>();
    const byContributor = [...targetVisions].sort((a, b) => a.via.hops - b.via.hops || byNameThenId(a.node, b.node));
    for (const t of byContributor) {
      for (const e of held.get(t.node.id) ?? []) if (e.other.kind === 'FocusArea' && follows(e) && !areas.has(e.other.id)) areas.set(e.other.id, { node: e.other, via: t, step: e });
    }
    const focusAreas = [...areas.values()].sort((a, b) => byNameThenId(a.node, b.node));
    const lists = <T>(requests: ReadonlyMap<string, ListRequest>, all: readonly T[], explain: (t: T) => ExplainedNode) =>
      new Map([...requests].map(([key, l]) => [key, all.slice(0, l.first).map((t) => (l.paths ? explain(t) : { ...explain(t), path: null }))]));
    const visionPath = (t: (typeof targetVisions)[number]) => pathOf([t.node, ...t.via.path.nodes], [step(t.step), ...t.via.path.relationships]);
    return {
      of: origin,
      affected: pages(request.affected, affected),
      projects: pages(request.projects, projects),
      programmes: pages(request.programmes, affected.filter((r) => r.node.kind === 'Programme')),
      targetVisions: lists(request.targetVisions, targetVisions, (t) => ({ node: t.node, path: visionPath(t) })),
      focusAreas: lists(request.focusAreas, focusAreas, (f) => {
        const via = visionPath(f.via);
        return { node: f.node, path: pathOf([f.node, ...via.nodes], [step(f.step), ...via.relationships]) };
      }),
      totalBudgetEur: projects.reduce((sum, p) => sum + (typeof p.node.fields['budgetEur'] === 'number' ? p.node.fields['budgetEur'] : 0), 0),
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
