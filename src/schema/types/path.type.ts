import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Confidence } from '../../domain/index.js';
import { ConfidenceEnum } from '../enums.js';
import { NodeInterface } from './node.interface.js';
import { PageInfoType, connectionOf } from './connection.type.js';
import { KIND_TYPES } from './kind-types.js';
import { SourceType } from './source.type.js';
import { DiffChangeEnum } from './diff.type.js';

/** Rows that rest on inferred hops, as the traversal connections count them. */
export const INFERRED_COUNT =
  'How many of all the rows (all pages) rest on inferred hops: no path within maxDepth whose every hop is STATED reaches ' +
  'them, so they vanish under evidence: STATED (0 under STATED). A row whose shortest path has an inferred hop but ' +
  'which a longer all-stated path within maxDepth reaches is not counted. Counting costs a second search; it runs ' +
  'only when this field is selected.';

@ObjectType('PathRelationship', { description: 'One hop of a path, in the direction it is stored, with its evidence.' })
export class PathRelationshipType {
  @Field(() => String)
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => ConfidenceEnum, { description: 'STATED: a cited source says so; INFERRED: our reading (see note); CONTESTED: the sources disagree.' })
  confidence!: Confidence;

  @Field(() => [SourceType])
  sources!: SourceType[];

  @Field(() => String, { nullable: true, description: 'Why it is inferred or contested, or what the sources restrict it to.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date the hop holds (YYYY-MM-DD, inclusive); null: since ever.' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive); null: until further notice.' })
  validTo!: string | null;
}

@ObjectType('Path', { description: 'A path through the graph: the nodes in order and the relationships between them.' })
export class PathType {
  @Field(() => Int)
  hops!: number;

  @Field(() => ConfidenceEnum, {
    description:
      'STATED only when every hop is STATED; otherwise the weakest hop\'s: CONTESTED when a hop is contested, else INFERRED. ' +
      'A path of no hops is STATED.',
  })
  confidence!: Confidence;

  @Field(() => [NodeInterface])
  nodes!: NodeInterface[];

  @Field(() => [PathRelationshipType])
  relationships!: PathRelationshipType[];
}

@ObjectType('TouchingProject', { description: 'A project with a dependency path to the target, and why.' })
export class TouchingProjectType {
  @Field(() => KIND_TYPES.Project)
  project!: NodeInterface;

  @Field(() => Int, { description: 'The fewest hops from the project to the target.' })
  hops!: number;

  @Field(() => PathType, { description: 'One shortest path: the explanation.' })
  path!: PathType;
}

@ObjectType('Affected')
export class AffectedType {
  @Field(() => NodeInterface)
  node!: NodeInterface;

  @Field(() => Int, { description: 'The fewest hops from this node to the one that changes.' })
  hops!: number;
}

@ObjectType('TouchingProjectEdge')
export class TouchingProjectEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => TouchingProjectType)
  node!: TouchingProjectType;
}

@ObjectType('TouchingProjectConnection', { description: 'A page of the projects touching a target, in the order hops, project name, id.' })
export class TouchingProjectConnectionType {
  @Field(() => [TouchingProjectEdgeType])
  edges!: TouchingProjectEdgeType[];

  @Field(() => [TouchingProjectType], { description: 'The nodes of the edges, for clients that need no cursors.' })
  nodes!: TouchingProjectType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, {
    description:
      'How many projects touch the target (all pages). Asking for it (or inferredCount) searches the whole depth; a page ' +
      'without it stops at the first depth that fills it (a hub target\'s first page: one hop).',
  })
  totalCount!: number;

  @Field(() => Int, { description: INFERRED_COUNT })
  inferredCount!: number;
}

@ObjectType('AffectedEdge')
export class AffectedEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => AffectedType)
  node!: AffectedType;
}

@ObjectType('AffectedConnection', { description: 'A page of the affected nodes, in the order hops, name, id.' })
export class AffectedConnectionType {
  @Field(() => [AffectedEdgeType])
  edges!: AffectedEdgeType[];

  @Field(() => [AffectedType], { description: 'The nodes of the edges, for clients that need no cursors.' })
  nodes!: AffectedType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: 'How many nodes are affected (all pages).' })
  totalCount!: number;

  @Field(() => Int, { description: INFERRED_COUNT })
  inferredCount!: number;
}

/** A page of the affected nodes of one kind (the contributors: projects, programmes), with inferredCount. */
function contributorConnection(kind: 'Project' | 'Programme'): new () => object {
  const name = `Impact${kind}Connection`;
  const connection = { [name]: class {} }[name]!;
  Field(() => [connectionOf(kind).edge])(connection.prototype, 'edges');
  Field(() => [KIND_TYPES[kind]], { description: 'The nodes of the edges, for clients that need no cursors.' })(connection.prototype, 'nodes');
  Field(() => PageInfoType)(connection.prototype, 'pageInfo');
  Field(() => Int, { description: `How many ${kind} nodes are affected (all pages).` })(connection.prototype, 'totalCount');
  Field(() => Int, { description: INFERRED_COUNT })(connection.prototype, 'inferredCount');
  ObjectType(name, { description: `A page of the affected ${kind} nodes, in the order hops, name, id.` })(connection);
  return connection;
}
export const ImpactProjectConnectionType = contributorConnection('Project');
export const ImpactProgrammeConnectionType = contributorConnection('Programme');

@ObjectType('ExplainedTargetVision', { description: 'A Zielbild an impact reaches, and why.' })
export class ExplainedTargetVisionType {
  @Field(() => KIND_TYPES.TargetVision)
  node!: NodeInterface;

  @Field(() => PathType, {
    description:
      'One explanation: from the Zielbild over CONTRIBUTES_TO to the nearest contributor (fewest hops, then name, id) ' +
      'and its shortest dependency path to the node that changes.',
  })
  path!: PathType;
}

@ObjectType('ExplainedFocusArea', { description: 'A Schwerpunktthema an impact reaches, and why.' })
export class ExplainedFocusAreaType {
  @Field(() => KIND_TYPES.FocusArea)
  node!: NodeInterface;

  @Field(() => PathType, {
    description:
      'One explanation: from the Schwerpunktthema over HAS_TARGET_VISION to its Zielbild reached by the nearest ' +
      'contributor, then as that Zielbild\'s path.',
  })
  path!: PathType;
}

/**
 * Everything that depends on a node. The resolver answers the whole selection in one statement; the fields that
 * take arguments (affected, projects, targetVisions, focusAreas) are field resolvers that pick their part of it.
 */
@ObjectType('Impact', { description: 'Everything that depends on a node, up to the strategy.' })
export class ImpactType {
  @Field(() => NodeInterface)
  of!: NodeInterface;

  @Field(() => Float, {
    description:
      "Sum of the known budgets of the affected projects (unknown counts as 0); programmes' budgets are not added, " +
      "they may contain their projects'.",
  })
  totalBudgetEur!: number;
}

@ObjectType('ImpactChange', { description: 'A node that came into an impact or went out of it between two dates, and why.' })
export class ImpactChangeType {
  @Field(() => DiffChangeEnum, { description: 'ADDED: affected at the later date only; REMOVED: at the earlier only.' })
  change!: string;

  @Field(() => NodeInterface)
  node!: NodeInterface;

  @Field(() => Int, { nullable: true, description: 'The fewest hops to the node that changes, then (null for a Zielbild or Schwerpunktthema).' })
  hops?: number | null;

  @Field(() => PathType, {
    nullable: true,
    description: 'The path that explains it at the date it is affected (the later date for ADDED, the earlier for REMOVED).',
  })
  path?: PathType | null;
}

@ObjectType('ImpactDiff', { description: 'How the impact of a node changed between two states (valid dates, recorded instants).' })
export class ImpactDiffType {
  @Field(() => NodeInterface)
  of!: NodeInterface;

  @Field(() => String, { description: 'The earlier valid date (YYYY-MM-DD).' })
  from!: string;

  @Field(() => String, { description: 'The later valid date (YYYY-MM-DD).' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'The earlier recorded instant (ISO 8601); null: the current graph.' })
  fromRecorded!: string | null;

  @Field(() => String, { nullable: true, description: 'The later recorded instant (ISO 8601); null: the current graph.' })
  toRecorded!: string | null;

  @Field(() => [ImpactChangeType], { description: 'Affected nodes that came or went: ADDED first, each in the order hops, name, id.' })
  affected!: ImpactChangeType[];

  @Field(() => [ImpactChangeType], { description: 'The projects among them.' })
  projects!: ImpactChangeType[];

  @Field(() => [ImpactChangeType], { description: 'Zielbilder that came or went: ADDED first, each by name.' })
  targetVisions!: ImpactChangeType[];

  @Field(() => [ImpactChangeType], { description: 'Schwerpunktthemen that came or went: ADDED first, each by name.' })
  focusAreas!: ImpactChangeType[];
}
