import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from './logger.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

export type ExecutorName = 'graphql-jit' | 'graphql-js';

/** Which executor ran each request, by its context (for extensions.strategiegraph). */
const executedBy = new WeakMap<object, ExecutorName>();

/** The executor that ran the request of this context: graphql-js unless jitExecutor ran it compiled. */
export function executorOf(context: object): ExecutorName {
  return executedBy.get(context) ?? 'graphql-js';
}

/**
 * graphql-jit's errors are plain objects on GraphQLError's prototype: without `extensions` unless the resolver's
 * error had some (Apollo reads `extensions.code`), and without nodes. As graphql-js's locatedError makes them: the
 * resolver's own GraphQLError when it already has a path, else a GraphQLError around the original error, at jit's
 * path and locations (which jit computed from the same field nodes graphql-js would keep).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && Array.isArray(original.path)) return original;
  const located = new GraphQLError(error.message, { path: error.path, originalError: original ?? undefined });
  return Object.assign(located, { locations: error.locations });
}

/**
 * The executor of every GraphQL request (Apollo still parses, validates and runs the plugins): each trusted document
 * is compiled with graphql-jit on first use (once per text and operation, the set is closed) and runs compiled;
 * everything else runs with graphql-js, as Apollo itself would. So do the trusted documents jit cannot compile, and
 * the requests jit answers without data (variables that do not coerce): graphql-js says why, with the error Apollo
 * turns into BAD_USER_INPUT.
 */
export function jitExecutor(schema: GraphQLSchema, trusted: ReadonlySet<string>, logger?: Logger): GatewayExecutor {
  // Per trusted text and operation name; undefined: jit could not compile it (graphql-js runs it).
  const compiled = new Map<string, CompiledQuery | undefined>();
  const compiledFor = (source: string, operationName: string | undefined): CompiledQuery | undefined => {
    const key = `${operationName ?? ''}\n${source}`;
    if (!compiled.has(key)) {
      let query: CompiledQuery | undefined;
      let problem: unknown;
      try {
        // Its own parse: jit annotates the AST it compiles, Apollo's cached document stays as Apollo parsed it.
        const result = compileQuery(schema, parse(source), operationName);
        if (isCompiledQuery(result)) query = result;
        else problem = result.errors?.map((e) => e.message).join('; ') ?? 'no compiled query';
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (problem !== undefined) logger?.warn('graphql-jit cannot compile a trusted document: it runs with graphql-js', { operationName, problem });
      compiled.set(key, query);
    }
    return compiled.get(key);
  };
  return async ({ source, document, operation, request, context }) => {
    const query = trusted.has(source) ? compiledFor(source, operation?.name?.value ?? undefined) : undefined;
    if (query) {
      const result = (await query.query(undefined, context, request.variables ?? {})) as ExecutionResult;
      if (result.data !== undefined) {
        executedBy.set(context, 'graphql-jit');
        return { ...result, ...(result.errors ? { errors: result.errors.map(asGraphQLError) } : {}) };
      }
    }
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
  };
}

/** Apollo Server 5 takes an executor only from a gateway: one that serves the given schema with jitExecutor. */
export function jitGateway(schema: GraphQLSchema, trusted: ReadonlySet<string>, logger: Logger): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor: jitExecutor(schema, trusted, logger) };
    },
    async stop() {},
  };
}
