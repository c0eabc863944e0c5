import DataLoader from 'dataloader';
import type { NodeKind, RelationshipType } from '../domain/index.js';
import type { Direction, Edge, Repositories, StoredNode } from '../graph/repositories/index.js';
import { orderByKeys } from './order-by-keys.js';

export interface LoaderOptions {
  /** Off only to measure what batching buys (benchmarks): then every key is its own round trip. */
  readonly batch: boolean;
}

/**
 * The per-request loaders. Every nested field goes through one of them, so a field costs one Cypher
 * round trip per nesting level however many parents it has. Created fresh for each request and dropped
 * with it: nothing is cached across requests or users.
 */
export interface Loaders {
  readonly node: DataLoader<string, StoredNode | null>;
  related(type: RelationshipType, direction: 'out' | 'in', kinds: readonly NodeKind[], first: number): DataLoader<string, StoredNode[]>;
  relationships(types: readonly RelationshipType[] | null, direction: Direction, first: number): DataLoader<string, Edge[]>;
}

export function createLoaders(repos: Repositories, options: LoaderOptions = { batch: true }): Loaders {
  const node = new DataLoader<string, StoredNode | null>(
    async (ids) => {
      const nodes = await repos.nodes.byIds(ids);
      return orderByKeys(ids, new Map(nodes.map((n) => [n.id, n])), null);
    },
    { batch: options.batch },
  );
  const prime = (nodes: Iterable<StoredNode>) => {
    for (const n of nodes) node.prime(n.id, n);
  };

  // One loader per distinct field shape, created on first use within the request.
  const related = new Map<string, DataLoader<string, StoredNode[]>>();
  const edges = new Map<string, DataLoader<string, Edge[]>>();

  return {
    node,
    related(type, direction, kinds, first) {
      const key = `${type}|${direction}|${kinds.join(',')}|${first}`;
      let loader = related.get(key);
      if (!loader) {
        loader = new DataLoader(
          async (ids) => {
            const found = await repos.nodes.related(ids, type, direction, kinds, first);
            for (const list of found.values()) prime(list);
            return orderByKeys(ids, found, []);
          },
          { batch: options.batch },
        );
        related.set(key, loader);
      }
      return loader;
    },
    relationships(types, direction, first) {
      const key = `${types?.join(',') ?? '*'}|${direction}|${first}`;
      let loader = edges.get(key);
      if (!loader) {
        loader = new DataLoader(
          async (ids) => {
            const found = await repos.nodes.relationshipsOf(ids, types, direction, first);
            for (const list of found.values()) prime(list.map((e) => e.other));
            return orderByKeys(ids, found, []);
          },
          { batch: options.batch },
        );
        edges.set(key, loader);
      }
      return loader;
    },
  };
}
