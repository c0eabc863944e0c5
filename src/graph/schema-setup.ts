import neo4j from 'neo4j-driver';
import { NODE_KINDS } from '../domain/index.js';
import type { CypherCatalog } from './cypher-catalog.js';
import type { Executor } from './executor.js';

/** The statements of cypher/schema/*, those with {{KIND}} once per kind. */
function schemaSteps(catalog: CypherCatalog): { name: string; vars: Record<string, string> }[] {
  return catalog
    .names()
    .filter((n) => n.startsWith('schema/'))
    .flatMap((name) => (catalog.get(name).placeholders.includes('KIND') ? NODE_KINDS.map((kind) => ({ name, vars: { KIND: kind } })) : [{ name, vars: {} }]));
}

/** The schema statements as text (for the Cypher export). */
export function schemaStatements(catalog: CypherCatalog): string[] {
  return schemaSteps(catalog).map((s) => catalog.render(s.name, s.vars));
}

/** Applies cypher/schema/* (constraints and indexes, all IF NOT EXISTS) and waits until they are online. */
export async function applySchema(executor: Executor): Promise<void> {
  for (const step of schemaSteps(executor.catalog)) await executor.query(step.name, {}, { vars: step.vars });
  await executor.query('read/await-indexes', { timeoutSeconds: neo4j.int(300) });
}
