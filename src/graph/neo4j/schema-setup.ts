import neo4j from 'neo4j-driver';
import { NODE_KINDS } from '../../domain/index.js';
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

/** A full-text index as a cypher/schema statement declares it. */
interface FulltextIndexDeclaration {
  readonly name: string;
  readonly labels: readonly string[];
  readonly properties: readonly string[];
  readonly analyzer: string;
}

const FULLTEXT =
  /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS\s+FOR \(\w+:(\w+)\) ON EACH \[([^\]]*)\]\s+OPTIONS \{ indexConfig: \{ `fulltext\.analyzer`: '([\w-]+)' \} \}$/;

/**
 * The full-text index a schema statement creates, or undefined for other statements. A full-text statement must be
 * written in the one form this reads ("CREATE FULLTEXT INDEX name IF NOT EXISTS FOR (n:Label) ON EACH [n.a, n.b]
 * OPTIONS { indexConfig: { `fulltext.analyzer`: 'x' } }"), so that a store's index can be compared with it.
 */
function fulltextDeclaration(statement: string): FulltextIndexDeclaration | undefined {
  const text = statement.replace(/^\/\/.*\n/gm, '').trim();
  if (!text.startsWith('CREATE FULLTEXT INDEX')) return undefined;
  const m = FULLTEXT.exec(text);
  if (!m) throw new Error(`a full-text index statement is not in the form schema-setup reads:\n${text}`);
  const properties = m[3]!.split(',').map((p) => p.trim().replace(/^\w+\./, ''));
  return { name: m[1]!, labels: [m[2]!], properties, analyzer: m[4]! };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Nodes given their derived properties per write transaction when an older store is brought up to date. */
const DERIVE_BATCH = 10_000;

/**
 * Applies cypher/schema/* (constraints and indexes, all IF NOT EXISTS) and waits until they are online. A full-text
 * index that exists with other labels, properties or analyzer than its statement declares (an older version of
 * the project made it) is dropped first and built anew, so that every store gets the index the code expects; such a
 * store also gets the properties the new indexes read and older versions did not write (write/derive-names-text).
 * Waits up to `awaitSeconds` (default 300) for the indexes to come online.
 */
export async function applySchema(executor: Executor, options: { readonly awaitSeconds?: number } = {}): Promise<void> {
  let older = false;
  for (const step of schemaSteps(executor.catalog)) {
    const declared = fulltextDeclaration(executor.catalog.render(step.name, step.vars));
    if (declared) {
      const [found] = await executor.query<{ labels: string[]; properties: string[]; analyzer: string }>('read/fulltext-index', { name: declared.name });
      if (found && !(sameList(found.labels, declared.labels) && sameList(found.properties, declared.properties) && found.analyzer === declared.analyzer)) {
        await executor.query('write/drop-index', { name: declared.name });
        older = true;
      }
    }
    await executor.query(step.name, {}, { vars: step.vars });
  }
  while (older) {
    const [row] = await executor.query<{ derived: number }>('write/derive-names-text', { batch: neo4j.int(DERIVE_BATCH) });
    older = (row?.derived ?? 0) > 0;
  }
  await executor.query('read/await-indexes', { timeoutSeconds: neo4j.int(options.awaitSeconds ?? 300) });
}
