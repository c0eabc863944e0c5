// The repositories, their types and reference resolution: what loaders and resolvers use of the graph layer.
import type { Executor, QueryStats } from '../neo4j/executor.js';
import { parseDocument, type Actor } from '../../domain/index.js';
import { Importer, type ImportSummary } from '../import/importer.js';
import { AnalysisRepository } from './analysis.repository.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { HistoryRepository } from './history.repository.js';
import { ListRepository } from './list.repository.js';
import { MutationService } from './mutation.service.js';
import { NodeRepository } from './node.repository.js';
import { RecordRepository } from './record.repository.js';
import { TraversalRepository } from './traversal.repository.js';

export * from './types.js';
export * from './references.js';
export { NodeRepository } from './node.repository.js';
export { TraversalRepository, type ExplainedNode, type HopsRow, type ImpactChange, type ImpactDiffResult, type ImpactRequest, type ImpactResult, type PageRequest, type TouchingProject, type TraversalPage, type TraversalRow } from './traversal.repository.js';
export {
  AnalysisRepository,
  BUDGET_GROUPINGS,
  isCovered,
  type BudgetGrouping,
  type BudgetReport,
  type BudgetRow,
  type Contribution,
  type CoverageCounts,
  type CoverageRow,
  type GoalCoverageRow,
} from './analysis.repository.js';
export type { QueryStats } from '../neo4j/executor.js';
export type { ImportSummary, Counts } from '../import/importer.js';

export interface Repositories {
  readonly nodes: NodeRepository;
  readonly lists: ListRepository;
  readonly traversals: TraversalRepository;
  readonly analysis: AnalysisRepository;
  readonly history: HistoryRepository;
  /** The graph as recorded at the request's past instant (QueryStats.recordedAt), replayed from the history. */
  readonly record: RecordRepository;
  /** Changes made on behalf of `actor` (each with its history entry). */
  mutations(actor: Actor, requestId?: string): MutationService;
  readonly apiKeys: ApiKeyRepository;
  /** Imports of import-format documents sent over the API (admins), on behalf of `actor`. */
  importDocuments(documents: readonly unknown[], options: { dryRun: boolean; keepEdits: boolean; actor: Actor }): Promise<ImportSummary>;
}

/** Repositories for one request: every statement they run is counted in `stats`. */
export function createRepositories(executor: Executor, stats?: QueryStats): Repositories {
  const nodes = new NodeRepository(executor, stats);
  const record = new RecordRepository(executor, stats);
  return {
    nodes,
    lists: new ListRepository(executor, nodes, stats, record),
    traversals: new TraversalRepository(executor, nodes, stats, record),
    analysis: new AnalysisRepository(executor, stats, record),
    history: new HistoryRepository(executor, stats),
    record,
    mutations: (actor, requestId) => new MutationService(executor, actor, requestId, stats),
    apiKeys: new ApiKeyRepository(executor),
    importDocuments: (documents, { dryRun, keepEdits, actor }) => {
      const parsed = documents.map((doc, i) => parseDocument(doc, `documents[${i}]`));
      return new Importer(executor, stats).importParsed(parsed, parsed.map((_, i) => `documents[${i}]`), { dryRun, keepEdits, actor });
    },
  };
}
export { ListRepository, cursorAt, decideList, type ListDecision, type ListRequest, type ListStatement, type Page } from './list.repository.js';
export { MutationService } from './mutation.service.js';
export { HistoryRepository } from './history.repository.js';
export { RecordRepository, type NodeReads } from './record.repository.js';
export { ApiKeyRepository, type ApiKeyInfo } from './api-key.repository.js';
export { ExportRepository } from './export.repository.js';
export { GraphSize, type KindCounts } from './graph-size.js';
