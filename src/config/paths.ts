import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Where the project's files live, resolved from this module so any working directory works. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');
export const DATA_DIR = join(PROJECT_ROOT, 'data');
export const SCHEMA_FILE = join(PROJECT_ROOT, 'schema', 'schema.graphql');
export const LAUNCHER_DIR = join(PROJECT_ROOT, 'neo4j');
