import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface.js';
import { PageInfoType } from './connection.type.js';
import { KIND_TYPES } from './kind-types.js';

@ObjectType('PathRelationship', { description: 'One hop of a path, in the direction it is stored.' })
export class PathRelationshipType {
  @Field(() => String)
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;
}

@ObjectType('Path', { description: 'A path through the graph: the nodes in order and the relationships between them.' })
export class PathType {
  @Field(() => Int)
  hops!: number;

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

  @Field(() => Int, { description: 'How many projects touch the target (all pages).' })
  totalCount!: number;
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
}

/**
 * Everything that depends on a node. The resolver answers the whole selection in one statement; the fields that
 * take arguments (affected, projects, targetVisions, focusAreas) are field resolvers that pick their part of it.
 */
@ObjectType('Impact', { description: 'Everything that depends on a node, up to the strategy.' })
export class ImpactType {
  @Field(() => NodeInterface)
  of!: NodeInterface;

  @Field(() => Float, { description: 'Sum of the known budgets of the affected projects (unknown counts as 0).' })
  totalBudgetEur!: number;
}
