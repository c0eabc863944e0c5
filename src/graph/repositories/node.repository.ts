import { SEARCH_MATCHES, searchHighlight, searchQueries, type NodeKind, type RelationshipType } from '../../domain/index.js';
import neo4j from 'neo4j-driver';
import type { Executor, QueryStats } from '../executor.js';
import { nodeFromProps, nodeFromValue, relationshipFromProps, sortKey, type NodeView, type StoredNode } from '../mapping.js';
import { referenceParams } from './reference-params.js';
import type { Direction, Edge, ListQuery, PropertyFilter, RelatedPlan, RelationalFilter, SearchHit, TreeNode } from './types.js';

type Props = Record<string, unknown>;
/** Counts for SKIP/LIMIT must reach Neo4j as integers, not as JavaScript's floats. */
const int = (n: number) => neo4j.int(n);

/** No property filter and no relational restriction: the whole kind. */
function unfiltered(filter: PropertyFilter, ids: readonly string[] | undefined): boolean {
  return ids === undefined && Object.values(filter).every((v) => v === undefined);
}

/**
 * A relational filter as Cypher: the partial (cypher/partials/filter-*) that read/filter-ids and
 * read/list-nodes-related-counted compose through their FILTER placeholder, with its parameters and placeholders.
 */
function filterStatement(filter: RelationalFilter): { params: Props; vars: Record<string, string> } {
  const ref = referenceParams('ref', filter.ref);
  switch (filter.by) {
    case 'related':
      return { params: { ...ref, direction: filter.direction }, vars: { FILTER: 'filter-related', TYPE: filter.type } };
    case 'focusArea':
      return { params: ref, vars: { FILTER: 'filter-focus-area' } };
    case 'institution':
      return { params: ref, vars: { FILTER: 'filter-institution' } };
    case 'touching':
      return { params: ref, vars: { FILTER: 'filter-touching', DEPTH: String(filter.depth) } };
  }
}

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
    interface Raw {
      node: unknown;
      children: Raw[][];
    }
    const toTree = (p: RelatedPlan) => (r: Raw): TreeNode => ({
      node: nodeFromValue(r.node, p.keys),
      children: r.children.map((list, i) => list.map(toTree(p.children[i]!))),
    });
    const rows = await this.executor.queryText<{ id: string; levels: Raw[][] }>('read/related-tree', text, { ...params, ids }, { stats: this.stats });
    return new Map(rows.map((r) => [r.id, r.levels[0]!.map(toTree(plan))]));
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

  private filterParams(filter: PropertyFilter, ids: readonly string[] | undefined): Props {
    return {
      ids: ids ?? null,
      nameContains: filter.nameContains === undefined ? null : sortKey(filter.nameContains),
      confidence: filter.confidence ?? null,
      status: filter.status ?? null,
      budgetMin: filter.budgetMin ?? null,
      budgetMax: filter.budgetMax ?? null,
      institutionTypes: filter.institutionTypes ?? null,
    };
  }

  /**
   * One page, plus whether more follow; with `counted`, also how many pass the filters, in the same statement
   * (one round trip for page and totalCount).
   */
  async list(q: ListQuery, counted = false): Promise<{ nodes: NodeView[]; hasNextPage: boolean; total?: number }> {
    const paging = { offset: int(q.offset), limit: int(q.limit + 1) };
    // Unfiltered, by name ascending: read the page in index order (node-page-by-name) instead of sorting the kind.
    const byName = unfiltered(q.filter, q.ids) && q.sortField === 'name' && !q.descending;
    const keys = q.keys ?? null;
    const params = { keys, ...(byName ? paging : { ...this.filterParams(q.filter, q.ids), sortField: q.sortField, descending: q.descending, ...paging }) };
    const page = (values: unknown[], total?: number) => ({
      nodes: values.slice(0, q.limit).map((v) => nodeFromValue(v, keys)),
      hasNextPage: values.length > q.limit,
      ...(total === undefined ? {} : { total }),
    });
    if (counted) {
      const name = byName ? 'read/list-nodes-by-name-counted' : 'read/list-nodes-counted';
      const [row] = await this.read<{ total: number; nodes: unknown[] }>(name, params, { KIND: q.kind });
      return page(row?.nodes ?? [], row?.total ?? 0);
    }
    const rows = await this.read<{ node: unknown }>(byName ? 'read/list-nodes-by-name' : 'read/list-nodes', params, { KIND: q.kind });
    return page(rows.map((r) => r.node));
  }

  async count(kind: NodeKind, filter: PropertyFilter, ids: readonly string[] | undefined): Promise<number> {
    const [row] = unfiltered(filter, ids)
      ? await this.read<{ count: number }>('read/count-nodes-of-kind', {}, { KIND: kind })
      : await this.read<{ count: number }>('read/count-nodes-filtered', this.filterParams(filter, ids), { KIND: kind });
    return row?.count ?? 0;
  }

  /**
   * The ids of `kind` that pass one relational filter, in one statement that also resolves the filter's node
   * reference; undefined when the reference names no node or several (the caller resolves it to say why).
   */
  async filterIds(kind: NodeKind, filter: RelationalFilter): Promise<string[] | undefined> {
    const { params, vars } = filterStatement(filter);
    const [row] = await this.read<{ resolved: string | null; ids: string[] }>('read/filter-ids', { ...params, kind }, vars);
    return row && row.resolved !== null ? row.ids : undefined;
  }

  /**
   * One page of `kind` under one relational filter, with how many pass, in one statement that also resolves the
   * filter's node reference (read/list-nodes-related-counted); undefined when the reference names no node or
   * several (the caller resolves it to say why).
   */
  async listRelated(q: ListQuery, filter: RelationalFilter): Promise<{ nodes: NodeView[]; hasNextPage: boolean; total: number } | undefined> {
    const { params, vars } = filterStatement(filter);
    const keys = q.keys ?? null;
    const [row] = await this.read<{ resolved: string | null; total: number; nodes: unknown[] }>(
      'read/list-nodes-related-counted',
      {
        ...params,
        kind: q.kind,
        keys,
        ...this.filterParams(q.filter, undefined),
        sortField: q.sortField,
        descending: q.descending,
        offset: int(q.offset),
        limit: int(q.limit + 1),
      },
      { ...vars, KIND: q.kind },
    );
    if (!row || row.resolved === null) return undefined;
    return { nodes: row.nodes.slice(0, q.limit).map((v) => nodeFromValue(v, keys)), hasNextPage: row.nodes.length > q.limit, total: row.total };
  }

  /** Nodes whose id is `ref`, or else whose name or an alias equals `ref` (ignoring case). */
  async resolve(ref: string): Promise<StoredNode[]> {
    const rows = await this.read<{ node: Props }>('read/resolve-reference', referenceParams('ref', ref));
    return rows.map((r) => nodeFromProps(r.node));
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
