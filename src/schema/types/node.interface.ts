import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import type { NodeKind } from '../../domain/index.js';
import type { StoredNode } from '../../graph/index.js';
import { ConfidenceEnum, NodeKindEnum } from '../enums.js';
import { SourceType } from './source.type.js';

/** A node's object type is named after its kind. */
export const nodeTypeName = (node: StoredNode): string => node.kind;

/** The fields every node has. The object type of each kind implements it (see kind-types.ts). */
@InterfaceType('Node', {
  description: 'A node of the strategy graph. Every fact carries its sources.',
  resolveType: nodeTypeName,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Stable slug, unique across the graph (e.g. sys-elster).' })
  id!: string;

  @Field(() => NodeKindEnum)
  kind!: NodeKind;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Other names the node is known by; node references match them too.' })
  aliases!: string[];

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date the node holds (YYYY-MM-DD, inclusive); null: since ever.' })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive); null: until further notice.' })
  validTo?: string;

  @Field(() => [SourceType], { description: 'At least one source for every node.' })
  sources!: SourceType[];

  @Field(() => ConfidenceEnum)
  confidence!: string;

  @Field(() => String, { nullable: true, description: 'Why an inferred fact was inferred, how the sources disagree on a contested one, or a caveat.' })
  note?: string;

  @Field(() => GraphQLJSONObject, { description: 'Facts that have no field of their own, as published.' })
  attributes!: Record<string, unknown>;

  @Field(() => Int, { description: 'Counts the changes to this node; used for optimistic concurrency.' })
  version!: number;

  @Field(() => String, { nullable: true })
  createdAt?: string;

  @Field(() => String, { nullable: true })
  updatedAt?: string;
}
