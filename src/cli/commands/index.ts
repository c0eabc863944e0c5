import { checkCommand } from './check.js';
import type { Command } from './command.js';
import { docsCommand } from './docs.js';
import { emitSchemaCommand } from './emit-schema.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { keysCommand } from './keys.js';
import { neo4jCommand } from './neo4j.js';
import { impactCommand, pathCommand, searchCommand, showCommand, touchingCommand } from './queries.js';

export const COMMANDS: readonly Command[] = [
  neo4jCommand,
  importCommand,
  keysCommand,
  searchCommand,
  touchingCommand,
  impactCommand,
  pathCommand,
  showCommand,
  checkCommand,
  exportCommand,
  emitSchemaCommand,
  docsCommand,
];
