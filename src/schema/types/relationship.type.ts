import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RelationshipType } from '../../domain/index.js';
import type { NodeView } from '../../graph/index.js';
import { ConfidenceEnum, DirectionEnum, RelationshipCategoryEnum, RelationshipTypeEnum } from '../enums.js';
import { NodeInterface } from './node.interface.js';
import { SourceType } from './source.type.js';

@ObjectType('Relationship', { description: 'A relationship seen from one of its ends, with its sources and properties.' })
export class RelationshipObject {
  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => RelationshipCategoryEnum)
  category!: string;

  @Field(() => DirectionEnum, { description: 'OUT when the node asked is the source of the relationship.' })
  direction!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  /** Typed as the repositories read nodes; the schema answers it as NodeInterface (its resolvers read NodeView). */
  @Field(() => NodeInterface, { description: 'The node at the other end.' })
  node!: NodeView;

  @Field(() => GraphQLJSONObject, { description: 'Properties such as role, nature, component or amountEur.' })
  properties!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date the relationship holds (YYYY-MM-DD, inclusive); null: since ever.' })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive); null: until further notice.' })
  validTo?: string;

  @Field(() => [SourceType])
  sources!: SourceType[];

  @Field(() => ConfidenceEnum)
  confidence!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}
