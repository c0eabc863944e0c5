import { SEARCH_MATCHES, searchHighlight, searchQueries, type NodeKind, type RelationshipType } from '../../domain/index.js';
import neo4j from 'neo4j-driver';
import type { Executor, QueryStats } from '../neo4j/executor.js';
import { nodeFromProps, nodeFromValue, relationshipFromProps, type StoredNode } from '../neo4j/mapping.js';
import type { Direction, Edge, Miss, NodePlan, PlannedNode, ReferenceParam, RelatedPlan, SearchHit, TreeNode } from './types.js';

type Props = Record<string, unknown>;

/** A planned level's node as read/related-tree and read/nodes-planned return it (cypher/partials/related-level). */
interface RawTree {
  node: unknown;
  children: RawTree[][];
}
const toTree = (p: RelatedPlan) => (r: RawTree): TreeNode => ({
  node: nodeFromValue(r.node, p.keys),
  children: r.children.map((list, i) => list.map(toTree(p.children[i]!))),
});
/** Counts for SKIP/LIMIT must reach Neo4j as integers, not as JavaScript's floats. */
const int = (n: number) => neo4j.int(n);

/** Reads nodes and their neighbourhoods. Every method is one Cypher statement, whatever the number of ids. */
export class NodeRepository {
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
  ) {}

  private read<Row>(name: string, params: Props, vars?: Record<string, string>): Promise<Row[]> {
    return this.executor.query<Row>(name, params, { stats: this.stats, vars });
  }

  async byIds(ids: readonly string[]): Promise<StoredNode[]> {
    const rows = await this.read<{ node: Props }>('read/nodes-by-ids', { ids });
    return rows.map((r) => nodeFromProps(r.node));
  }

  /**
   * Per id: the nodes of `plan` (its kinds over its type and direction, sorted by name, at most `first`, read as
   * its keys say) with, nested, the nodes of its child plans: the whole tree in one statement.
   */
  async relatedTree(ids: readonly string[], plan: RelatedPlan): Promise<Map<string, TreeNode[]>> {
    const { text, params } = this.executor.catalog.renderTree('read/related-tree', [plan]);
    const rows = await this.executor.queryText<{ id: string; levels: RawTree[][] }>('read/related-tree', text, { ...params, ids }, { stats: this.stats });
    return new Map(rows.map((r) => [r.id, r.levels[0]!.map(toTree(plan))]));
  }

  /**
   * Per id found: the node, read as `plan.keys` says, with the trees `plan` plans for its kind (each tree of another
   * kind empty): node(id:) with the relationship fields selected under it, in one statement.
   */
  async byIdsPlanned(ids: readonly string[], plan: NodePlan): Promise<Map<string, PlannedNode>> {
    const { text, params } = this.executor.catalog.renderTree('read/nodes-planned', plan.trees.map((t) => ({ ...t.plan, on: t.on })));
    const rows = await this.executor.queryText<{ id: string; node: unknown; levels: RawTree[][] }>(
      'read/nodes-planned',
      text,
      { ...params, ids, keys: plan.keys },
      { stats: this.stats },
    );
    return new Map(
      rows.map((r) => [r.id, { node: nodeFromValue(r.node, plan.keys), trees: r.levels.map((list, i) => list.map(toTree(plan.trees[i]!.plan))) }]),
    );
  }

  async relationshipsOf(
    ids: readonly string[],
    types: readonly RelationshipType[] | null,
    direction: Direction,
    first: number,
  ): Promise<Map<string, Edge[]>> {
    const rows = await this.read<{
      id: string;
      relationships: { type: RelationshipType; from: string; to: string; props: Props; other: Props }[];
    }>('read/relationships-of', { ids, types, direction, first: int(first) });
    return new Map(
      rows.map((r) => [
        r.id,
        r.relationships.map((e) => ({ ...relationshipFromProps(e.from, e.type, e.to, e.props), other: nodeFromProps(e.other) })),
      ]),
    );
  }

  /** The node whose id is `ref`, or else whose name or an alias equals it (ignoring case); else what it names (see references.ts). */
  async resolve(ref: ReferenceParam): Promise<{ node: StoredNode | null; misses: readonly Miss[] | null }> {
    const [row] = await this.read<{ node: Props | null; misses: Miss[] | null }>('read/resolve-reference', { ref });
    return { node: row?.node ? nodeFromProps(row.node) : null, misses: row?.misses ?? null };
  }

  /**
   * Search in the four match classes of src/domain/search.ts (one statement, cypher/read/search): best class first,
   * by Lucene score within a class, each hit with its class and, when asked, the passage that explains it. The hits'
   * nodes are read as `read.keys` says (with the name, aliases and description a highlight needs).
   */
  async search(text: string, kinds: readonly NodeKind[] | null, first: number, read: { keys: readonly string[] | null; highlight: boolean }): Promise<SearchHit[]> {
    const queries = searchQueries(text, kinds);
    if (first === 0) return [];
    const keys = read.keys && read.highlight ? [...new Set([...read.keys, ...HIGHLIGHT_KEYS])] : read.keys;
    const rows = await this.read<{ node: unknown; class: number; score: number }>('read/search', { ...queries, first: int(first), keys });
    return rows.map((r) => {
      const node = nodeFromValue(r.node, keys);
      const match = SEARCH_MATCHES[r.class]!;
      const highlight = read.highlight ? searchHighlight({ name: node.name ?? '', aliases: node.aliases ?? [], description: node.description ?? '' }, text, match) : null;
      return { node, score: r.score, match, highlight };
    });
  }
}

/** What searchHighlight reads of a hit. */
const HIGHLIGHT_KEYS = ['name', 'aliases', 'description'];
