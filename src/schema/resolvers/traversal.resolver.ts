import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { AsOfInput, asOfArg } from '../inputs/as-of.input.js';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import {
  DEFAULT_IMPACT_LIST_SIZE,
  DEFAULT_TRAVERSAL_PAGE_SIZE,
  MAX_IMPACT_LIST_SIZE,
  MAX_TRAVERSAL_PAGE_SIZE,
  STREAMED_TRAVERSALS,
  checkDepth,
  checkLimit,
  decodeTraversalCursor,
  encodeTraversalCursor,
} from '../../domain/index.js';
import type { EvidenceLevel } from '../../domain/index.js';
import type {
  ExplainedNode,
  HopsRow,
  ImpactDiffResult,
  ImpactRequest,
  ImpactResult,
  PageRequest,
  NodeView,
  PathResult,
  TraversalPage,
} from '../../graph/index.js';
import type { Context } from '../context.type.js';
import { EvidenceEnum } from '../enums.js';
import { collectFields, selectionInput, selects } from '../selection.js';
import { nodeProperties } from './plan.js';
import { KIND_TYPES } from '../types/kind-types.js';
import {
  AffectedConnectionType,
  ExplainedFocusAreaType,
  ExplainedTargetVisionType,
  ImpactProgrammeConnectionType,
  ImpactProjectConnectionType,
  ImpactType,
  ImpactDiffType,
  PathType,
  TouchingProjectConnectionType,
} from '../types/path.type.js';

const REF = 'A node reference: its id, or else its exact name or one of its aliases (case ignored).';
const FIRST = `Page size (0..${MAX_TRAVERSAL_PAGE_SIZE}).`;
const AFTER = 'The endCursor of the previous page (a keyset cursor: no row is skipped or repeated while others write).';
const LIST_FIRST = `The first N by name (0..${MAX_IMPACT_LIST_SIZE}).`;
const EVIDENCE = 'ANY follows every dependency relationship; STATED only those whose confidence is STATED (every hop sourced).';

/** A page request from a connection's arguments, checked before any Cypher runs. */
function pageRequest(first: number, after: string | null | undefined): PageRequest {
  return { first: checkLimit('first', first, MAX_TRAVERSAL_PAGE_SIZE), after: after == null ? null : decodeTraversalCursor(after) };
}

/** A Relay connection as the schema's traversal connection types read it. */
interface Connection<Node> {
  readonly edges: readonly { readonly cursor: string; readonly node: Node }[];
  readonly nodes: readonly Node[];
  readonly pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  readonly totalCount: number;
  readonly inferredCount: number;
}

/** A row of projectsTouching as the schema's TouchingProject reads it. */
interface TouchingProjectRow {
  readonly project: NodeView;
  readonly hops: number;
  readonly path: PathResult;
}

/** An edge of a traversal page: its cursor (the row's keyset position) is encoded when it is read, if ever. */
class TraversalEdge<Node> {
  constructor(
    private readonly key: { hops: number; name: string; id: string },
    readonly node: Node,
  ) {}

  get cursor(): string {
    return encodeTraversalCursor(this.key);
  }
}

/** A Relay connection of a traversal page (a page of up to 1,000 rows, of which most selections read no cursor). */
function connection<Row, Node>(page: TraversalPage<Row>, key: (row: Row) => { hops: number; name: string; id: string }, node: (row: Row) => Node): Connection<Node> {
  const edges = page.rows.map((row) => new TraversalEdge(key(row), node(row)));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    // Read only when selected, and then asked of the repository (PageRequest.total): a page read without it has none.
    get totalCount(): number {
      if (page.total === null) throw new Error('totalCount was not asked of the traversal');
      return page.total;
    },
    inferredCount: page.inferred ?? 0,
  };
}

const nodesOf = (rows: readonly ExplainedNode[] | undefined): readonly NodeView[] => (rows ?? []).map((r) => r.node);
const hopsKey = (r: HopsRow) => ({ hops: r.hops, name: r.name, id: r.node.id });
const EMPTY_PAGE: TraversalPage<never> = { rows: [], total: 0, hasNextPage: false, hasPreviousPage: false, inferred: 0 };

const PAGES = { affected: 'affected', projects: 'projects', programmes: 'programmes' } as const;
const LISTS = {
  targetVisions: ['targetVisions', false],
  targetVisionPaths: ['targetVisions', true],
  focusAreas: ['focusAreas', false],
  focusAreaPaths: ['focusAreas', true],
} as const;

/** What one impact statement must answer: every page and list the selection asks for, by response key. */
function impactRequest(info: GraphQLResolveInfo, evidence: EvidenceLevel): ImpactRequest {
  const type = info.schema.getType('Impact') as GraphQLObjectType;
  const pages = { affected: new Map<string, PageRequest>(), projects: new Map<string, PageRequest>(), programmes: new Map<string, PageRequest>() };
  const lists = { targetVisions: new Map<string, { first: number; paths: boolean }>(), focusAreas: new Map<string, { first: number; paths: boolean }>() };
  let countInferred = false;
  const input = selectionInput(info);
  for (const [key, fields] of collectFields(info.fieldNodes.map((f) => f.selectionSet), input)) {
    const field = fields[0]!;
    const name = field.name.value;
    const def = type.getFields()[name];
    if (!def) continue;
    if (name in PAGES) {
      const args = getArgumentValues(def, field, info.variableValues) as { first: number; after?: string | null };
      pages[PAGES[name as keyof typeof PAGES]].set(key, pageRequest(args.first, args.after));
      countInferred ||= selects(fields, 'inferredCount', input);
    } else if (name in LISTS) {
      const args = getArgumentValues(def, field, info.variableValues) as { first: number };
      const [list, paths] = LISTS[name as keyof typeof LISTS];
      lists[list].set(key, { first: checkLimit('first', args.first, MAX_IMPACT_LIST_SIZE), paths });
    }
  }
  return { evidence, countInferred: countInferred && evidence === 'any', keys: nodeProperties(info), ...pages, ...lists };
}

/**
 * Traversals over the dependency relationships (category DEPENDENCY). Each is one Cypher statement per page, bounded
 * by maxDepth (1..6), that resolves its node references itself. Only when a reference names no node or several
 * does the resolver resolve it separately, to answer NOT_FOUND with candidates or BAD_USER_INPUT with the matches.
 * Their lists are keyset pages in the order hops, name, id.
 */
@Resolver(() => ImpactType)
export class TraversalResolver {
  @Query(() => TouchingProjectConnectionType, {
    description:
      'Every project with a directed path over dependency relationships of 1..maxDepth hops to the target; hops are the ' +
      'fewest such hops and path one shortest path. Sorted by hops, then project name, then id; a page of them. At asOf.valid ' +
      'only the nodes and relationships holding then are followed.',
  })
  async projectsTouching(
    @Arg('target', () => String, { description: REF }) target: string,
    @Arg('maxDepth', () => Int, { defaultValue: STREAMED_TRAVERSALS.projectsTouching.maxDepth }) maxDepth: number,
    @Arg('first', () => Int, { defaultValue: DEFAULT_TRAVERSAL_PAGE_SIZE, description: FIRST }) first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null | undefined,
    @Arg('evidence', () => EvidenceEnum, { defaultValue: 'any', description: EVIDENCE }) evidence: EvidenceLevel,
    @asOfArg() _asOf: AsOfInput | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<TouchingProjectRow>> {
    const depth = checkDepth('maxDepth', maxDepth);
    const selection = selectionInput(info);
    const page = { ...pageRequest(first, after), total: selects(info.fieldNodes, 'totalCount', selection) };
    const how = { evidence, countInferred: evidence === 'any' && selects(info.fieldNodes, 'inferredCount', selection) };
    const rows = await ctx.repos.traversals.projectsTouching(target, depth, page, how, nodeProperties(info));
    return connection(
      rows,
      (r) => ({ hops: r.hops, name: r.name, id: r.path.nodes[0]!.id }),
      (r) => ({ project: r.path.nodes[0]!, hops: r.hops, path: r.path }),
    );
  }

  @Query(() => ImpactType, {
    description:
      'What is affected if a node changes: every node with a directed dependency path of 1..maxDepth hops to it, the ' +
      'contributors among them (projects and programmes), the Zielbilder any contributor CONTRIBUTES_TO, those ' +
      'Zielbilder\'s Schwerpunktthemen (HAS_TARGET_VISION) and the projects\' known budget. Under evidence: STATED every ' +
      'hop, also CONTRIBUTES_TO and HAS_TARGET_VISION, must be STATED. At asOf.valid only the nodes and relationships ' +
      'holding then are followed.',
  })
  async impact(
    @Arg('of', () => String, { description: REF }) of: string,
    @Arg('maxDepth', () => Int, { defaultValue: STREAMED_TRAVERSALS.impact.maxDepth }) maxDepth: number,
    @Arg('evidence', () => EvidenceEnum, { defaultValue: 'any', description: EVIDENCE }) evidence: EvidenceLevel,
    @asOfArg() _asOf: AsOfInput | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImpactResult> {
    return ctx.repos.traversals.impact(of, checkDepth('maxDepth', maxDepth), impactRequest(info, evidence));
  }

  @Query(() => ImpactDiffType, {
    description:
      'How the impact of a node changed between two states (from and to: each a valid date, default today, and a ' +
      'recorded instant, default the current graph — the impact replayed from the history as this graph had it then): ' +
      'the affected nodes, projects, Zielbilder and Schwerpunktthemen that came (ADDED) or went (REMOVED), each with the ' +
      'path that explains it in the state it is affected in. The reference is resolved in the current graph at today\'s ' +
      'date. from after to (in either time) is BAD_USER_INPUT, as is a recorded instant outside the history.',
  })
  async impactDiff(
    @Arg('of', () => String, { description: REF }) of: string,
    @Arg('from', () => AsOfInput, { description: 'The earlier state (its valid date and recorded instant).' }) from: AsOfInput,
    @Arg('to', () => AsOfInput, { description: 'The later state (its valid date and recorded instant).' }) to: AsOfInput,
    @Arg('maxDepth', () => Int, { defaultValue: STREAMED_TRAVERSALS.impact.maxDepth }) maxDepth: number,
    @Arg('evidence', () => EvidenceEnum, { defaultValue: 'any', description: EVIDENCE }) evidence: EvidenceLevel,
    @Ctx() ctx: Context,
  ): Promise<ImpactDiffResult> {
    return ctx.repos.traversals.impactDiff(of, checkDepth('maxDepth', maxDepth), evidence, from, to);
  }

  @FieldResolver(() => AffectedConnectionType, { description: 'The affected nodes, sorted by hops, then name, then id; a page of them.' })
  affected(
    @Root() impact: ImpactResult,
    @Arg('first', () => Int, { defaultValue: DEFAULT_TRAVERSAL_PAGE_SIZE, description: FIRST }) _first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Connection<HopsRow> {
    const page = impact.affected.get(String(info.path.key)) ?? EMPTY_PAGE;
    return connection(page, hopsKey, (r) => r);
  }

  @FieldResolver(() => ImpactProjectConnectionType, { description: 'The affected projects, sorted by hops, then name, then id; a page of them.' })
  projects(
    @Root() impact: ImpactResult,
    @Arg('first', () => Int, { defaultValue: DEFAULT_TRAVERSAL_PAGE_SIZE, description: FIRST }) _first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): object {
    const page = impact.projects.get(String(info.path.key)) ?? EMPTY_PAGE;
    return connection(page, hopsKey, (r) => r.node);
  }

  @FieldResolver(() => ImpactProgrammeConnectionType, {
    description: 'The affected programmes (contributors like the projects), sorted by hops, then name, then id; a page of them.',
  })
  programmes(
    @Root() impact: ImpactResult,
    @Arg('first', () => Int, { defaultValue: DEFAULT_TRAVERSAL_PAGE_SIZE, description: FIRST }) _first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): object {
    const page = impact.programmes.get(String(info.path.key)) ?? EMPTY_PAGE;
    return connection(page, hopsKey, (r) => r.node);
  }

  @FieldResolver(() => [KIND_TYPES.TargetVision], { description: 'The Zielbilder the contributors (affected projects and programmes) contribute to, by name.' })
  targetVisions(
    @Root() impact: ImpactResult,
    @Arg('first', () => Int, { defaultValue: DEFAULT_IMPACT_LIST_SIZE, description: LIST_FIRST }) _first: number,
    @Info() info: GraphQLResolveInfo,
  ): readonly NodeView[] {
    return nodesOf(impact.targetVisions.get(String(info.path.key)));
  }

  @FieldResolver(() => [ExplainedTargetVisionType], { description: 'The Zielbilder as targetVisions lists them, each with the path that explains it.' })
  targetVisionPaths(
    @Root() impact: ImpactResult,
    @Arg('first', () => Int, { defaultValue: DEFAULT_IMPACT_LIST_SIZE, description: LIST_FIRST }) _first: number,
    @Info() info: GraphQLResolveInfo,
  ): readonly ExplainedNode[] {
    return impact.targetVisions.get(String(info.path.key)) ?? [];
  }

  @FieldResolver(() => [KIND_TYPES.FocusArea], { description: "The Schwerpunktthemen of those Zielbilder, by name." })
  focusAreas(
    @Root() impact: ImpactResult,
    @Arg('first', () => Int, { defaultValue: DEFAULT_IMPACT_LIST_SIZE, description: LIST_FIRST }) _first: number,
    @Info() info: GraphQLResolveInfo,
  ): readonly NodeView[] {
    return nodesOf(impact.focusAreas.get(String(info.path.key)));
  }

  @FieldResolver(() => [ExplainedFocusAreaType], { description: 'The Schwerpunktthemen as focusAreas lists them, each with the path that explains it.' })
  focusAreaPaths(
    @Root() impact: ImpactResult,
    @Arg('first', () => Int, { defaultValue: DEFAULT_IMPACT_LIST_SIZE, description: LIST_FIRST }) _first: number,
    @Info() info: GraphQLResolveInfo,
  ): readonly ExplainedNode[] {
    return impact.focusAreas.get(String(info.path.key)) ?? [];
  }

  @Query(() => PathType, {
    nullable: true,
    description:
      'The fewest hops between two nodes, ignoring direction and type; null if there is none within maxDepth. At ' +
      'asOf.valid (default: today) only the nodes and relationships holding then are followed, both ends included.',
  })
  async shortestPath(
    @Arg('from', () => String, { description: REF }) from: string,
    @Arg('to', () => String, { description: REF }) to: string,
    @Arg('maxDepth', () => Int, { defaultValue: 6 }) maxDepth: number,
    @Arg('evidence', () => EvidenceEnum, { defaultValue: 'any', description: EVIDENCE }) evidence: EvidenceLevel,
    @asOfArg() _asOf: AsOfInput | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PathResult | null> {
    return ctx.repos.traversals.shortestPath(from, to, checkDepth('maxDepth', maxDepth), evidence, nodeProperties(info));
  }
}
