import DataLoader from 'dataloader';
import type { NodeKind, RelationshipType } from '../domain/index.js';
import type { Direction, Edge, RelatedPlan, Repositories, StoredNode, TreeNode } from '../graph/repositories/index.js';
import { orderByKeys } from './order-by-keys.js';

export interface LoaderOptions {
  /**
   * Off only to measure what batching buys (benchmarks): then every key is its own round trip, and nested
   * relationship fields are not planned into one statement either (relatedTree acts like related).
   */
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
  /**
   * A relationship field with the relationship fields planned under it: one statement for the whole tree, whose
   * lower levels are primed into the loaders the nested fields will ask (related, or relatedTree for their plan).
   */
  relatedTree(plan: RelatedPlan): DataLoader<string, StoredNode[]>;
}

/** The cache key of a plan: equal plans share a loader (and so a batch) within the request. */
function planKey(plan: RelatedPlan): string {
  return `${plan.type}|${plan.direction}|${plan.kinds.join(',')}|${plan.first}[${plan.children.map(planKey).join(';')}]`;
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
  const trees = new Map<string, DataLoader<string, StoredNode[]>>();

  const loaders: Loaders = {
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
    relatedTree(plan) {
      if (!options.batch || plan.children.length === 0) return loaders.related(plan.type, plan.direction, plan.kinds, plan.first);
      const key = planKey(plan);
      let loader = trees.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await repos.nodes.relatedTree(ids, plan);
          for (const list of found.values()) primeTree(plan, list);
          return orderByKeys(ids, new Map([...found].map(([id, list]) => [id, list.map((t) => t.node)])), []);
        });
        trees.set(key, loader);
      }
      return loader;
    },
  };

  /** Primes, for every node of a planned level, the loader each child field will ask, then the levels below. */
  function primeTree(plan: RelatedPlan, list: readonly TreeNode[]): void {
    prime(list.map((t) => t.node));
    plan.children.forEach((child, i) => {
      const loader = loaders.relatedTree(child);
      for (const t of list) {
        const below = t.children[i] ?? [];
        loader.prime(t.node.id, below.map((b) => b.node));
        primeTree(child, below);
      }
    });
  }

  return loaders;
}
