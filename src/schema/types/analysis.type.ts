import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { SearchMatch } from '../../domain/index.js';
import { ConfidenceEnum, SearchMatchEnum } from '../enums.js';
import { NodeInterface } from './node.interface.js';
import { KIND_TYPES } from './kind-types.js';

@ObjectType('TargetVisionCoverage', {
  description:
    'How well a Zielbild is covered: the named projects and the programmes contributing to it, each with the part a ' +
    'source states and the part that is inferred, and the Themenfelder pointing at it (not counted as coverage).',
})
export class TargetVisionCoverageType {
  @Field(() => KIND_TYPES.TargetVision)
  targetVision!: NodeInterface;

  @Field(() => [KIND_TYPES.FocusArea], { description: 'The Schwerpunktthemen the Zielbild belongs to.' })
  focusAreas!: NodeInterface[];

  @Field(() => Boolean, { description: 'A named project or a programme contributes to the Zielbild.' })
  covered!: boolean;

  @Field(() => Int, { description: 'Named projects contributing to the Zielbild (stated or inferred).' })
  projectCount!: number;

  @Field(() => Int, { description: 'Of those, the projects whose contribution a source states.' })
  statedProjectCount!: number;

  @Field(() => Int, { description: 'Of those, the projects whose contribution is inferred (or contested).' })
  inferredProjectCount!: number;

  @Field(() => Int, { description: 'Programmes contributing to the Zielbild (stated or inferred).' })
  programmeCount!: number;

  @Field(() => Int, { description: 'Of those, the programmes whose contribution a source states.' })
  statedProgrammeCount!: number;

  @Field(() => Int, { description: 'Of those, the programmes whose contribution is inferred (or contested).' })
  inferredProgrammeCount!: number;

  @Field(() => Int, {
    description: 'Themenfelder pointing at the Zielbild: published themes of unnamed projects, not counted as coverage.',
  })
  themeCount!: number;

  @Field(() => Float, { description: 'Sum of the known budgets of the contributing projects.' })
  knownBudgetEur!: number;

  @Field(() => Int, { description: 'How many of those projects have no published budget.' })
  projectsWithoutBudget!: number;
}

@ObjectType('Contribution', { description: 'A node advancing a goal, and how firm that link is.' })
export class ContributionType {
  @Field(() => NodeInterface)
  node!: NodeInterface;

  @Field(() => ConfidenceEnum)
  confidence!: string;

  @Field(() => String, { nullable: true, description: 'Why the link is inferred, or how the sources disagree.' })
  note?: string;
}

@ObjectType('GoalCoverage', {
  description:
    'What advances one Ziel of a Zielbild. Contributors are projects, programmes, systems and standards; Themenfelder ' +
    '(placeholders for unnamed projects) are listed and counted apart and do not make a goal covered.',
})
export class GoalCoverageType {
  @Field(() => KIND_TYPES.Goal)
  goal!: NodeInterface;

  @Field(() => [KIND_TYPES.TargetVision], { description: 'The Zielbilder that name the goal.' })
  targetVisions!: NodeInterface[];

  @Field(() => Boolean, { description: 'A project, programme, system or standard advances the goal.' })
  covered!: boolean;

  @Field(() => [ContributionType], { description: 'Every node that advances the goal, by kind and name.' })
  contributions!: ContributionType[];

  @Field(() => Int)
  projectCount!: number;

  @Field(() => Int)
  programmeCount!: number;

  @Field(() => Int)
  systemCount!: number;

  @Field(() => Int)
  standardCount!: number;

  @Field(() => Int, { description: 'Themenfelder advancing the goal (not counted as coverage).' })
  themeCount!: number;

  @Field(() => Int, { description: 'Contributions (without Themenfelder) a source states.' })
  statedCount!: number;

  @Field(() => Int, { description: 'Contributions (without Themenfelder) that are inferred or contested.' })
  inferredCount!: number;
}

@ObjectType('BudgetRow', {
  description:
    'Known budgets of one group. A project or programme that belongs to this group alone counts here with its budget; ' +
    'one that belongs to several groups counts in each projectCount/programmeCount, its budget in unassignedEur. ' +
    'A programme\'s budget may contain its projects\' (both are shown as published).',
})
export class BudgetRowType {
  @Field(() => NodeInterface)
  group!: NodeInterface;

  @Field(() => Int, { description: 'Projects of the group (including those shared with other groups).' })
  projectCount!: number;

  @Field(() => Float, { description: 'Sum of the published budgets of the projects that belong to this group alone.' })
  knownBudgetEur!: number;

  @Field(() => Int, { description: 'Projects of the group without a published budget.' })
  projectsWithoutBudget!: number;

  @Field(() => Float, { description: 'Sum of the published budgets of the programmes that belong to this group alone.' })
  programmeBudgetEur!: number;

  @Field(() => Int, { description: 'Programmes of the group (including those shared with other groups).' })
  programmeCount!: number;
}

@ObjectType('BudgetReport', {
  description:
    'Every known budget counted once: the sum over rows of knownBudgetEur + programmeBudgetEur, plus unassignedEur, ' +
    'is totalKnownEur.',
})
export class BudgetReportType {
  @Field(() => [BudgetRowType])
  rows!: BudgetRowType[];

  @Field(() => Float, {
    description:
      'Known budgets that belong to no single group: of projects and programmes in several groups (e.g. a package spread ' +
      'over all five Schwerpunktthemen) or in none.',
  })
  unassignedEur!: number;

  @Field(() => Float, { description: 'The sum of every known budget of a project or programme in the graph.' })
  totalKnownEur!: number;
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
