import type { GraphQLResolveInfo } from 'graphql';
import { asOfArg, type AsOfInput } from '../inputs/as-of.input.js';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { isCovered, type BudgetGrouping, type BudgetReport, type CoverageCounts, type GoalCoverageRow, type NodeView } from '../../graph/index.js';
import type { Context } from '../context.type.js';
import { fieldsIn, selectionInput, selects } from '../selection.js';
import { BudgetGroupingEnum } from '../enums.js';
import { BudgetReportType, GoalCoverageType, TargetVisionCoverageType } from '../types/analysis.type.js';
import { KIND_TYPES } from '../types/kind-types.js';
import { nodeProperties, selectedProperties } from './plan.js';

/** Coverage fields that read/analysis/coverage-counts answers too (the others need read/analysis/coverage). */
const COUNT_FIELDS = new Set(['__typename', 'targetVision', 'projectCount', 'programmeCount', 'themeCount', 'covered']);

/** Whether a coverage selection asks for more than the Zielbild and its counts. */
function needsFullCoverage(info: GraphQLResolveInfo): boolean {
  return fieldsIn(info.fieldNodes.map((f) => f.selectionSet), selectionInput(info)).some((f) => !COUNT_FIELDS.has(f.node.name.value));
}

// Each reads at the request's valid date (asOf, set by the AsOf plugin): only the nodes and relationships holding then count.
@Resolver()
export class AnalysisResolver {
  @Query(() => [TargetVisionCoverageType], {
    description: 'Each Zielbild with the named projects and programmes contributing to it, stated and inferred apart.',
  })
  async coverage(@asOfArg() _asOf: AsOfInput | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<(CoverageCounts & { covered: boolean })[]> {
    // Only the counts asked (the common dashboard case): a statement that reads no property for them, and of the
    // Zielbild what is selected.
    if (needsFullCoverage(info)) return (await ctx.repos.analysis.coverage()).map((r) => ({ ...r, covered: isCovered(r) }));
    const input = selectionInput(info);
    const asks = (field: string) => selects(info.fieldNodes, field, input);
    const covered = asks('covered');
    const counts = { projects: covered || asks('projectCount'), programmes: covered || asks('programmeCount'), themes: asks('themeCount') };
    const rows = await ctx.repos.analysis.coverageCounts(nodeProperties(info), counts);
    return rows.map((r) => ({ ...r, covered: covered && isCovered(r) }));
  }

  @Query(() => [KIND_TYPES.TargetVision], { description: 'The Zielbilder no named project and no programme contributes to yet.' })
  async uncoveredTargetVisions(@asOfArg() _asOf: AsOfInput | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeView[]> {
    const rows = await ctx.repos.analysis.coverageCounts(selectedProperties(['TargetVision'], info.fieldNodes.map((f) => f.selectionSet), selectionInput(info)), {
      projects: true,
      programmes: true,
      themes: false,
    });
    return rows.filter((r) => !isCovered(r)).map((r) => r.targetVision);
  }

  @Query(() => [GoalCoverageType], {
    description: 'Each Ziel of the Zielbilder with what advances it (projects, programmes, systems, standards; Themenfelder apart).',
  })
  async goalCoverage(@asOfArg() _asOf: AsOfInput | undefined, @Ctx() ctx: Context): Promise<readonly GoalCoverageRow[]> {
    return ctx.repos.analysis.goalCoverage();
  }

  @Query(() => [KIND_TYPES.Goal], { description: 'The Ziele no project, programme, system or standard advances yet.' })
  async uncoveredGoals(@asOfArg() _asOf: AsOfInput | undefined, @Ctx() ctx: Context): Promise<NodeView[]> {
    const rows = await ctx.repos.analysis.goalCoverage();
    return rows.filter((r) => !r.covered).map((r) => r.goal);
  }

  @Query(() => BudgetReportType, {
    description:
      'Known budgets per Schwerpunktthema, programme or lead institution, each amount counted once: in the row of the one ' +
      'group its project or programme belongs to, or in unassignedEur; with the total of every known budget.',
  })
  async budget(@Arg('groupBy', () => BudgetGroupingEnum) groupBy: BudgetGrouping, @asOfArg() _asOf: AsOfInput | undefined, @Ctx() ctx: Context): Promise<BudgetReport> {
    return ctx.repos.analysis.budget(groupBy);
  }
}
