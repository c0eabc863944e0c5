import 'reflect-metadata';
import { GraphQLInterfaceType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AnalysisResolver } from './resolvers/analysis.resolver.js';
import { ApiKeyResolver } from './resolvers/api-key.resolver.js';
import { DiffResolver } from './resolvers/diff.resolver.js';
import { LIST_RESOLVERS } from './resolvers/list.resolvers.js';
import { LookupResolver } from './resolvers/lookup.resolver.js';
import { ModelResolver } from './resolvers/model.resolver.js';
import { MutationResolver } from './resolvers/mutation.resolver.js';
import { NAVIGATION_RESOLVERS } from './resolvers/navigation.resolvers.js';
import { NodeResolver } from './resolvers/node.resolver.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { TraversalResolver } from './resolvers/traversal.resolver.js';
import { KIND_TYPES } from './types/kind-types.js';
import { nodeTypeName } from './types/node.interface.js';

let built: GraphQLSchema | undefined;

/** The executable schema, built once per process (type-graphql metadata is global). */
export function buildGraphQLSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [
      NodeResolver,
      SearchResolver,
      TraversalResolver,
      AnalysisResolver,
      ModelResolver,
      MutationResolver,
      DiffResolver,
      ApiKeyResolver,
      LookupResolver,
      ...LIST_RESOLVERS,
      ...NAVIGATION_RESOLVERS,
    ] as [Function, ...Function[]],
    orphanedTypes: Object.values(KIND_TYPES),
    validate: false,
  });
  // type-graphql wraps every resolveType in an async function: graphql-js then awaits a promise for each node it
  // returns, and graphql-jit (which calls resolveType synchronously) cannot resolve the type at all. The Node
  // interface's own resolveType is synchronous: the schema uses it as it is.
  (built.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted, with a header. */
export function printSortedSchema(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return (
    '# Generated from the type-graphql schema by `npm run schema:emit`. Do not edit: a test fails when it drifts.\n\n' +
    `${printSchema(lexicographicSortSchema(schema))}\n`
  );
}
