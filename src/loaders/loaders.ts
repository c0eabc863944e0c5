import DataLoader from 'dataloader';
import type { RelationshipType } from '../domain/index.js';
import type { Direction, Edge, NodePlan, NodeReads, NodeView, RelatedPlan, Repositories, StoredNode, TreeNode } from '../graph/index.js';
import { orderByKeys } from './order-by-keys.js';

export interface LoaderOptions {
  /**
   * Off only to measure what batching buys (benchmarks): then every key is its own round trip, and nested
   * relationship fields are not planned into one statement either (each fetches its own level).
   */
  readonly batch: boolean;
}

/**
 * The per-request loaders. Every nested field goes through one of them, so a field costs one Cypher
 * round trip per nesting level however many parents it has. Created fresh for each request and dropped
 * with it: nothing is cached across requests or users.
 */
export interface Loaders {
  /** Whole nodes by id; only whole nodes (StoredNode, never a NodeView) may be primed into it. */
  readonly node: DataLoader<string, StoredNode | null>;
  /**
   * A relationship field as planned, with the relationship fields planned under it: one statement for the whole
   * tree, whose lower levels are primed into the loaders the nested fields will ask for their own plans.
   */
  related(plan: RelatedPlan): DataLoader<string, NodeView[]>;
  /**
   * node(id:) and nodes(ids:) as planned: the node read as the plan says and, in the same statement, the trees the
   * plan has for its kind, primed into the loaders its relationship fields will ask for their plans.
   */
  planned(plan: NodePlan): DataLoader<string, NodeView | null>;
  relationships(types: readonly RelationshipType[] | null, direction: Direction, first: number): DataLoader<string, Edge[]>;
}

const keys = new WeakMap<RelatedPlan, string>();
/**
 * The cache key of a plan, the one both asking for a plan's loader and priming it use: equal plans (the same
 * relationship, kinds, limit, properties and planned fields below) share a loader, and so a batch, within the request.
 */
export function planKey(plan: RelatedPlan): string {
  let key = keys.get(plan);
  if (key === undefined) {
    key = `${plan.type}|${plan.direction}|${plan.kinds.join(',')}|${plan.first}|${plan.keys?.join(',') ?? '*'}[${plan.children.map(planKey).join(';')}]`;
    keys.set(plan, key);
  }
  return key;
}

/** The cache key of a node plan (see planKey): equal plans share a loader, and so a batch, within the request. */
export function nodePlanKey(plan: NodePlan): string {
  return `${plan.keys?.join(',') ?? '*'}{${plan.trees.map((t) => `${t.on}:${planKey(t.plan)}`).join(';')}}`;
}

export function createLoaders(repos: Repositories, options: LoaderOptions = { batch: true }): Loaders {
  // The current graph, or the record at the request's past instant (asOf.recorded, known once the request is parsed).
  const reads = (): NodeReads => (repos.record.at === undefined ? repos.nodes : repos.record);
  const node = new DataLoader<string, StoredNode | null>(
    async (ids) => {
      const nodes = await reads().byIds(ids);
      return orderByKeys(ids, new Map(nodes.map((n) => [n.id, n])), null);
    },
    { batch: options.batch },
  );

  // One loader per distinct field shape, created on first use within the request.
  const related = new Map<string, DataLoader<string, NodeView[]>>();
  const planned = new Map<string, DataLoader<string, NodeView | null>>();
  const edges = new Map<string, DataLoader<string, Edge[]>>();

  const loaders: Loaders = {
    node,
    related(plan) {
      const key = planKey(plan);
      let loader = related.get(key);
      if (!loader) {
        // Without batching every field fetches its own level, as its own resolver asks for it.
        const fetched = options.batch ? plan : { ...plan, children: [] };
        loader = new DataLoader(
          async (ids) => {
            const found = await reads().relatedTree(ids, fetched);
            for (const list of found.values()) primeTree(fetched, list);
            return orderByKeys(ids, new Map([...found].map(([id, list]) => [id, list.map((t) => t.node)])), []);
          },
          { batch: options.batch },
        );
        related.set(key, loader);
      }
      return loader;
    },
    planned(plan) {
      const key = nodePlanKey(plan);
      let loader = planned.get(key);
      if (!loader) {
        // Without batching the node is read on its own, and every relationship field below fetches its own level.
        const fetched: NodePlan = options.batch ? plan : { ...plan, trees: [] };
        loader = new DataLoader(
          async (ids) => {
            const found = await reads().byIdsPlanned(ids, fetched);
            for (const { node: read, trees } of found.values()) {
              fetched.trees.forEach((t, i) => {
                if (t.on !== read.kind) return;
                const list = trees[i] ?? [];
                loaders.related(t.plan).prime(read.id, list.map((b) => b.node));
                primeTree(t.plan, list);
              });
            }
            return orderByKeys(ids, new Map([...found].map(([id, p]) => [id, p.node])), null);
          },
          { batch: options.batch },
        );
        planned.set(key, loader);
      }
      return loader;
    },
    relationships(types, direction, first) {
      const key = `${types?.join(',') ?? '*'}|${direction}|${first}`;
      let loader = edges.get(key);
      if (!loader) {
        loader = new DataLoader(
          async (ids) => {
            const found = await reads().relationshipsOf(ids, types, direction, first);
            for (const list of found.values()) for (const e of list) node.prime(e.other.id, e.other);
            return orderByKeys(ids, found, []);
          },
          { batch: options.batch },
        );
        edges.set(key, loader);
      }
      return loader;
    },
  };

  /** Primes, for every node of a planned level, the loader each child field will ask, then the levels below. */
  function primeTree(plan: RelatedPlan, list: readonly TreeNode[]): void {
    plan.children.forEach((child, i) => {
      const loader = loaders.related(child);
      for (const t of list) {
        const below = t.children[i] ?? [];
        loader.prime(t.node.id, below.map((b) => b.node));
        primeTree(child, below);
      }
    });
  }

  return loaders;
}
