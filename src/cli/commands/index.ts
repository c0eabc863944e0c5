import { checkCommand } from './check.js';
import type { Command } from './command.js';
import { docsCommand } from './docs.js';
import { emitSchemaCommand } from './emit-schema.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { keysCommand } from './keys.js';
import { neo4jCommand } from './neo4j.js';
import { neo4jAdminCommand } from './neo4j-admin.js';
import { budgetCommand, coverageCommand, impactCommand, pathCommand, searchCommand, showCommand, touchingCommand } from './queries.js';

export const COMMANDS: readonly Command[] = [
  neo4jCommand,
  neo4jAdminCommand,
  importCommand,
  keysCommand,
  searchCommand,
  touchingCommand,
  impactCommand,
  pathCommand,
  showCommand,
  coverageCommand,
  budgetCommand,
  checkCommand,
  exportCommand,
  emitSchemaCommand,
  docsCommand,
];
