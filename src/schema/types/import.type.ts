import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ImportCount', { description: 'What an import did (or, in a dry run, would do) for one kind or relationship type.' })
export class ImportCountType {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Nodes changed through the API since their last import, left alone (keepEdits).' })
  kept!: number;
}

@ObjectType('ImportEditedNode', {
  description: 'A node changed through the API since it was last imported: the import replaces it, or with keepEdits leaves it alone.',
})
export class ImportEditedNodeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String, { description: 'Its last change: CREATE_NODE, UPDATE_NODE or RESTORE_NODE.' })
  operation!: string;

  @Field(() => String, { description: 'When that change was made (ISO 8601).' })
  at!: string;

  @Field(() => Boolean, { description: 'True: left alone (keepEdits); false: replaced (in a dry run: would be).' })
  kept!: boolean;
}

@ObjectType('ImportResult')
export class ImportResultType {
  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => [ImportCountType])
  nodes!: ImportCountType[];

  @Field(() => [ImportCountType])
  relationships!: ImportCountType[];

  @Field(() => [ImportEditedNodeType], { description: 'Nodes changed through the API since they were last imported.' })
  edited!: ImportEditedNodeType[];
}
