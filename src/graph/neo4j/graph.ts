import type { Driver } from 'neo4j-driver';
import { CYPHER_DIR, type Neo4jConfig } from '../../config/index.js';
import { CypherCatalog } from './cypher-catalog.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';

/** Everything the layers above need from Neo4j, opened once per process. */
export interface Graph {
  readonly driver: Driver;
  readonly executor: Executor;
  close(): Promise<void>;
}

export function openGraph(config: Neo4jConfig, uri: string): Graph {
  const driver = createDriver(config, uri);
  const executor = new Executor(driver, new CypherCatalog(CYPHER_DIR), {
    database: config.database,
    timeoutMs: config.transactionTimeoutMs,
  });
  return { driver, executor, close: () => driver.close() };
}
