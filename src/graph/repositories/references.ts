import { DomainError, NotFoundError, searchWords, toLucenePhrase } from '../../domain/index.js';
import type { StoredNode } from '../neo4j/mapping.js';
import type { NodeRepository } from './node.repository.js';
import type { Miss, ReferenceParam } from './types.js';

/**
 * Node references: an id, or else a case-insensitive exact name or alias. Every statement that takes one resolves it
 * itself (cypher/partials/resolve-one) and returns `misses` in its row: null when the reference names exactly one
 * node, else what it names. The repository then throws here (unresolved) without running the statement again:
 * no match is NOT_FOUND with close candidates from full-text search (the one statement more, only then), several
 * matches are BAD_USER_INPUT listing them.
 */

/** The parameter of the reference `ref`, the argument `argument`; an empty one is BAD_USER_INPUT. */
export function referenceParam(ref: string, argument: string): ReferenceParam {
  const text = ref.trim();
  if (text === '') throw new DomainError('BAD_USER_INPUT', `${argument} is empty`, { argument });
  return { text, lower: text.toLowerCase(), phrase: toLucenePhrase(text) };
}

/** Why `ref` (the argument `argument`) names no node or several, as the error to throw; `misses` from its statement's row. */
export async function unresolved(nodes: NodeRepository, ref: string, argument: string, misses: readonly Miss[]): Promise<DomainError> {
  const text = ref.trim();
  const describe = (n: { id: string; kind: string; name?: string | null }) => ({ id: n.id, kind: n.kind, name: n.name ?? '' });
  if (misses.length > 1) {
    return new DomainError(
      'BAD_USER_INPUT',
      `${argument} '${text}' matches ${misses.length} nodes; use one of their ids: ${misses.map((m) => `${m.id} (${m.kind} ${m.name})`).join(', ')}`,
      { argument, matches: misses.map(describe) },
    );
  }
  // Candidates from search, for a reference with words (one of only punctuation has none to look for).
  const candidates = searchWords(text).length > 0 ? (await nodes.search(text, null, 5, { keys: ['id', 'kind', 'name'], highlight: false })).map((h) => h.node) : [];
  return new NotFoundError(
    `No node is called '${text}' (${argument}).` +
      (candidates.length > 0 ? ` Did you mean: ${candidates.map((c) => `${c.name} (${c.id})`).join(', ')}?` : ''),
    { argument, candidates: candidates.map(describe) },
  );
}

/**
 * The node `ref` names (one statement, read/resolve-reference; `reads`: the record's at a past instant, see
 * RecordRepository.resolve), or the error that says why there is none (its candidates searched in the current graph).
 */
export async function resolveReference(nodes: NodeRepository, ref: string, argument: string, reads: Pick<NodeRepository, 'resolve'> = nodes): Promise<StoredNode> {
  const { node, misses } = await reads.resolve(referenceParam(ref, argument));
  if (node) return node;
  throw await unresolved(nodes, ref, argument, misses ?? []);
}
