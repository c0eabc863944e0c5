import { randomUUID } from 'node:crypto';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import type { RequestHandler, Response } from 'express';
import type { QueryStats } from '../../graph/index.js';
import type { Context } from '../../schema/index.js';
import type { Logger } from '../logger.js';
import { OTHER_OPERATION, type Metrics } from './metrics.js';
import { tracer } from './tracing.js';

/** What the server learns about one HTTP request while answering it; logged and counted when it ends. */
export interface RequestRecord {
  readonly id: string;
  /** The GraphQL operation's name as the client sent it (for the log line). */
  operation?: string | null;
  /** Its metrics label: the name of a trusted document's operation, else OTHER_OPERATION. */
  label: string;
  /** OK, or the code of the first error of the answer. */
  outcome?: string;
  /** Neo4j statements the request cost. */
  roundTrips?: number;
}

/**
 * Codes of requests refused before or instead of running (limits, authentication, authorization, policy):
 * counted in strategiegraph_rejected_requests_total as well. One place for the list.
 */
export const REJECTION_CODES: ReadonlySet<string> = new Set(['QUERY_TOO_COMPLEX', 'SERVER_BUSY', 'UNAUTHENTICATED', 'FORBIDDEN', 'TRUSTED_DOCUMENTS_ONLY']);

export const recordOf = (res: Response): RequestRecord | undefined => res.locals.strategiegraph as RequestRecord | undefined;

/** Probes and scrapes: logged at debug, so that they do not drown the request lines. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);
/** A request id from a proxy in front is kept when it looks like one. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

function firstCode(body: unknown): string | undefined {
  const code = (body as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A GraphQL request, not the GraphiQL page that GET /graphql serves to browsers. */
function isGraphQL(path: string, res: Response): boolean {
  return path === '/graphql' && !String(res.getHeader('content-type') ?? '').startsWith('text/html');
}

/**
 * Ties a GraphQL context to its request's record (the context function does, the GraphQL plugin reads it). Keyed
 * by the context's stats: Apollo hands plugins and resolvers a shallow copy of the context, with the same stats.
 */
const records = new WeakMap<QueryStats, RequestRecord>();
export const bindRecord = (contextValue: Context, record: RequestRecord) => records.set(contextValue.stats, record);
export const recordOfContext = (contextValue: Context) => records.get(contextValue.stats);

export interface ObserveOptions {
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** An HTTP server span per request (when tracing is on). */
  readonly tracing: boolean;
}

/**
 * The first middleware: gives every request its id (X-Request-Id), a record the GraphQL layer fills in, and at its
 * end one log line (request id, operation, duration, round trips, outcome), the GraphQL metrics and the HTTP span.
 */
export function observeRequests(options: ObserveOptions): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    // Routers mounted on a path rewrite req.url while they run: keep what the client asked for.
    const { method, path } = req;
    const given = req.headers['x-request-id'];
    const record: RequestRecord = { id: typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID(), label: OTHER_OPERATION };
    res.locals.strategiegraph = record;
    res.setHeader('X-Request-Id', record.id);
    // JSON errors answered outside Apollo (body parser, trusted documents, limits of the HTTP layer) carry their code.
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (record.outcome === undefined && res.statusCode >= 400) record.outcome = firstCode(body);
      return json(body);
    };
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = options.tracing
      ? tracer().startSpan(method, { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: path } }, parent)
      : undefined;

    res.once('close', () => {
      const durationMs = performance.now() - started;
      const graphql = isGraphQL(path, res);
      const outcome = !res.writableFinished ? 'ABORTED' : (record.outcome ?? (res.statusCode < 400 ? 'OK' : `HTTP_${res.statusCode}`));
      if (graphql) options.metrics.request(record.label, outcome, durationMs / 1000, REJECTION_CODES.has(outcome));
      const fields = {
        requestId: record.id,
        method,
        path,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 1000) / 1000,
        ...(graphql ? { operation: record.operation ?? null, roundTrips: record.roundTrips ?? 0 } : {}),
        outcome,
      };
      if (QUIET_PATHS.has(path)) options.logger.debug('request', fields);
      else options.logger.info('request', fields);
      if (span) {
        const route = graphql ? '/graphql' : req.route ? `${req.baseUrl}${String(req.route.path)}` : undefined;
        if (route) {
          span.updateName(`${method} ${route}`);
          span.setAttribute(ATTR_HTTP_ROUTE, route);
        }
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
        span.setAttribute('strategiegraph.outcome', outcome);
        if (res.statusCode >= 500 || !res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
    });
    if (span) context.with(trace.setSpan(parent, span), next);
    else next();
  };
}
