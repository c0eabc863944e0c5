import neo4j from 'neo4j-driver';
import { NODE_KINDS } from '../domain/index.js';
import type { Executor } from './executor.js';

/** Applies cypher/schema/* (constraints and indexes, all IF NOT EXISTS) and waits until they are online. */
export async function applySchema(executor: Executor): Promise<void> {
  for (const name of executor.catalog.names().filter((n) => n.startsWith('schema/'))) {
    const entry = executor.catalog.get(name);
    if (entry.placeholders.includes('KIND')) {
      for (const kind of NODE_KINDS) await executor.query(name, {}, { vars: { KIND: kind } });
    } else {
      await executor.query(name);
    }
  }
  await executor.query('read/await-indexes', { timeoutSeconds: neo4j.int(300) });
}
