import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config/index.js';

/**
 * One driver per process. Timeouts are short on purpose: when Neo4j is gone a request should fail
 * fast with SERVICE_UNAVAILABLE instead of hanging in retries.
 */
export function createDriver(config: Neo4jConfig, uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
    userAgent: 'strategiegraph',
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => {} },
  });
}

/** True when a Neo4j answers at `uri` with these credentials. */
export async function canConnect(config: Neo4jConfig, uri: string): Promise<boolean> {
  const driver = createDriver(config, uri);
  try {
    await driver.verifyConnectivity({ database: config.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export interface PoolStats {
  /** Connections lent out to sessions right now, over all servers the driver talks to. */
  readonly inUse: number;
  /** Open connections waiting in the pool. */
  readonly idle: number;
}

interface PoolInternals {
  _connectionProvider?: {
    _connectionPool?: { _pools?: Record<string, { length: number }>; _activeResourceCounts?: Record<string, number> };
  } | null;
}

/**
 * The driver's connection pool, read from its internals (neo4j-driver 6 has no public pool metrics). Undefined
 * before the first connection and if a driver upgrade changes the internals: the metrics test then fails.
 */
export function poolStats(driver: Driver): PoolStats | undefined {
  // the driver's private fields, which its public type does not declare
  const pool = (driver as unknown as PoolInternals)._connectionProvider?._connectionPool;
  if (!pool?._pools || !pool._activeResourceCounts) return undefined;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return { inUse: sum(Object.values(pool._activeResourceCounts)), idle: sum(Object.values(pool._pools).map((p) => p.length)) };
}
