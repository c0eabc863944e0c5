import { boltUri, type Config } from '../config/index.js';
import { applySchema, canConnect, openGraph, type Graph } from '../graph/index.js';

/** Opens the configured database, with a message that says what to do when it is not there. */
export async function connect(config: Config): Promise<Graph> {
  const uri = boltUri(config);
  if (!(await canConnect(config.neo4j, uri))) {
    throw new Error(
      `No Neo4j answers at ${uri} as user '${config.neo4j.user}'.\n` +
        (config.neo4j.uri ? 'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.' : 'Start the local one with `npm run neo4j`, or set NEO4J_URI.'),
    );
  }
  const graph = openGraph(config.neo4j, uri);
  await applySchema(graph.executor);
  return graph;
}
