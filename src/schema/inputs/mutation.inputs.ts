import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import type { NodeKind, RelationshipType } from '../../domain/index.js';
import { ConfidenceEnum, NodeKindEnum, RelationshipTypeEnum } from '../enums.js';

@InputType('SourceInput')
export class SourceInput {
  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  published?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  retrieved?: string;
}

@InputType('NodeInput', { description: 'A new node; checked with the same rules as the import.' })
export class NodeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => NodeKindEnum)
  kind!: NodeKind;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date the fact holds (YYYY-MM-DD, inclusive).' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive).' })
  validTo?: string | null;

  @Field(() => [SourceInput])
  sources!: SourceInput[];

  @Field(() => ConfidenceEnum, { nullable: true })
  confidence?: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  attributes?: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The kind's own fields, e.g. {status: \"approved\", budgetEur: 1000000}." })
  fields?: Record<string, unknown>;
}

@InputType('NodeUpdate', { description: 'Fields to change; omitted ones stay. In `fields`, null removes a value.' })
export class NodeUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date the fact holds (YYYY-MM-DD, inclusive). Null removes it.' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive). Null removes it.' })
  validTo?: string | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[];

  @Field(() => ConfidenceEnum, { nullable: true })
  confidence?: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  attributes?: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { nullable: true })
  fields?: Record<string, unknown>;
}

@InputType('RelationshipInput')
export class RelationshipInput {
  @Field(() => ID)
  from!: string;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => ID)
  to!: string;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date the fact holds (YYYY-MM-DD, inclusive). Within the periods of both nodes.' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive). Within the periods of both nodes.' })
  validTo?: string | null;

  @Field(() => [SourceInput])
  sources!: SourceInput[];

  @Field(() => ConfidenceEnum, { nullable: true })
  confidence?: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  properties?: Record<string, unknown>;
}
