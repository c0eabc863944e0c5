/**
 * The traversals over relationships in memory (the record at a past instant: src/graph/repositories/traversal.repository.ts
 * reads them level by level), as cypher/read/traversal/impact and projects-touching answer over the graph: what has a
 * directed dependency path of 1..depth hops to an origin, with its fewest hops and one shortest path, in the order
 * hops, name, id, keyset-paged (partials/traversal-rest).
 */
import type { TraversalKey } from './queries.js';

/** A dependency relationship in its stored direction: `from` depends on `to`. */
export interface Hop {
  readonly from: string;
  readonly to: string;
}

/** A node reached: its fewest hops and one shortest path to the origin (its hops in order, the first from the node). */
export interface Walked<H extends Hop> {
  readonly id: string;
  readonly hops: number;
  readonly path: readonly H[];
}

/**
 * Every node with a directed path over `hops` (those `follow` allows) of 1..`depth` hops to `origin`, walked back from
 * the origin level by level: the first level that reaches a node gives its hops and its path. The origin itself is
 * among them only when a cycle leads back to it.
 */
export function walkBack<H extends Hop>(origin: string, hops: Iterable<H>, depth: number, follow: (h: H) => boolean = () => true): Map<string, Walked<H>> {
  const into = new Map<string, H[]>();
  for (const h of hops) if (follow(h)) into.set(h.to, [...(into.get(h.to) ?? []), h]);
  const reached = new Map<string, Walked<H>>();
  let frontier: readonly { id: string; path: readonly H[] }[] = [{ id: origin, path: [] }];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: { id: string; path: readonly H[] }[] = [];
    for (const f of frontier) {
      for (const h of into.get(f.id) ?? []) {
        if (reached.has(h.from)) continue;
        const walked = { id: h.from, hops: level, path: [h, ...f.path] };
        reached.set(h.from, walked);
        next.push(walked);
      }
    }
    frontier = next;
  }
  return reached;
}

/** The traversals' order: hops, then name, then id (as Cypher compares strings). */
export function byHopsNameId(a: TraversalKey, b: TraversalKey): number {
  if (a.hops !== b.hops) return a.hops - b.hops;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** By name, then id, as Cypher's ORDER BY n.name, n.id compares them (code units, not sort names). */
export function byNameThenId(a: { readonly name: string; readonly id: string }, b: { readonly name: string; readonly id: string }): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One keyset page of `rows` (sorted by byHopsNameId): at most `first` after `after` (null: from the start). */
export function keysetPage<R>(rows: readonly R[], key: (r: R) => TraversalKey, first: number, after: TraversalKey | null): { rows: R[]; total: number; hasNextPage: boolean; hasPreviousPage: boolean } {
  const rest = after === null ? [...rows] : rows.filter((r) => byHopsNameId(key(r), after) > 0);
  return { rows: rest.slice(0, first), total: rows.length, hasNextPage: rest.length > first, hasPreviousPage: rest.length < rows.length };
}
