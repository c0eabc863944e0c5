import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHANGE_OPERATIONS } from '../../domain/index.js';

export const ChangeOperationEnum = Object.fromEntries(CHANGE_OPERATIONS.map((o) => [o, o]));
registerEnumType(ChangeOperationEnum, { name: 'ChangeOperation' });

@ObjectType('Actor', { description: 'Who made a change.' })
export class ActorType {
  @Field(() => String, { description: 'apiKey, token, cli or anonymous.' })
  kind!: string;

  @Field(() => String, { description: 'The API key id, the token subject, or the command-line user.' })
  subject!: string;

  @Field(() => String, { nullable: true })
  role!: string | null;
}

@ObjectType('Change', { description: 'One entry of the append-only history.' })
export class ChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'When (ISO date-time).' })
  at!: string;

  @Field(() => ChangeOperationEnum)
  operation!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => ID, { nullable: true, description: 'The other end, for relationship changes.' })
  otherId?: string;

  @Field(() => ActorType, { nullable: true, description: 'Who made the change; null unless the caller is an editor or admin.' })
  actor!: ActorType | null;

  @Field(() => String, { nullable: true, description: 'The request that made it; null unless the caller is an editor or admin.' })
  requestId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The state before (import format).' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The state after (import format).' })
  after!: Record<string, unknown> | null;
}

@ObjectType('DeletedNode')
export class DeletedNodeType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version it had when deleted.' })
  version!: number;
}

@ObjectType('RestoredNode')
export class RestoredNodeType {
  @Field(() => ID)
  id!: string;

  @Field(() => [String], { description: 'Relationships not restored because their other end is gone.' })
  skippedRelationships!: string[];
}
