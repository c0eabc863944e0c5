import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { SEARCH_MATCHES, type SearchMatch } from '../../src/domain/index.js';

/** One query of test/fixtures/search-relevance.yaml: the text, the node meant, and the class the contract gives it. */
export interface RelevanceQuery {
  readonly q: string;
  readonly id: string;
  readonly match: SearchMatch;
}

export const RELEVANCE_FILE = join(PROJECT_ROOT, 'test', 'fixtures', 'search-relevance.yaml');

export function loadRelevanceSet(): RelevanceQuery[] {
  const { queries } = parse(readFileSync(RELEVANCE_FILE, 'utf8')) as { queries: RelevanceQuery[] };
  for (const query of queries) {
    if (!SEARCH_MATCHES.includes(query.match)) throw new Error(`${RELEVANCE_FILE}: '${query.q}' has no match class of ${SEARCH_MATCHES.join(', ')}`);
  }
  return queries;
}

/** Where the node meant came in one answer (1-based; 0: not among the hits), and the class it came in. */
export interface RelevanceResult extends RelevanceQuery {
  readonly rank: number;
  readonly got: SearchMatch | undefined;
}

export function rankOf(query: RelevanceQuery, hits: readonly { node: { id: string }; match: SearchMatch }[]): RelevanceResult {
  const at = hits.findIndex((h) => h.node.id === query.id);
  return { ...query, rank: at + 1, got: hits[at]?.match };
}

/** hit@1, hit@3 (shares of queries whose node came first, or among the first three) and the mean reciprocal rank. */
export function relevanceMetrics(results: readonly RelevanceResult[]): { n: number; hit1: number; hit3: number; mrr: number } {
  const n = results.length;
  return {
    n,
    hit1: results.filter((r) => r.rank === 1).length / n,
    hit3: results.filter((r) => r.rank >= 1 && r.rank <= 3).length / n,
    mrr: results.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / n,
  };
}
