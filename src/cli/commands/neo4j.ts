import { startConfiguredNeo4j } from '../../graph/index.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from './command.js';

export const neo4jCommand: Command = {
  name: 'neo4j',
  usage: 'neo4j',
  summary: 'run the local Neo4j 5.26 (NEO4J_PORT, NEO4J_DATA) until Ctrl-C',
  async run(_args, config) {
    const server = await startConfiguredNeo4j(config, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(
      `Neo4j 5.26 Community is ready at ${server.uri} (user '${config.neo4j.user}', data in ${config.local.dataDir}).\n` +
        'Press Ctrl-C to stop it.\n',
    );
    const stop = () => void server.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const code = await server.exited;
    process.stdout.write('Neo4j stopped.\n');
    return code === 0 || code === null ? EXIT.ok : EXIT.failure;
  },
};
