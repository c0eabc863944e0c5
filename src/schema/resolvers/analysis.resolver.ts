import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { BudgetGrouping } from '../../graph/repositories/index.js';
import type { Context } from '../context.type.js';
import { BudgetGroupingEnum } from '../enums.js';
import { BudgetRowType, TargetVisionCoverageType } from '../types/analysis.type.js';
import { KIND_TYPES } from '../types/kind-types.js';
import type { NodeInterface } from '../types/node.interface.js';

/** Coverage fields that only read/analysis/coverage computes (the others come from coverage-counts too). */
const FULL_COVERAGE_FIELDS = new Set(['focusAreas', 'statedProjectCount', 'knownBudgetEur', 'projectsWithoutBudget']);

/** Whether a coverage selection asks for more than the Zielbild and its counts (fragments count as asking). */
function needsFullCoverage(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some((s) => s.kind !== 'Field' || FULL_COVERAGE_FIELDS.has(s.name.value)),
  );
}

@Resolver()
export class AnalysisResolver {
  @Query(() => [TargetVisionCoverageType], { description: 'Each Zielbild with the number of projects contributing to it.' })
  async coverage(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<TargetVisionCoverageType[]> {
    // Only the counts asked (the common dashboard case): a statement that reads no property for them.
    const rows = needsFullCoverage(info) ? await ctx.repos.analysis.coverage() : await ctx.repos.analysis.coverageCounts();
    return rows as unknown as TargetVisionCoverageType[];
  }

  @Query(() => [KIND_TYPES.TargetVision], { description: 'The Zielbilder no project contributes to yet.' })
  async uncoveredTargetVisions(@Ctx() ctx: Context): Promise<NodeInterface[]> {
    const rows = await ctx.repos.analysis.coverageCounts();
    return rows.filter((r) => r.projectCount === 0).map((r) => r.targetVision) as unknown as NodeInterface[];
  }

  @Query(() => [BudgetRowType], {
    description:
      'Known budgets per Schwerpunktthema, programme or lead institution: the sum of the published project budgets, how ' +
      'many projects have none, and the programmes\' own budgets.',
  })
  async budget(@Arg('groupBy', () => BudgetGroupingEnum) groupBy: BudgetGrouping, @Ctx() ctx: Context): Promise<BudgetRowType[]> {
    return (await ctx.repos.analysis.budget(groupBy)) as unknown as BudgetRowType[];
  }
}
