import { timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PoolStats, StatementObserver } from '../../graph/index.js';
import { errorBody } from '../errors.js';

/** The label value shared by unnamed operations and operations that are not among the trusted documents. */
export const OTHER_OPERATION = '(other)';

/**
 * The default process metrics (CPU, memory, event loop, GC, handles) describe the process, not a server: one
 * registry for them per process, merged into every /metrics answer.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The server's Prometheus metrics. Every label has a bounded set of values: operations are the trusted
 * documents' names or OTHER_OPERATION, outcomes and codes are the server's error codes, statements the
 * Cypher catalogue's names.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'strategiegraph_graphql_requests_total',
    help: 'GraphQL requests by operation (trusted documents by name, all others as "(other)") and outcome (OK or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly requestDuration = new Histogram({
    name: 'strategiegraph_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to the end of its answer.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly roundTrips = new Counter({
    name: 'strategiegraph_neo4j_round_trips_total',
    help: 'Statements sent to Neo4j, by Cypher catalogue name and mode.',
    labelNames: ['statement', 'mode'] as const,
    registers: [this.registry],
  });
  readonly queryDuration = new Histogram({
    name: 'strategiegraph_neo4j_query_duration_seconds',
    help: 'Time of one statement in Neo4j as the driver sees it (network included), by Cypher catalogue name and outcome (ok or error).',
    labelNames: ['statement', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly rejected = new Counter({
    name: 'strategiegraph_rejected_requests_total',
    help: 'Requests refused before or instead of running: limits (QUERY_TOO_COMPLEX, SERVER_BUSY …) and authentication/authorization (UNAUTHENTICATED, FORBIDDEN …), by code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(pool: () => PoolStats | undefined = () => undefined) {
    new Gauge({
      name: 'strategiegraph_neo4j_pool_connections_in_use',
      help: "Bolt connections of the driver's pool lent out to sessions.",
      registers: [this.registry],
      collect() {
        this.set(pool()?.inUse ?? 0);
      },
    });
    new Gauge({
      name: 'strategiegraph_neo4j_pool_connections_idle',
      help: "Open Bolt connections waiting in the driver's pool.",
      registers: [this.registry],
      collect() {
        this.set(pool()?.idle ?? 0);
      },
    });
  }

  /** Counts and times every statement the executor runs. */
  readonly statements: StatementObserver = {
    statementStarted: ({ name, mode }) => {
      this.roundTrips.inc({ statement: name, mode });
      const end = this.queryDuration.startTimer({ statement: name });
      return (error) => end({ outcome: error === undefined ? 'ok' : 'error' });
    },
  };

  /** One finished GraphQL request. */
  request(operation: string, outcome: string, seconds: number, rejected: boolean): void {
    this.requests.inc({ operation, outcome });
    this.requestDuration.observe({ operation, outcome }, seconds);
    if (rejected) this.rejected.inc({ code: outcome });
  }

  /** The Prometheus text exposition of this server's and the process's metrics. */
  async text(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([this.registry, processMetrics()]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET /metrics, behind `Authorization: Bearer <token>` when a token is configured. */
export function metricsRouter(metrics: Metrics, token: string | undefined): Router {
  const router = express.Router();
  router.get('/metrics', async (req, res) => {
    if (token !== undefined) {
      const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (given === undefined || !sameSecret(given, token)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        res.status(401).json(errorBody('graphql', { code: 'UNAUTHENTICATED', message: 'The metrics need "Authorization: Bearer <METRICS_TOKEN>".' }));
        return;
      }
    }
    const { contentType, body } = await metrics.text();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(body);
  });
  return router;
}
