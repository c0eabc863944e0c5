import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config/index.js';

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
