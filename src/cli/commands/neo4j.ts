import { startConfiguredNeo4j } from '../../graph/index.js';
import { EXIT } from '../exit-codes.js';
import type { CommandSpec } from './command.js';

export const neo4jCommand: CommandSpec = {
  name: 'neo4j',
  async run({ io, speech, config }) {
    const server = await startConfiguredNeo4j(config, (line) => io.err(`${line}\n`));
    io.out(`${speech.say('neo4jReady', { uri: server.uri, user: config.neo4j.user, dir: config.local.dataDir })}\n`);
    const stop = () => void server.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const code = await server.exited;
    io.out(`${speech.say('neo4jStopped')}\n`);
    return code === 0 || code === null ? EXIT.ok : EXIT.failure;
  },
};
