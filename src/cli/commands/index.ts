import { checkCommand } from './check.js';
import type { CommandSpec } from './command.js';
import { docsCommand } from './docs.js';
import { emitSchemaCommand } from './emit-schema.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { keysCreateCommand, keysListCommand, keysRevokeCommand } from './keys.js';
import { neo4jCommand } from './neo4j.js';
import { neo4jAdminCommand } from './neo4j-admin.js';
import { budgetCommand, coverageCommand, impactCommand, pathCommand, searchCommand, showCommand, touchingCommand } from './queries.js';

/** Every command, in the order --help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  neo4jCommand,
  neo4jAdminCommand,
  importCommand,
  keysCreateCommand,
  keysListCommand,
  keysRevokeCommand,
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
