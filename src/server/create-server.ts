import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { DomainError } from '../domain/index.js';
import { LinkedData, type Executor } from '../graph/index.js';
import { ApiKeyRepository } from '../graph/index.js';
import { BOOKMARK_HEADER, causalityFrom } from './bookmarks.js';
import type { Context } from '../schema/index.js';
import { createApollo, type ServerSettings } from './apollo.js';
import { Authenticator } from './auth/authenticator.js';
import { asRequestError, errorBody } from './errors.js';
import { dashboardRouter } from './dashboard.js';
import { exportRouter } from './export-route.js';
import { traversalRouter } from './traversal-route.js';
import { graphiqlRouter } from './graphiql/graphiql.js';
import { healthRouter } from './health.js';
import { linkedDataRouter } from './linked-data.js';
import type { Logger } from './logger.js';
import { graphqlRoute } from './graphql-route.js';
import { jsonErrors, jsonNotFound } from './http-errors.js';
import { Metrics, metricsRouter } from './telemetry/metrics.js';
import { bindRecord, observeRequests, recordOf } from './telemetry/requests.js';
import { statementSpans } from './telemetry/tracing.js';
import { loadTrustedDocuments, trustedDocuments } from './trusted-documents.js';

export type { ServerSettings } from './apollo.js';

export interface ServerOptions {
  readonly executor: Executor;
  readonly logger: Logger;
  readonly settings: ServerSettings;
  /** DataLoader batching (default on; off only for the benchmark that shows what it buys). */
  readonly batch?: boolean;
}

export interface RunningServer {
  readonly url: string;
  /** The /metrics URL (on METRICS_PORT when one is set). */
  readonly metricsUrl: string;
  readonly httpServer: Server;
  readonly apollo: ApolloServer<Context>;
  /** Stops accepting requests, drains those in flight, then resolves. */
  stop(): Promise<void>;
}

/** Body-parser failures (malformed JSON, too large a body) as GraphQL-shaped errors with a code. */
const bodyErrors: ErrorRequestHandler = (err: { type?: string; status?: number; limit?: number }, _req, res, next) => {
  if (err.type === 'entity.too.large') {
    res.status(413).json(errorBody('graphql', 'QUERY_TOO_COMPLEX', `The request body exceeds ${err.limit} bytes.`, { limit: 'bodyBytes', max: err.limit }));
  } else if (err.type === 'entity.parse.failed') {
    res.status(400).json(errorBody('graphql', 'BAD_REQUEST', 'The request body is not valid JSON.'));
  } else {
    next(err);
  }
};

/** GraphQL answers depend on the caller and on the data: no cache keeps them (what Apollo's cache-control plugin said). */
const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * Builds the HTTP server: /graphql (API, and GraphiQL when introspection is on), /dashboard, /export and /traversals/… (readers), the
 * linked-data routes (/id, /sparql, /dcat, /vocab, /scheme, /downloads), /health, /ready, /metrics (here or on its own
 * port). Every request is logged, counted and (when tracing) traced.
 */
export async function createHttpServer(options: ServerOptions) {
  const { executor, settings } = options;
  const tracing = settings.tracing.endpoint !== undefined;
  const metrics = new Metrics(() => executor.poolStats());
  const unobserve = [executor.observe(metrics.statements), ...(tracing ? [executor.observe(statementSpans)] : [])];
  const documents = loadTrustedDocuments();
  const app = express();
  app.disable('x-powered-by');
  app.use(observeRequests({ logger: options.logger, metrics, tracing }));
  const httpServer = createServer(app);
  const authenticator = new Authenticator(settings.auth, new ApiKeyRepository(executor));
  const linkedData = new LinkedData(executor, settings.linkedData.publicBaseUrl, settings.linkedData.sparql);
  const { limits } = settings;
  const timeoutMs = executor.settings.timeoutMs;
  const graphql = await createApollo({ executor, logger: options.logger, settings, batch: options.batch, httpServer, documents });
  const { apollo } = graphql;
  app.use(healthRouter(executor));
  const metricsApp = settings.metrics.port === undefined ? app : express().disable('x-powered-by');
  metricsApp.use(metricsRouter(metrics, settings.metrics.token));
  if (settings.introspection) app.use(graphiqlRouter());
  app.use(dashboardRouter(settings.auth));
  // Exports over HTTP are for everyone who may read (as GraphQL: anonymous readers while ANONYMOUS_READ is on).
  app.use(exportRouter(executor, (req) => authenticator.reader(req.headers.authorization), options.logger, settings.linkedData.publicBaseUrl));
  // Whole traversals, streamed: as the exports, for everyone who may read.
  app.use(traversalRouter(executor, (req) => authenticator.reader(req.headers.authorization), options.logger, limits.streamTimeoutMs));
  app.use(
    linkedDataRouter({
      linkedData,
      config: settings.linkedData,
      anonymousRead: settings.auth.anonymousRead,
      readAccess: (authorization) => authenticator.reader(authorization),
      maxQueryBytes: settings.limits.maxBodyBytes,
      logger: options.logger,
    }),
  );
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: settings.limits.maxBodyBytes }),
    bodyErrors,
    trustedDocuments(documents, settings.trustedDocumentsOnly),
    graphqlRoute(apollo, {
      timeoutMs,
      maxAnswerBytes: limits.maxAnswerBytes,
      context: async ({ req, res }) => {
        const record = recordOf(res)!;
        try {
          const principal = await authenticator.reader(req.headers.authorization);
          const context = graphql.context(principal, record.id, causalityFrom(req.headers[BOOKMARK_HEADER]));
          bindRecord(context, record);
          return context;
        } catch (error) {
          // Apollo answers without running the request plugins: the record learns the code here.
          if (error instanceof DomainError) record.outcome = error.code;
          throw asRequestError(error);
        }
      },
    }),
  );
  // Last: whatever no route answered, and every error, as JSON with a code (also on the metrics port).
  for (const served of metricsApp === app ? [app] : [app, metricsApp]) served.use(jsonNotFound, jsonErrors(options.logger));
  return {
    app,
    apollo,
    httpServer,
    /** Listens on the port (0 = any free one) and host; resolves with the /graphql URL. */
    listen: async (port: number, host: string): Promise<RunningServer> => {
      const listening = (server: Server, at: number) =>
        new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen(at, host, () => resolve((server.address() as AddressInfo).port));
        });
      const mainPort = await listening(httpServer, port);
      const metricsServer = metricsApp === app ? undefined : createServer(metricsApp);
      const metricsPort = metricsServer ? await listening(metricsServer, settings.metrics.port!) : mainPort;
      const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
      return {
        url: `http://${shownHost}:${mainPort}/graphql`,
        metricsUrl: `http://${shownHost}:${metricsPort}/metrics`,
        httpServer,
        apollo,
        stop: async () => {
          await apollo.stop();
          await linkedData.close();
          await new Promise((resolve) => (metricsServer ? metricsServer.close(resolve) : resolve(undefined)));
          for (const detach of unobserve) detach();
        },
      };
    },
  };
}
