import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { Executor } from '../graph/index.js';
import { buildGraphQLSchema, type Context } from '../schema/index.js';
import { createContext } from './context.js';
import { formatError } from './errors.js';
import { dashboardRouter } from './dashboard.js';
import { exportRouter, refuseAll, type Authorize } from './export-route.js';
import { graphiqlRouter } from './graphiql/graphiql.js';
import { healthRouter } from './health.js';
import type { Logger } from './logger.js';
import { requestPlugin } from './plugins/request-plugin.js';

export interface ServerOptions {
  readonly executor: Executor;
  readonly logger: Logger;
  /** DataLoader batching (default on). */
  readonly batch?: boolean;
  /** Round-trip counts in extensions.strategiegraph (default off). */
  readonly debugExtensions?: boolean;
  readonly introspection?: boolean;
  /** Who may use GET /export (default: nobody). */
  readonly authorizeExport?: Authorize;
}

export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  readonly apollo: ApolloServer<Context>;
  /** Stops accepting requests, drains those in flight, then resolves. */
  stop(): Promise<void>;
}

/** Builds the HTTP server: /graphql (API and GraphiQL), /dashboard, /export, /health, /ready. */
export async function createHttpServer(options: ServerOptions) {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      requestPlugin({ logger: options.logger, debugExtensions: options.debugExtensions ?? false }),
    ],
  });
  await apollo.start();
  app.use(healthRouter(options.executor));
  app.use(graphiqlRouter());
  app.use(dashboardRouter());
  app.use(exportRouter(options.executor, options.authorizeExport ?? refuseAll, options.logger));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => createContext(options.executor, { batch: options.batch ?? true }),
    }),
  );
  return {
    app,
    apollo,
    httpServer,
    /** Listens on the port (0 = any free one) and host; resolves with the /graphql URL. */
    listen: async (port: number, host: string): Promise<RunningServer> => {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
      return { url: `http://${shownHost}:${address.port}/graphql`, httpServer, apollo, stop: () => apollo.stop() };
    },
  };
}
