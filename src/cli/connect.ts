import { boltUri, type Config } from '../config/index.js';
import { applySchema, canConnect, openGraph, type Graph } from '../graph/index.js';
import type { Speech } from './speech.js';

/** Opens the configured database, with a message (in the CLI's language) that says what to do when it is not there. */
export async function connect(config: Config, speech: Speech): Promise<Graph> {
  const uri = boltUri(config);
  if (!(await canConnect(config.neo4j, uri))) {
    throw new Error(`${speech.say('noNeo4j', { uri, user: config.neo4j.user })}\n${speech.say(config.neo4j.uri ? 'noNeo4jConfigured' : 'noNeo4jLocal')}`);
  }
  const graph = openGraph(config.neo4j, uri);
  await applySchema(graph.executor);
  return graph;
}
