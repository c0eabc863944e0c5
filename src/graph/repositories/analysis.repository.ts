import { byNameThenId, type Confidence } from '../../domain/index.js';
import type { Executor, QueryStats } from '../neo4j/executor.js';
import { nodeFromProps, nodeFromValue, type NodeView, type StoredNode } from '../neo4j/mapping.js';
import type { RecordRepository } from './record.repository.js';

type Props = Record<string, unknown>;

/** How a Zielbild is covered: named projects and programmes (stated and inferred apart), Themenfelder apart. */
export interface CoverageRow {
  readonly targetVision: StoredNode;
  readonly focusAreas: readonly StoredNode[];
  readonly projectCount: number;
  readonly statedProjectCount: number;
  readonly inferredProjectCount: number;
  readonly programmeCount: number;
  readonly statedProgrammeCount: number;
  readonly inferredProgrammeCount: number;
  readonly themeCount: number;
  readonly knownBudgetEur: number;
  readonly projectsWithoutBudget: number;
}

/** A Zielbild (read with the properties asked) and its counts (those not asked: null). */
export interface CoverageCounts {
  readonly targetVision: NodeView;
  readonly projectCount: number | null;
  readonly programmeCount: number | null;
  readonly themeCount: number | null;
}
/** Which counts of coverageCounts to count. */
export interface CountsAsked {
  readonly projects: boolean;
  readonly programmes: boolean;
  readonly themes: boolean;
}

/** A Zielbild is covered when a named project or a programme contributes to it. */
export function isCovered(row: { readonly projectCount: number | null; readonly programmeCount: number | null }): boolean {
  if (row.projectCount === null || row.programmeCount === null) throw new Error('isCovered needs the project and programme counts');
  return row.projectCount + row.programmeCount > 0;
}

/** One link that advances a goal. */
export interface Contribution {
  readonly node: StoredNode;
  readonly confidence: Confidence;
  readonly note?: string;
}

/** What advances one Ziel. Themenfelder are counted apart: they stand for unnamed projects. */
export interface GoalCoverageRow {
  readonly goal: StoredNode;
  readonly targetVisions: readonly StoredNode[];
  readonly contributions: readonly Contribution[];
  readonly projectCount: number;
  readonly programmeCount: number;
  readonly systemCount: number;
  readonly standardCount: number;
  readonly themeCount: number;
  readonly statedCount: number;
  readonly inferredCount: number;
  /** A project, programme, system or standard advances the goal. */
  readonly covered: boolean;
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

/** Every known budget once: in the row of its one group, or in unassignedEur. */
export interface BudgetReport {
  readonly rows: readonly BudgetRow[];
  readonly unassignedEur: number;
  readonly totalKnownEur: number;
}

const BUDGET_QUERY: Record<BudgetGrouping, string> = {
  focusArea: 'read/analysis/budget-by-focus-area',
  programme: 'read/analysis/budget-by-programme',
  institution: 'read/analysis/budget-by-institution',
};

/**
 * Coverage as the record has it at its instant (as read/analysis/coverage counts over the graph): each Zielbild
 * holding then, with the relationships into it holding then (two statements for them, after the Zielbilder's).
 */
async function recordedCoverage(record: RecordRepository): Promise<CoverageRow[]> {
  const visions = (await record.nodesOfKind('TargetVision')).sort(byNameThenId);
  const into = await record.relationshipsOf(visions.map((v) => v.id), ['CONTRIBUTES_TO', 'HAS_TARGET_VISION'], 'IN', Infinity);
  return visions.map((targetVision) => {
    const edges = into.get(targetVision.id) ?? [];
    const contributing = (kind: string) => edges.filter((e) => e.type === 'CONTRIBUTES_TO' && e.other.kind === kind);
    const [projects, programmes] = [contributing('Project'), contributing('Programme')];
    const budget = (e: (typeof edges)[number]) => e.other.fields['budgetEur'];
    return {
      targetVision,
      focusAreas: edges.filter((e) => e.type === 'HAS_TARGET_VISION' && e.other.kind === 'FocusArea').map((e) => e.other).sort(byNameThenId),
      projectCount: projects.length,
      statedProjectCount: projects.filter((e) => e.confidence === 'stated').length,
      inferredProjectCount: projects.filter((e) => e.confidence !== 'stated').length,
      programmeCount: programmes.length,
      statedProgrammeCount: programmes.filter((e) => e.confidence === 'stated').length,
      inferredProgrammeCount: programmes.filter((e) => e.confidence !== 'stated').length,
      themeCount: contributing('Theme').length,
      knownBudgetEur: projects.reduce((sum, e) => sum + (typeof budget(e) === 'number' ? (budget(e) as number) : 0), 0),
      projectsWithoutBudget: projects.filter((e) => typeof budget(e) !== 'number').length,
    };
  });
}

/** Aggregations for dashboards: coverage of the Zielbilder and their goals, and known budgets. */
export class AnalysisRepository {
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
    /** The record, when the request reads one at a past instant (QueryStats.recordedAt): coverage is then counted from it. */
    private readonly record?: RecordRepository,
  ) {}

  private get recorded(): RecordRepository | undefined {
    return this.record?.at === undefined ? undefined : this.record;
  }

  async coverage(): Promise<CoverageRow[]> {
    const record = this.recorded;
    if (record) return recordedCoverage(record);
    const rows = await this.executor.query<Omit<CoverageRow, 'targetVision' | 'focusAreas'> & { targetVision: Props; focusAreas: Props[] }>(
      'read/analysis/coverage',
      {},
      { stats: this.stats },
    );
    return rows.map((r) => ({ ...r, targetVision: nodeFromProps(r.targetVision), focusAreas: r.focusAreas.map(nodeFromProps) }));
  }

  /**
   * Only the Zielbild and its counts: cheaper where nothing else is asked. `keys`: the Zielbild's properties to read
   * (null: every property); `counts`: which counts (the others are null and cost nothing).
   */
  async coverageCounts(keys: readonly string[] | null, counts: CountsAsked): Promise<CoverageCounts[]> {
    const record = this.recorded;
    if (record) return (await recordedCoverage(record)).map((r) => ({ targetVision: r.targetVision, projectCount: r.projectCount, programmeCount: r.programmeCount, themeCount: r.themeCount }));
    const rows = await this.executor.query<Omit<CoverageCounts, 'targetVision'> & { targetVision: unknown }>(
      'read/analysis/coverage-counts',
      { keys, counts },
      { stats: this.stats },
    );
    return rows.map((r) => ({ ...r, targetVision: nodeFromValue(r.targetVision, keys) }));
  }

  async goalCoverage(): Promise<GoalCoverageRow[]> {
    type Row = Omit<GoalCoverageRow, 'goal' | 'targetVisions' | 'contributions' | 'covered'> & {
      goal: Props;
      targetVisions: Props[];
      contributions: { node: Props; confidence: Confidence; note: string | null }[];
    };
    const rows = await this.executor.query<Row>('read/analysis/goal-coverage', {}, { stats: this.stats });
    return rows.map((r) => ({
      ...r,
      goal: nodeFromProps(r.goal),
      targetVisions: r.targetVisions.map(nodeFromProps),
      contributions: r.contributions.map((c) => ({
        node: nodeFromProps(c.node),
        confidence: c.confidence,
        ...(c.note === null ? {} : { note: c.note }),
      })),
      covered: r.projectCount + r.programmeCount + r.systemCount + r.standardCount > 0,
    }));
  }

  async budget(by: BudgetGrouping): Promise<BudgetReport> {
    const [row] = await this.executor.query<{ rows: (Omit<BudgetRow, 'group'> & { group: Props })[]; unassignedEur: number; totalKnownEur: number }>(
      BUDGET_QUERY[by],
      {},
      { stats: this.stats },
    );
    if (!row) throw new Error(`${BUDGET_QUERY[by]} returned no row`);
    return { ...row, rows: row.rows.map((r) => ({ ...r, group: nodeFromProps(r.group) })) };
  }
}
