import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { SearchMatch } from '../../domain/index.js';
import { SearchMatchEnum } from '../enums.js';
import { NodeInterface } from './node.interface.js';
import { KIND_TYPES } from './kind-types.js';

@ObjectType('TargetVisionCoverage', { description: 'How well a Zielbild is covered by projects.' })
export class TargetVisionCoverageType {
  @Field(() => KIND_TYPES.TargetVision)
  targetVision!: NodeInterface;

  @Field(() => [KIND_TYPES.FocusArea], { description: 'The Schwerpunktthemen the Zielbild belongs to.' })
  focusAreas!: NodeInterface[];

  @Field(() => Int, { description: 'Projects contributing to the Zielbild (stated or inferred).' })
  projectCount!: number;

  @Field(() => Int, { description: 'Of those, the projects whose contribution a source states.' })
  statedProjectCount!: number;

  @Field(() => Int, { description: 'Programmes contributing to the Zielbild.' })
  programmeCount!: number;

  @Field(() => Float, { description: 'Sum of the known budgets of those projects.' })
  knownBudgetEur!: number;

  @Field(() => Int, { description: 'How many of those projects have no published budget.' })
  projectsWithoutBudget!: number;
}

@ObjectType('BudgetRow', {
  description:
    'Known budgets of one group. Project budgets are summed where published; programme budgets are shown separately ' +
    '(a programme run by several Schwerpunktthemen counts in each).',
})
export class BudgetRowType {
  @Field(() => NodeInterface)
  group!: NodeInterface;

  @Field(() => Int)
  projectCount!: number;

  @Field(() => Float, { description: 'Sum of the published budgets of the projects.' })
  knownBudgetEur!: number;

  @Field(() => Int, { description: 'Projects without a published budget.' })
  projectsWithoutBudget!: number;

  @Field(() => Float, { description: 'Sum of the published budgets of the programmes.' })
  programmeBudgetEur!: number;

  @Field(() => Int)
  programmeCount!: number;
}

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => NodeInterface)
  node!: NodeInterface;

  @Field(() => SearchMatchEnum, { description: 'The match class; hits are ordered by class first, then by score.' })
  match!: SearchMatch;

  @Field(() => Float, { description: 'Lucene relevance score within the match class; higher is better.' })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The name, alias or description passage that matched, the matched words in <mark>…</mark> and everything else ' +
      'HTML-escaped (&amp; &lt; &gt;); a long description is cut around the first match with "…". Null when no word ' +
      'can be pointed at.',
  })
  highlight!: string | null;
}
