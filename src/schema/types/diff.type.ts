import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DIFF_CHANGES, DIFF_ENTITIES } from '../../domain/index.js';
import { FieldChangeType } from './change.type.js';
import { PageInfoType } from './connection.type.js';

export const DiffEntityEnum = Object.fromEntries(DIFF_ENTITIES.map((e) => [e, e]));
registerEnumType(DiffEntityEnum, { name: 'DiffEntity', description: 'What a diff entry is about.' });
export const DiffChangeEnum = Object.fromEntries(DIFF_CHANGES.map((c) => [c, c]));
registerEnumType(DiffChangeEnum, {
  name: 'DiffChange',
  description: 'ADDED: only in the later state; REMOVED: only in the earlier; CHANGED: in both, with fields that differ.',
});

@ObjectType('DiffEntry', { description: 'A node or relationship that differs between the two states of a diff.' })
export class DiffEntryType {
  @Field(() => DiffEntityEnum)
  entity!: string;

  @Field(() => DiffChangeEnum)
  change!: string;

  @Field(() => ID, { description: 'The node id, or the relationship\'s key "from -[TYPE]-> to".' })
  id!: string;

  @Field(() => String, { description: 'The node kind, or the relationship type.' })
  kind!: string;

  @Field(() => String, { description: 'The node name, or "<name of from> → <name of to>" for a relationship.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'A relationship\'s start node.' })
  from?: string;

  @Field(() => ID, { nullable: true, description: 'A relationship\'s end node.' })
  to?: string;

  @Field(() => [FieldChangeType], { description: 'The fields (import format) that differ, before → after.' })
  fields!: FieldChangeType[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The state in `from` (import format); null if ADDED.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The state in `to` (import format); null if REMOVED.' })
  after!: Record<string, unknown> | null;
}

@ObjectType('DiffEdge')
export class DiffEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => DiffEntryType)
  node!: DiffEntryType;
}

@ObjectType('DiffConnection', { description: 'A page of a diff, ordered by entity (nodes first), then id.' })
export class DiffConnectionType {
  @Field(() => [DiffEdgeType])
  edges!: DiffEdgeType[];

  @Field(() => [DiffEntryType], { description: 'The nodes of the edges, for clients that need no cursors.' })
  nodes!: DiffEntryType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: 'How many entries the diff has (all pages).' })
  totalCount!: number;
}
