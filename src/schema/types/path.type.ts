import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface.js';
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

@ObjectType('Impact', { description: 'Everything that depends on a node, up to the strategy.' })
export class ImpactType {
  @Field(() => NodeInterface)
  of!: NodeInterface;

  @Field(() => [AffectedType])
  affected!: AffectedType[];

  @Field(() => [KIND_TYPES.Project])
  projects!: NodeInterface[];

  @Field(() => [KIND_TYPES.TargetVision])
  targetVisions!: NodeInterface[];

  @Field(() => [KIND_TYPES.FocusArea])
  focusAreas!: NodeInterface[];

  @Field(() => Float, { description: 'Sum of the known budgets of the affected projects (unknown counts as 0).' })
  totalBudgetEur!: number;
}
