import type { ApolloServerPlugin } from '@apollo/server';
import { context, trace } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Context } from '../../schema/index.js';
import { OTHER_OPERATION } from './metrics.js';
import { recordOfContext } from './requests.js';
import { RequestTrace, endSpan, setRequestTrace, tracer } from './tracing.js';

export interface TelemetryPluginOptions {
  /** Operation names of each trusted document, by the document's text: the only names that become labels. */
  readonly trustedOperations: ReadonlyMap<string, ReadonlySet<string>>;
  /** Spans for parse, validate, execute and the traced resolvers. */
  readonly tracing: boolean;
}

/**
 * Fills the request's record (operation, bounded label, outcome, round trips) for the log line and the metrics,
 * and, when tracing, opens the GraphQL spans under the HTTP span.
 */
export function telemetryPlugin(options: TelemetryPluginOptions): ApolloServerPlugin<Context> {
  const phase = (name: string) => {
    const span = tracer().startSpan(name, {}, context.active());
    return async (error?: unknown) => endSpan(span, error);
  };
  return {
    async requestDidStart({ contextValue }) {
      const record = recordOfContext(contextValue);
      return {
        ...(options.tracing
          ? {
              async parsingDidStart() {
                return phase('graphql.parse');
              },
              async validationDidStart() {
                const end = phase('graphql.validate');
                return async (errors?: readonly Error[]) => end(errors?.[0]);
              },
              async executionDidStart({ operationName, operation }) {
                const span = tracer().startSpan('graphql.execute', {
                  attributes: { 'graphql.operation.type': operation.operation, ...(operationName ? { 'graphql.operation.name': operationName } : {}) },
                }, context.active());
                setRequestTrace(contextValue, new RequestTrace(trace.setSpan(context.active(), span)));
                return {
                  async executionDidEnd(error) {
                    endSpan(span, error);
                  },
                };
              },
            }
          : {}),
        async didResolveOperation({ operationName, source }) {
          if (!record) return;
          record.operation = operationName;
          record.label = operationName && options.trustedOperations.get(source)?.has(operationName) ? operationName : OTHER_OPERATION;
        },
        async willSendResponse({ response, document, request }) {
          if (!record) return;
          // A request that failed validation never resolved its operation: name it from the document for the log.
          record.operation ??= (document && getOperationAST(document, request.operationName)?.name?.value) ?? request.operationName ?? null;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          record.outcome = errors?.length ? (typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR') : 'OK';
          record.roundTrips = contextValue.stats.statements;
        },
      };
    },
  };
}
