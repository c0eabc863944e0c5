import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../../schema/index.js';
import { isClientError } from '../errors.js';
import { executorOf } from '../jit-executor.js';
import type { Logger } from '../logger.js';

export interface RequestPluginOptions {
  readonly logger: Logger;
  /** Adds extensions.strategiegraph {requestId, roundTrips, dbMs, totalMs, executor} to every response. */
  readonly debugExtensions: boolean;
}

/**
 * Per request: logs unexpected errors with the request id (the response shows only the id; the X-Request-Id
 * header is set for every request by telemetry/requests.ts), and, when debugging is on, reports the Neo4j round
 * trips of the request.
 */
export function requestPlugin(options: RequestPluginOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            const original = unwrapResolverError(error);
            options.logger.error('unexpected error', {
              requestId: contextValue.requestId,
              operationName,
              path: error.path,
              error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original),
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          for (const error of result.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
          if (options.debugExtensions) {
            result.extensions = {
              ...result.extensions,
              strategiegraph: {
                requestId: contextValue.requestId,
                roundTrips: contextValue.stats.statements,
                dbMs: Math.round(contextValue.stats.dbMs * 1000) / 1000,
                totalMs: Math.round((performance.now() - started) * 1000) / 1000,
                executor: executorOf(contextValue),
              },
            };
          }
        },
      };
    },
  };
}
