import { Field, ObjectType } from 'type-graphql';

@ObjectType('Source', { description: 'Where a fact comes from.' })
export class SourceType {
  @Field(() => String, { description: 'http(s) address of the source.' })
  url!: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true, description: "The source's own date (YYYY, YYYY-MM or YYYY-MM-DD), where known." })
  published?: string;

  @Field(() => String, { nullable: true, description: 'When the source was consulted for this graph.' })
  retrieved?: string;
}
