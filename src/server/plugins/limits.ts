import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  SchemaMetaFieldDef as schemaMetaField,
  TypeMetaFieldDef as typeMetaField,
  isListType,
  valueFromAST,
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PATH_HOPS } from '../../domain/index.js';
import type { LimitsConfig } from '../../config/index.js';
import type { NodeKind } from '../../domain/index.js';
import type { GraphSize, KindCounts } from '../../graph/index.js';
import type { Context } from '../../schema/index.js';
import type { Admission } from '../admission.js';
import { fieldsIn } from '../../schema/index.js';
import { asRequestError } from '../errors.js';

/** A list field without a page-size argument or a known bound counts as this many items. */
const UNSIZED_LIST = 10;

/** Lists without a page-size argument whose length has a bound of its own (Type.field → most items). */
const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Path.nodes': MAX_PATH_HOPS + 1,
  'Path.relationships': MAX_PATH_HOPS,
};

/**
 * Lists without a page-size argument that grow with the graph: each is as long as there are nodes of these kinds
 * (coverage: one row per Zielbild), priced by the graph's current counts (GraphSize) and at least as UNSIZED_LIST.
 */
const GRAPH_LISTS: Readonly<Record<string, readonly NodeKind[]>> = {
  'Query.coverage': ['TargetVision'],
  'Query.uncoveredTargetVisions': ['TargetVision'],
  'Query.goalCoverage': ['Goal'],
  'Query.uncoveredGoals': ['Goal'],
  'GoalCoverage.targetVisions': ['TargetVision'],
  'GoalCoverage.contributions': ['Project', 'Programme', 'System', 'Standard', 'Theme'],
  'TargetVisionCoverage.focusAreas': ['FocusArea'],
  'BudgetReport.rows': ['FocusArea', 'Programme', 'Institution'],
};

const INTROSPECTION_TYPES = new Set(['__Schema', '__Type', '__Field', '__InputValue', '__EnumValue', '__Directive']);

/**
 * How long each introspection list is in this schema: at most (`max`, e.g. __Type.fields: the most fields of any
 * type), and on average over every type (`perType`) or every field (`perField`), which is what a list of all types
 * (`__schema { types { fields … } }`) really answers: the sum over the types. Introspection is priced by its real
 * size like everything else.
 */
interface IntrospectionSizes {
  readonly max: Readonly<Record<string, number>>;
  readonly perType: Readonly<Record<string, number>>;
  readonly perField: Readonly<Record<string, number>>;
}
/** Under which list of the schema a selection sits: every type, every field of every type, or neither. */
type Spread = 'types' | 'fields' | undefined;

const introspectionSizes = new WeakMap<GraphQLSchema, IntrospectionSizes>();
function introspectionSizesOf(schema: GraphQLSchema): IntrospectionSizes {
  let sizes = introspectionSizes.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const fieldsOf = (t: (typeof types)[number]) => ('getFields' in t ? Object.values(t.getFields()) : []);
  const counts: Record<string, number[]> = {
    '__Type.fields': types.map((t) => (isObjectType(t) || isInterfaceType(t) ? fieldsOf(t).length : 0)),
    '__Type.inputFields': types.map((t) => (isInputObjectType(t) ? fieldsOf(t).length : 0)),
    '__Type.interfaces': types.map((t) => ('getInterfaces' in t ? t.getInterfaces().length : 0)),
    '__Type.possibleTypes': types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0)),
    '__Type.enumValues': types.map((t) => ('getValues' in t ? t.getValues().length : 0)),
  };
  const fieldArgs = types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? fieldsOf(t).map((f) => (f as { args: unknown[] }).args.length) : []));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  sizes = {
    max: {
      '__Schema.types': types.length,
      '__Schema.directives': schema.getDirectives().length,
      ...Object.fromEntries(Object.entries(counts).map(([k, xs]) => [k, Math.max(0, ...xs)])),
      '__Field.args': Math.max(0, ...fieldArgs),
      '__Directive.args': Math.max(0, ...schema.getDirectives().map((d) => d.args.length)),
    },
    perType: Object.fromEntries(Object.entries(counts).map(([k, xs]) => [k, sum(xs) / types.length])),
    perField: { '__Field.args': sum(fieldArgs) / Math.max(1, fieldArgs.length) },
  };
  introspectionSizes.set(schema, sizes);
  return sizes;
}

/** The length of an introspection list where it is selected. */
function introspectionSize(schema: GraphQLSchema, key: string, spread: Spread): number {
  const sizes = introspectionSizesOf(schema);
  if (spread === 'types' && sizes.perType[key] !== undefined) return sizes.perType[key]!;
  if (spread === 'fields' && sizes.perField[key] !== undefined) return sizes.perField[key]!;
  return sizes.max[key] ?? UNSIZED_LIST;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation: the deepest field nesting, the number of aliases, and the cost = every field
 * weighted by the sizes of the lists around it, multiplied through the nesting: a connection or list by its
 * `first` (or its default), `nodes(ids)` by the ids, a bounded list by its bound (a path's nodes, an
 * introspection list by the longest it is in this schema), any other list as 10. Introspection counts like
 * everything else.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  /** The graph's node counts per kind (GraphSize), for the lists that grow with it. */
  counts: KindCounts = {},
): OperationMeasure {
  const result: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };
  // Variables with the operation's defaults applied, as execution will see them.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables as Record<string, unknown>);
  const values = coerced.coerced ?? (variables as Record<string, unknown>);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return result;

  const argValue = (field: GraphQLField<unknown, unknown>, node: { arguments?: readonly ArgumentNode[] }, name: string): unknown => {
    const def = field.args.find((a) => a.name === name);
    if (!def) return undefined;
    const given = node.arguments?.find((a) => a.name.value === name);
    return given ? valueFromAST(given.value, def.type, values) : def.defaultValue;
  };

  const input = { fragments, variables: values };
  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number, multiplier: number, pagedParent: boolean, spread: Spread = undefined) => {
    for (const { node: sel, on } of fieldsIn([set], input)) {
      // A field in a fragment is a field of the fragment's type.
      const type = on === undefined ? parent : schema.getType(on);
      if (!type || !isCompositeType(type)) continue;
      const name = sel.name.value;
      if (sel.alias) result.aliases += 1;
      result.depth = Math.max(result.depth, depth);
      result.cost += multiplier;
      if (!sel.selectionSet || !('getFields' in type)) continue;
      const field = name === '__schema' ? schemaMetaField : name === '__type' ? typeMetaField : type.getFields()[name];
      if (!field) continue;
      const returnsList = isListType(getNullableType(field.type as GraphQLOutputType));
      const first = argValue(field, sel, 'first');
      const ids = argValue(field, sel, 'ids');
      let size = 1;
      const key = `${type.name}.${name}`;
      if (typeof first === 'number') size = first;
      else if (Array.isArray(ids)) size = ids.length;
      else if (returnsList && INTROSPECTION_TYPES.has(type.name)) size = introspectionSize(schema, key, spread);
      else if (returnsList && LIST_BOUNDS[key] !== undefined) size = LIST_BOUNDS[key]!;
      else if (returnsList && GRAPH_LISTS[key]) size = Math.max(UNSIZED_LIST, GRAPH_LISTS[key]!.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0));
      // edges/nodes of a connection were already counted with the connection's `first`.
      else if (returnsList && !(pagedParent && (name === 'edges' || name === 'nodes'))) size = UNSIZED_LIST;
      const child = getNamedType(field.type);
      const under: Spread = key === '__Schema.types' ? 'types' : key === '__Type.fields' && spread === 'types' ? 'fields' : undefined;
      // An empty list costs nothing below it; an average may be below 1 item (most fields take no arguments).
      if (isCompositeType(child)) visit(sel.selectionSet, child, depth + 1, multiplier * (returnsList && INTROSPECTION_TYPES.has(type.name) ? size : Math.max(size, 1)), typeof first === 'number' && !returnsList, under);
    }
  };
  visit(operation.selectionSet, root, 1, 1, false);
  result.cost = Math.ceil(result.cost);
  return result;
}

const tooComplex = (limit: string, max: number, actual: number) =>
  new GraphQLError(`The query exceeds the ${limit} limit (${actual} > ${max}); ask for less, or page through it.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400 } },
  });

/**
 * Refuses operations deeper, costlier or with more aliases than the configured limits, before they run; then admits
 * the expensive ones through the admission lane (waiting there counts against the request's time), and frees the
 * lane when the answer is ready.
 */
export function limitsPlugin(limits: LimitsConfig, admission?: Admission, graphSize?: GraphSize): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async willSendResponse() {
          release?.();
        },
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
          );
          const m = measureOperation(schema, operation, fragments, request.variables ?? {}, graphSize?.current());
          if (m.depth > limits.maxDepth) throw tooComplex('depth', limits.maxDepth, m.depth);
          if (m.aliases > limits.maxAliases) throw tooComplex('aliases', limits.maxAliases, m.aliases);
          if (m.cost > limits.maxCost) throw tooComplex('cost', limits.maxCost, m.cost);
          if (admission) {
            try {
              release = await admission.acquire(m.cost, contextValue.stats.deadline);
            } catch (error) {
              throw asRequestError(error);
            }
          }
        },
      };
    },
  };
}

