import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHANGE_OPERATIONS, fieldChanges, roleAtLeast, type Change, type Role } from '../../domain/index.js';
import { PageInfoType } from './connection.type.js';

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

@ObjectType('FieldChange', { description: 'A field a change changed: its value before and after (null where it had none).' })
export class FieldChangeType {
  @Field(() => String)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;
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

  @Field(() => [FieldChangeType], {
    description: 'The fields that changed, before → after (of a deletion and a restore: the node\'s fields).',
  })
  fields!: FieldChangeType[];
}

/**
 * A Change as the API shows it: states parsed, the fields that changed, and who (actor, requestId) only for editors
 * and admins (API key ids, token subjects and user names are personal data).
 */
export function changeOf(c: Change, role: Role | null): ChangeType {
  const seesWho = roleAtLeast(role, 'editor');
  const before = c.before === null ? null : (JSON.parse(c.before) as Record<string, unknown>);
  const after = c.after === null ? null : (JSON.parse(c.after) as Record<string, unknown>);
  return { ...c, ...(seesWho ? {} : { actor: null, requestId: null }), before, after, fields: fieldChanges(before, after) };
}

@ObjectType('ChangeEdge')
export class ChangeEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => ChangeType)
  node!: ChangeType;
}

@ObjectType('ChangeConnection', { description: 'A page of the history, oldest first.' })
export class ChangeConnectionType {
  @Field(() => [ChangeEdgeType])
  edges!: ChangeEdgeType[];

  @Field(() => [ChangeType], { description: 'The nodes of the edges, for clients that need no cursors.' })
  nodes!: ChangeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
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
