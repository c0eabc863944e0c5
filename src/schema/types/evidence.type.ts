import { Field, Int, ObjectType } from 'type-graphql';
import type { EvidenceStrength } from '../../domain/index.js';
import { EvidenceStrengthEnum } from '../enums.js';

@ObjectType('Evidence', { description: 'How firmly a node is evidenced by its sources (the rule of strategiegraph check).' })
export class EvidenceType {
  @Field(() => EvidenceStrengthEnum)
  strength!: EvidenceStrength;

  @Field(() => Int, { description: 'Distinct cited sources.' })
  sourceCount!: number;

  @Field(() => Int, { description: 'Distinct publishers (hosts) among them.' })
  publisherCount!: number;

  @Field(() => String, { nullable: true, description: 'The newest published date among the sources, where any has one.' })
  newestPublished?: string;
}
