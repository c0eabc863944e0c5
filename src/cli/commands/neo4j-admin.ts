import { runNeo4jAdmin } from '../../graph/index.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from './command.js';

export const neo4jAdminCommand: Command = {
  name: 'neo4j-admin',
  usage: 'neo4j-admin <neo4j-admin arguments>   e.g. database dump neo4j --to-path=backups',
  summary: "neo4j-admin of the launcher's Neo4j on the local store (NEO4J_DATA): dump and load for backups (stop the server first)",
  async run(args, config) {
    if (args.length === 0) {
      process.stderr.write('Give neo4j-admin its arguments, e.g. `database dump neo4j --to-path=backups`.\n');
      return EXIT.usage;
    }
    const code = await runNeo4jAdmin(config.local.dataDir, args, (line) => process.stderr.write(`${line}\n`));
    return code === 0 ? EXIT.ok : EXIT.failure;
  },
};
