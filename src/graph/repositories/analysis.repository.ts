import type { Executor, QueryStats } from '../executor.js';
import { nodeFromProps, type StoredNode } from '../mapping.js';

type Props = Record<string, unknown>;

export interface CoverageRow {
  readonly targetVision: StoredNode;
  readonly focusAreas: readonly StoredNode[];
  readonly projectCount: number;
  readonly statedProjectCount: number;
  readonly programmeCount: number;
  readonly knownBudgetEur: number;
  readonly projectsWithoutBudget: number;
}

export const BUDGET_GROUPINGS = ['focusArea', 'programme', 'institution'] as const;
export type BudgetGrouping = (typeof BUDGET_GROUPINGS)[number];

export interface BudgetRow {
  readonly group: StoredNode;
  readonly projectCount: number;
  readonly knownBudgetEur: number;
  readonly projectsWithoutBudget: number;
  readonly programmeBudgetEur: number;
  readonly programmeCount: number;
}

const BUDGET_QUERY: Record<BudgetGrouping, string> = {
  focusArea: 'read/analysis/budget-by-focus-area',
  programme: 'read/analysis/budget-by-programme',
  institution: 'read/analysis/budget-by-institution',
};

/** Aggregations for dashboards: coverage of the Zielbilder and known budgets. */
export class AnalysisRepository {
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
  ) {}

  async coverage(): Promise<CoverageRow[]> {
    const rows = await this.executor.query<Omit<CoverageRow, 'targetVision' | 'focusAreas'> & { targetVision: Props; focusAreas: Props[] }>(
      'read/analysis/coverage',
      {},
      { stats: this.stats },
    );
    return rows.map((r) => ({ ...r, targetVision: nodeFromProps(r.targetVision), focusAreas: r.focusAreas.map(nodeFromProps) }));
  }

  /** Only targetVision, projectCount and programmeCount: cheaper where nothing else is asked. */
  async coverageCounts(): Promise<Pick<CoverageRow, 'targetVision' | 'projectCount' | 'programmeCount'>[]> {
    const rows = await this.executor.query<{ targetVision: Props; projectCount: number; programmeCount: number }>(
      'read/analysis/coverage-counts',
      {},
      { stats: this.stats },
    );
    return rows.map((r) => ({ ...r, targetVision: nodeFromProps(r.targetVision) }));
  }

  async budget(by: BudgetGrouping): Promise<BudgetRow[]> {
    const rows = await this.executor.query<Omit<BudgetRow, 'group'> & { group: Props }>(BUDGET_QUERY[by], {}, { stats: this.stats });
    return rows.map((r) => ({ ...r, group: nodeFromProps(r.group) }));
  }
}
