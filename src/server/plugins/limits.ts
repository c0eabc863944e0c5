import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
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
import type { LimitsConfig } from '../../config/index.js';

/** A list field without a page-size argument (e.g. `coverage`) counts as this many items. */
const UNSIZED_LIST = 10;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation: the deepest field nesting, the number of aliases, and the cost = every field
 * weighted by the page sizes of the lists around it (a list field's `first`, or `ids`, or 10). Fields
 * starting with __ (introspection) are not counted.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
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

  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number, multiplier: number, pagedParent: boolean, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[sel.name.value];
        if (!fragment || seen.has(sel.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) visit(fragment.selectionSet, type, depth, multiplier, pagedParent, new Set([...seen, sel.name.value]));
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) visit(sel.selectionSet, type, depth, multiplier, pagedParent, seen);
        continue;
      }
      const name = sel.name.value;
      if (name.startsWith('__')) continue;
      if (sel.alias) result.aliases += 1;
      result.depth = Math.max(result.depth, depth);
      result.cost += multiplier;
      if (!sel.selectionSet || !('getFields' in parent)) continue;
      const field = parent.getFields()[name];
      if (!field) continue;
      const returnsList = isListType(getNullableType(field.type as GraphQLOutputType));
      const first = argValue(field, sel, 'first');
      const ids = argValue(field, sel, 'ids');
      let size = 1;
      if (typeof first === 'number') size = first;
      else if (Array.isArray(ids)) size = ids.length;
      // edges/nodes of a connection were already counted with the connection's `first`.
      else if (returnsList && !(pagedParent && (name === 'edges' || name === 'nodes'))) size = UNSIZED_LIST;
      const child = getNamedType(field.type);
      if (isCompositeType(child)) visit(sel.selectionSet, child, depth + 1, multiplier * Math.max(size, 1), typeof first === 'number' && !returnsList, seen);
    }
  };
  visit(operation.selectionSet, root, 1, 1, false, new Set());
  return result;
}

const tooComplex = (limit: string, max: number, actual: number) =>
  new GraphQLError(`The query exceeds the ${limit} limit (${actual} > ${max}); ask for less, or page through it.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400 } },
  });

/** Refuses operations deeper, costlier or with more aliases than the configured limits, before they run. */
export function limitsPlugin(limits: LimitsConfig): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
          );
          const m = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (m.depth > limits.maxDepth) throw tooComplex('depth', limits.maxDepth, m.depth);
          if (m.aliases > limits.maxAliases) throw tooComplex('aliases', limits.maxAliases, m.aliases);
          if (m.cost > limits.maxCost) throw tooComplex('cost', limits.maxCost, m.cost);
        },
      };
    },
  };
}

