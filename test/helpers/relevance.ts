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

/** Edit distance with adjacent transpositions (optimal string alignment), as Lucene's fuzzy terms count. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Whether the whole text is a typo of one of the node's names (its name, an alias, and for "X (Y)" also X and Y),
 * compared as keys (letters and digits, lower case, umlauts as ae/oe/ue) within `edits`.
 */
export function isNameTypo(text: string, names: readonly string[], edits: number): boolean {
  const key = (s: string) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[^\p{L}\p{Nd}]/gu, '');
  const all = names.flatMap((n) => {
    const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(n.trim());
    return m ? [n, m[1]!, m[2]!] : [n];
  });
  return edits > 0 && all.some((n) => editDistance(key(n), key(text)) <= edits);
}
