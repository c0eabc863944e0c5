import neo4j from 'neo4j-driver';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  checkDepth,
  checkLimit,
  checkSortField,
  decodeCursor,
  encodeCursor,
  listPage,
  walkBack,
  type NodeKind,
  type SortField,
} from '../../domain/index.js';
import type { Executor, QueryStats } from '../neo4j/executor.js';
import { nodeFromValue, sortKey, type NodeView } from '../neo4j/mapping.js';
import type { NodeRepository } from './node.repository.js';
import type { RecordRepository } from './record.repository.js';
import { referenceParam, resolveReference, unresolved } from './references.js';
import type { Edge, Miss, PropertyFilter, RelationalFilter } from './types.js';

export interface ListRequest {
  readonly kind: NodeKind;
  readonly filter: PropertyFilter;
  readonly relational: readonly RelationalFilter[];
  readonly sortField: SortField;
  readonly descending: boolean;
  readonly first?: number;
  readonly after?: string | null;
  /** The client asked for totalCount: count in the page's statement instead of after it (one round trip less). */
  readonly countNow?: boolean;
  /** The stored properties the selection reads (null or undefined: every property). */
  readonly keys?: readonly string[] | null;
}

export interface Page {
  readonly nodes: readonly NodeView[];
  readonly offset: number;
  readonly hasNextPage: boolean;
  /** Counted with the page when asked for up front (countNow) or free (the count store), else when called. */
  readonly totalCount: () => Promise<number>;
}

/** The three statements behind every page of a list. */
export type ListStatement = 'read/list/page-by-name' | 'read/list/page' | 'read/list/filter-ids';

/** How a page is read: the filters resolved first (one filter-ids each, intersected), then the page's statement. */
export interface ListDecision {
  readonly first: readonly RelationalFilter[];
  readonly page: { readonly statement: 'read/list/page-by-name' } | { readonly statement: 'read/list/page'; readonly filter: RelationalFilter | null };
}

/**
 * The decision table of lists (pure):
 *   no relational filter, no property filter, by name ascending  → page-by-name (index order, counted for free)
 *   no relational filter otherwise                                → page
 *   one relational filter                                         → page, resolving and filtering in the same statement
 *   several relational filters                                    → filter-ids for each, then page over the ids left
 */
export function decideList(request: Pick<ListRequest, 'filter' | 'relational' | 'sortField' | 'descending'>): ListDecision {
  const { relational } = request;
  if (relational.length === 0) {
    const unfiltered = Object.values(request.filter).every((v) => v === undefined);
    return { first: [], page: unfiltered && request.sortField === 'name' && !request.descending ? { statement: 'read/list/page-by-name' } : { statement: 'read/list/page', filter: null } };
  }
  if (relational.length === 1) return { first: [], page: { statement: 'read/list/page', filter: relational[0]! } };
  return { first: relational, page: { statement: 'read/list/page', filter: null } };
}

const ARGUMENT: Record<RelationalFilter['by'], string> = {
  related: 'relatedTo.node',
  focusArea: 'focusArea',
  institution: 'institution',
  touching: 'touching',
};

/** A relational filter as the {{FILTER}} of read/list/page and read/list/filter-ids: its partial, parameters and placeholders. */
function filterStatement(filter: RelationalFilter | null, ids: readonly string[] | undefined): { params: Record<string, unknown>; vars: Record<string, string> } {
  if (filter === null) return { params: { ids: ids ?? null }, vars: { FILTER: 'filter-given-ids' } };
  const ref = { ref: referenceParam(filter.ref, ARGUMENT[filter.by]) };
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

function validDepth(depth: number): boolean {
  try {
    checkDepth('touchingDepth', depth);
    return true;
  } catch {
    return false;
  }
}

/**
 * Pages of a kind's list, read as decideList says. A filter's node reference is resolved in its statement; when it
 * names no node or several, the statement says so in its row and the page throws why (references.ts: NOT_FOUND
 * with candidates, or BAD_USER_INPUT with the matches) without running it again. At a past recorded instant
 * (QueryStats.recordedAt) a page is the record's instead: see recordedPage.
 */
export class ListRepository {
  constructor(
    private readonly executor: Executor,
    private readonly nodes: NodeRepository,
    private readonly stats?: QueryStats,
    private readonly record?: RecordRepository,
  ) {}

  private read<Row>(name: ListStatement, params: Record<string, unknown>, vars: Record<string, string>): Promise<Row[]> {
    return this.executor.query<Row>(name, params, { stats: this.stats, vars });
  }

  async page(request: ListRequest): Promise<Page> {
    const first = checkLimit('first', request.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const sortField = checkSortField(request.kind, request.sortField);
    const offset = request.after == null ? 0 : decodeCursor(request.after) + 1;
    const keys = request.keys ?? null;
    if (this.record?.at !== undefined) return this.recordedPage(this.record, request, { first, sortField, offset });
    const decision = decideList(request);
    const page = (values: readonly unknown[]) => ({
      nodes: values.slice(0, first).map((v) => nodeFromValue(v, keys)),
      hasNextPage: values.length > first,
      offset,
    });
    const paging = { offset: neo4j.int(offset), limit: neo4j.int(first + 1), keys };
    if (decision.page.statement === 'read/list/page-by-name') {
      const [row] = await this.read<{ total: number; nodes: unknown[] }>(decision.page.statement, paging, { KIND: request.kind });
      return { ...page(row?.nodes ?? []), totalCount: () => Promise.resolve(row?.total ?? 0) };
    }
    let ids: string[] | undefined;
    for (const r of decision.first) {
      const found = await this.filterIds(request.kind, r);
      const keep = new Set(found);
      ids = ids === undefined ? found : ids.filter((id) => keep.has(id));
    }
    const params = { ...paging, kind: request.kind, sortField, descending: request.descending, ...this.filterParams(request.filter) };
    const filter = decision.page.filter === null ? null : await this.usable(decision.page.filter);
    const run = async (counted: boolean, limit = paging.limit) => {
      const { params: fp, vars } = filterStatement(filter, ids);
      const [row] = await this.read<{ misses: Miss[] | null; total: number; nodes: unknown[] }>('read/list/page', { ...params, ...fp, limit, counted }, { ...vars, KIND: request.kind });
      if (row?.misses != null && filter !== null) throw await unresolved(this.nodes, filter.ref, ARGUMENT[filter.by], row.misses);
      return row;
    };
    const counted = request.countNow ?? false;
    const row = await run(counted);
    return {
      ...page(row?.nodes ?? []),
      totalCount: async () => (counted ? (row?.total ?? 0) : ((await run(true, neo4j.int(0)))?.total ?? 0)),
    };
  }

  /**
   * A page as recorded at the request's past instant: the kind's nodes as the record held them (replayed from the
   * history, holding at the valid date), the relational filters resolved over the record's relationships (one read
   * per level: one for a related node or an institution, two for a Schwerpunktthema, at most the depth for touching),
   * then the property filters, order and page of src/domain/list-page.ts. Counted whether asked or not (it is free).
   */
  private async recordedPage(record: RecordRepository, request: ListRequest, paging: { first: number; sortField: SortField; offset: number }): Promise<Page> {
    let ids = null as Set<string> | null;
    for (const r of request.relational) {
      const found = await this.recordedFilterIds(record, request.kind, r);
      ids = ids === null ? found : new Set([...ids].filter((id) => found.has(id)));
    }
    const { total, nodes } = listPage(await record.nodesOfKind(request.kind), {
      kind: request.kind,
      filter: request.filter,
      ids,
      sortField: paging.sortField,
      descending: request.descending,
      offset: paging.offset,
      limit: paging.first + 1,
    });
    return { nodes: nodes.slice(0, paging.first), hasNextPage: nodes.length > paging.first, offset: paging.offset, totalCount: () => Promise.resolve(total) };
  }

  /** The ids of `kind` that pass one relational filter over the record (as partials/filter-* do over the graph). */
  private async recordedFilterIds(record: RecordRepository, kind: NodeKind, r: RelationalFilter): Promise<Set<string>> {
    const filter = await this.usable(r);
    const anchor = await resolveReference(this.nodes, filter.ref, ARGUMENT[filter.by], record);
    const edgesOf = async (ids: readonly string[], types: Parameters<RecordRepository['relationshipsOf']>[1], direction: 'OUT' | 'IN' | 'BOTH'): Promise<Edge[]> =>
      [...(await record.relationshipsOf(ids, types, direction, Infinity)).entries()].flatMap(([, edges]) => edges);
    const ofKind = (nodes: Iterable<{ id: string; kind: string }>) => new Set([...nodes].filter((n) => n.kind === kind).map((n) => n.id));
    switch (filter.by) {
      case 'related': {
        // the direction is seen from the listed node, the edges are read from the anchor
        const direction = filter.direction === 'BOTH' ? 'BOTH' : filter.direction === 'OUT' ? 'IN' : 'OUT';
        return ofKind((await edgesOf([anchor.id], [filter.type], direction)).map((e) => e.other));
      }
      case 'institution': {
        if (anchor.kind !== 'Institution') return new Set();
        const edges = await edgesOf([anchor.id], ['LED_BY', 'FUNDED_BY', 'PARTICIPATES_IN'], 'BOTH');
        return ofKind(edges.filter((e) => (e.type === 'PARTICIPATES_IN' ? e.from === anchor.id : e.to === anchor.id)).map((e) => e.other));
      }
      case 'focusArea': {
        // partials/projects-of-focus-area: over its Zielbilder, and over the programmes it alone runs
        if (anchor.kind !== 'FocusArea') return new Set();
        const first = await edgesOf([anchor.id], ['HAS_TARGET_VISION', 'HAS_PROGRAMME'], 'OUT');
        const visions = first.filter((e) => e.type === 'HAS_TARGET_VISION' && e.other.kind === 'TargetVision').map((e) => e.other.id);
        const programmes = first.filter((e) => e.type === 'HAS_PROGRAMME' && e.other.kind === 'Programme').map((e) => e.other.id);
        const second = await record.relationshipsOf([...visions, ...programmes], ['CONTRIBUTES_TO', 'INCLUDES', 'HAS_PROGRAMME'], 'BOTH', Infinity);
        const projects = [
          ...visions.flatMap((tv) => (second.get(tv) ?? []).filter((e) => e.type === 'CONTRIBUTES_TO' && e.to === tv && e.other.kind === 'Project')),
          ...programmes.flatMap((g) => {
            const edges = second.get(g) ?? [];
            const runBy = edges.filter((e) => e.type === 'HAS_PROGRAMME' && e.to === g && e.other.kind === 'FocusArea').length;
            return runBy === 1 ? edges.filter((e) => e.type === 'INCLUDES' && e.from === g && e.other.kind === 'Project') : [];
          }),
        ];
        return ofKind(projects.map((e) => e.other));
      }
      case 'touching': {
        // partials/filter-touching: a directed dependency path of 1..depth hops to the target, walked back from it
        // level by level (the target itself too, when a cycle leads back to it)
        const walk = await record.dependencyWalk(anchor, filter.depth);
        return ofKind([...walkBack(anchor.id, walk.hops, filter.depth).keys()].map((id) => walk.nodes.get(id)!));
      }
    }
  }

  /** A filter its statement can run: a bad reference or depth is reported before any list statement runs. */
  private async usable(filter: RelationalFilter): Promise<RelationalFilter> {
    if (filter.ref.trim() === '' || (filter.by === 'touching' && !validDepth(filter.depth))) {
      await resolveReference(this.nodes, filter.ref, ARGUMENT[filter.by]); // a bad reference is reported first
      if (filter.by === 'touching') checkDepth('touchingDepth', filter.depth);
    }
    return filter;
  }

  /** The ids of `kind` that pass one relational filter (read/list/filter-ids, resolving its reference itself). */
  private async filterIds(kind: NodeKind, r: RelationalFilter): Promise<string[]> {
    const filter = await this.usable(r);
    const { params, vars } = filterStatement(filter, undefined);
    const [row] = await this.read<{ misses: Miss[] | null; ids: string[] }>('read/list/filter-ids', { ...params, kind }, vars);
    if (row?.misses != null) throw await unresolved(this.nodes, filter.ref, ARGUMENT[filter.by], row.misses);
    return row?.ids ?? [];
  }

  private filterParams(filter: PropertyFilter): Record<string, unknown> {
    return {
      nameContains: filter.nameContains === undefined ? null : sortKey(filter.nameContains),
      confidence: filter.confidence ?? null,
      status: filter.status ?? null,
      budgetMin: filter.budgetMin ?? null,
      budgetMax: filter.budgetMax ?? null,
      institutionTypes: filter.institutionTypes ?? null,
    };
  }
}

/** Cursor of the node at `index` of a page that starts at `offset`. */
export const cursorAt = (offset: number, index: number): string => encodeCursor(offset + index);
