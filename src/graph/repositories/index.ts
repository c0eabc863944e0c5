// What the layers above may use of the graph layer: repositories, their types and reference resolution.
import type { Executor, QueryStats } from '../executor.js';
import { AnalysisRepository } from './analysis.repository.js';
import { NodeRepository } from './node.repository.js';
import { TraversalRepository } from './traversal.repository.js';

export * from './types.js';
export * from './references.js';
export { NodeRepository } from './node.repository.js';
export { TraversalRepository, type ImpactResult, type TouchingProject } from './traversal.repository.js';
export { AnalysisRepository, BUDGET_GROUPINGS, type BudgetGrouping, type BudgetRow, type CoverageRow } from './analysis.repository.js';
export type { QueryStats } from '../executor.js';

export interface Repositories {
  readonly nodes: NodeRepository;
  readonly traversals: TraversalRepository;
  readonly analysis: AnalysisRepository;
}

/** Repositories for one request: every statement they run is counted in `stats`. */
export function createRepositories(executor: Executor, stats?: QueryStats): Repositories {
  return {
    nodes: new NodeRepository(executor, stats),
    traversals: new TraversalRepository(executor, stats),
    analysis: new AnalysisRepository(executor, stats),
  };
}
export * from './list.service.js';
export { ExportRepository } from './export.repository.js';
