import { Field, Int, ObjectType } from 'type-graphql';

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
}

@ObjectType('ImportResult')
export class ImportResultType {
  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => [ImportCountType])
  nodes!: ImportCountType[];

  @Field(() => [ImportCountType])
  relationships!: ImportCountType[];
}
