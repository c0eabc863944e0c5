import { asOfArg, type AsOfInput } from '../inputs/as-of.input.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, KIND_INFO, MAX_PAGE_SIZE, NODE_KINDS, type NodeKind, type SortField } from '../../domain/index.js';
import { cursorAt, type PropertyFilter, type RelationalFilter } from '../../graph/index.js';
import type { Context } from '../context.type.js';
import { OrderByInput, filterOf, type ListFilter } from '../inputs/filters.js';
import { connectionOf } from '../types/connection.type.js';
import { selectionInput, selects } from '../selection.js';
import { nodeProperties } from './plan.js';

function propertyFilter(f: ListFilter | undefined): PropertyFilter {
  return {
    nameContains: f?.nameContains,
    confidence: f?.confidence,
    status: f?.status,
    institutionTypes: f?.type,
    budgetMin: f?.budgetEur?.min,
    budgetMax: f?.budgetEur?.max,
  };
}

function relationalFilters(f: ListFilter | undefined): RelationalFilter[] {
  if (!f) return [];
  return [
    ...(f.relatedTo ?? []).map((r): RelationalFilter => ({ by: 'related', ref: r.node, type: r.type, direction: r.direction })),
    ...(f.focusArea !== undefined ? [{ by: 'focusArea', ref: f.focusArea } as const] : []),
    ...(f.institution !== undefined ? [{ by: 'institution', ref: f.institution } as const] : []),
    ...(f.touching !== undefined ? [{ by: 'touching', ref: f.touching, depth: f.touchingDepth ?? 3 } as const] : []),
  ];
}

/** The list of one kind as a root field (e.g. `projects`): filters, sorting, cursor pagination, totalCount. */
function createListResolver(kind: NodeKind): Function {
  const field = KIND_INFO[kind].plural;
  // Types are created now: type-graphql must see them before it builds the schema.
  const { connection } = connectionOf(kind);
  const filterType = filterOf(kind);
  const cls = { [`${kind}List`]: class {} }[`${kind}List`]!;
  const resolve = async (
    filter: ListFilter | undefined,
    orderBy: OrderByInput | undefined,
    first: number,
    after: string | undefined,
    _asOf: AsOfInput | undefined,
    ctx: Context,
    info: GraphQLResolveInfo,
  ) => {
    // Read only the properties the page's nodes are asked for (every property when that is not certain).
    const keys = nodeProperties(info);
    const page = await ctx.repos.lists.page({
      kind,
      filter: propertyFilter(filter),
      relational: relationalFilters(filter),
      sortField: (orderBy?.field ?? 'name') as SortField,
      descending: orderBy?.direction === 'DESC',
      first,
      after,
      countNow: selects(info.fieldNodes, 'totalCount', selectionInput(info)),
      keys,
    });
    const edges = page.nodes.map((node, i) => ({ node, cursor: cursorAt(page.offset, i) }));
    return {
      edges,
      nodes: page.nodes,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      // A getter: the count runs in Neo4j only when a client selects totalCount.
      get totalCount() {
        return page.totalCount();
      },
    };
  };
  Object.defineProperty(cls.prototype, field, { value: resolve, writable: true, configurable: true });
  Arg('filter', () => filterType, { nullable: true })(cls.prototype, field, 0);
  Arg('orderBy', () => OrderByInput, { nullable: true, description: 'Default: by name; unknown values sort last.' })(cls.prototype, field, 1);
  Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size (0..${MAX_PAGE_SIZE}).` })(cls.prototype, field, 2);
  Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })(cls.prototype, field, 3);
  asOfArg()(cls.prototype, field, 4);
  Ctx()(cls.prototype, field, 5);
  Info()(cls.prototype, field, 6);
  Query(() => connection, { description: `${KIND_INFO[kind].german}: a page of the ${kind} nodes.` })(
    cls.prototype,
    field,
    Object.getOwnPropertyDescriptor(cls.prototype, field)!,
  );
  Resolver()(cls);
  return cls;
}

export const LIST_RESOLVERS: readonly Function[] = NODE_KINDS.map(createListResolver);
