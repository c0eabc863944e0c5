import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config/index.js';
import { GraphSize, type Causality, type Executor } from '../graph/index.js';
import { buildGraphQLSchema, type Context } from '../schema/index.js';
import { Admission } from './admission.js';
import { ANONYMOUS, type Principal } from './auth/authenticator.js';
import { bookmarkPlugin } from './bookmarks.js';
import { createContext } from './context.js';
import { formatError } from './errors.js';
import { jitGateway } from './jit-executor.js';
import type { Logger } from './logger.js';
import { asOfPlugin } from './plugins/as-of.js';
import { limitsPlugin } from './plugins/limits.js';
import { requestPlugin } from './plugins/request-plugin.js';
import { telemetryPlugin } from './telemetry/plugin.js';
import { instrumentResolvers } from './telemetry/tracing.js';
import { loadTrustedDocuments, trustedOperationNames, trustedSources } from './trusted-documents.js';

/** The server's settings: the part of the configuration (src/config) that the server reads. */
export type ServerSettings = Pick<
  Config,
  'auth' | 'limits' | 'linkedData' | 'introspection' | 'trustedDocumentsOnly' | 'debugExtensions' | 'graphqlJit' | 'metrics' | 'tracing'
>;

export interface ApolloOptions {
  readonly executor: Executor;
  readonly logger: Logger;
  readonly settings: ServerSettings;
  /** DataLoader batching (default on; off only for the benchmark that shows what it buys). */
  readonly batch?: boolean;
  /** The HTTP server Apollo drains when it stops (none in the CLI's process). */
  readonly httpServer?: Server;
  /** The trusted documents (by hash), when the caller has read them already. */
  readonly documents?: ReadonlyMap<string, string>;
}

/** The GraphQL engine of the server, the same wherever an operation comes from (HTTP, or the CLI in its own process). */
export interface Apollo {
  readonly apollo: ApolloServer<Context>;
  /**
   * A fresh context for one operation, as /graphql builds it: the caller, its own id, the request's time (the
   * executor's timeout, which its statements share) and its causal chain.
   */
  context(principal?: Principal, requestId?: string, causality?: Causality): Context;
  /** Stops Apollo (and with it, when given, drains the HTTP server). */
  stop(): Promise<void>;
}

/**
 * Builds and starts the one ApolloServer: the schema (traced resolvers when tracing, trusted documents compiled with
 * graphql-jit when GRAPHQL_JIT), the server's formatError, the token limit, and its plugins (limits and admission,
 * the request log, telemetry, bookmarks). createHttpServer serves it at /graphql; the CLI runs its operations through
 * it in its own process (apollo.executeOperation with `context()`), so that limits, codes and messages are the server's.
 */
export async function createApollo(options: ApolloOptions): Promise<Apollo> {
  const { executor, settings } = options;
  const tracing = settings.tracing.endpoint !== undefined;
  const trusted = trustedSources(options.documents ?? loadTrustedDocuments());
  const schema = buildGraphQLSchema();
  if (tracing) instrumentResolvers(schema);
  const { limits } = settings;
  // At least the costliest request admitted must fit into the lane.
  const admission = new Admission({ laneCost: limits.laneCost, capacity: Math.max(limits.laneCapacity, limits.maxCost), queue: limits.laneQueue });
  // The graph's size prices the lists that grow with it; read now (waiting at most 2 s: Neo4j may not answer yet),
  // then again whenever the last reading is 10 s old.
  const graphSize = new GraphSize(executor);
  await Promise.race([graphSize.refresh().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  const plugins: ApolloServerPlugin<Context>[] = [
    ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
    ApolloServerPluginLandingPageDisabled(),
    // The schema has no @cacheControl hints, and Apollo's default cache-control plugin hooks every field to
    // compute a policy that is always "uncacheable": off (the /graphql route sets Cache-Control: no-store once).
    ApolloServerPluginCacheControlDisabled(),
    asOfPlugin(),
    limitsPlugin(limits, admission, graphSize),
    requestPlugin({ logger: options.logger, debugExtensions: settings.debugExtensions }),
    telemetryPlugin({ trustedOperations: trustedOperationNames(trusted), tracing }),
    bookmarkPlugin(),
  ];
  const apollo = new ApolloServer<Context>({
    // Compiled after instrumentResolvers, so traced resolvers stay traced under jit.
    ...(settings.graphqlJit ? { gateway: jitGateway(schema, trusted, options.logger) } : { schema }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: settings.introspection,
    hideSchemaDetailsFromClientErrors: !settings.introspection,
    persistedQueries: false,
    // main.ts owns SIGINT/SIGTERM (drain HTTP, then close the driver, then stop the local Neo4j); Apollo's own
    // handlers would race it and leave the process running.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins,
  });
  await apollo.start();
  const timeoutMs = executor.settings.timeoutMs;
  const contextOptions = { batch: options.batch ?? true, publicBaseUrl: settings.linkedData.publicBaseUrl, timeoutMs };
  return {
    apollo,
    context: (principal = ANONYMOUS, requestId, causality) => createContext(executor, contextOptions, principal, requestId, causality),
    stop: () => apollo.stop(),
  };
}
