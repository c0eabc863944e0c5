import { runNeo4jAdmin } from '../../graph/index.js';
import { EXIT } from '../exit-codes.js';
import type { CommandSpec } from './command.js';

/** neo4j-admin's own command line, passed through as it is (`database dump neo4j --to-path=backups`). */
export const neo4jAdminCommand: CommandSpec = {
  name: 'neo4j-admin',
  args: [{ key: 'adminArgs', variadic: true }],
  passThrough: true,
  async run({ args, io, config }) {
    const code = await runNeo4jAdmin(config.local.dataDir, args, (line) => io.err(`${line}\n`));
    return code === 0 ? EXIT.ok : EXIT.failure;
  },
};
