import type { Command } from './command.js';
import { docsCommand } from './docs.js';
import { emitSchemaCommand } from './emit-schema.js';
import { importCommand } from './import.js';
import { keysCommand } from './keys.js';
import { neo4jCommand } from './neo4j.js';

export const COMMANDS: readonly Command[] = [neo4jCommand, importCommand, keysCommand, emitSchemaCommand, docsCommand];
