import { DomainError, NotFoundError, searchWords } from '../../domain/index.js';
import type { NodeView, StoredNode } from '../neo4j/mapping.js';
import type { NodeRepository } from './node.repository.js';

/**
 * A node reference is an id, or else a case-insensitive exact name or alias. No match: NOT_FOUND with
 * close candidates from full-text search. Several matches: BAD_USER_INPUT listing them.
 */
export async function resolveReference(nodes: NodeRepository, ref: string, argument: string): Promise<StoredNode> {
  const text = ref.trim();
  if (text === '') throw new DomainError('BAD_USER_INPUT', `${argument} is empty`, { argument });
  const matches = await nodes.resolve(text);
  if (matches.length === 1) return matches[0]!;
  const describe = (n: NodeView) => ({ id: n.id, kind: n.kind, name: n.name ?? '' });
  if (matches.length > 1) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${argument} '${text}' matches ${matches.length} nodes; use one of their ids: ${matches.map((m) => `${m.id} (${m.kind} ${m.name})`).join(', ')}`,
      { argument, matches: matches.map(describe) },
    );
  }
  // Candidates from search, for a reference with words (one of only punctuation has none to look for).
  const candidates = searchWords(text).length > 0 ? (await nodes.search(text, null, 5, { keys: ['id', 'kind', 'name'], highlight: false })).map((h) => h.node) : [];
  throw new NotFoundError(
    `No node is called '${text}' (${argument}).` +
      (candidates.length > 0 ? ` Did you mean: ${candidates.map((c) => `${c.name} (${c.id})`).join(', ')}?` : ''),
    { argument, candidates: candidates.map(describe) },
  );
}
