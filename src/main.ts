import { boltUri, DATA_DIR, VERSION, loadConfig, type Config } from './config/index.js';
import { Importer, applySchema, canConnect, openGraph, startConfiguredNeo4j, type LocalNeo4j } from './graph/index.js';
import { createHttpServer, createLogger, startTracing, type Logger } from './server/index.js';

/**
 * `npm start`: the server on the configured Neo4j, or on the project's own local Neo4j, which it starts
 * (and seeds with data/ when empty) unless one already answers on NEO4J_PORT.
 */
async function startDatabase(config: Config, logger: Logger): Promise<{ uri: string; local?: LocalNeo4j }> {
  const uri = boltUri(config);
  if (config.neo4j.uri || (await canConnect(config.neo4j, uri))) {
    logger.info('using Neo4j', { uri });
    return { uri };
  }
  logger.info('starting the local Neo4j 5.26', { port: config.local.port, data: config.local.dataDir });
  const local = await startConfiguredNeo4j(config, (line) => logger.info('neo4j', { line }));
  return { uri: local.uri, local };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel, { format: config.logFormat });
  // Before anything opens a connection: the tracer provider must be registered when the first span starts.
  const tracing = startTracing(config.tracing, VERSION);
  if (tracing) logger.info('sending traces over OTLP/HTTP', { endpoint: config.tracing.endpoint });
  const { uri, local } = await startDatabase(config, logger);
  const graph = openGraph(config.neo4j, uri);
  await applySchema(graph.executor);

  const [{ count }] = (await graph.executor.query<{ count: number }>('read/count-nodes')) as [{ count: number }];
  if (count === 0) {
    const summary = await new Importer(graph.executor).importPaths([DATA_DIR], {
      actor: { kind: 'cli', subject: 'npm start (first-run seed)', role: 'admin' },
    });
    const nodes = Object.values(summary.nodes).reduce((a, c) => a + c.created, 0);
    logger.info('seeded the empty database with data/', { nodes });
  }

  const server = await createHttpServer({ executor: graph.executor, logger, settings: config });
  const running = await server.listen(config.http.port, config.http.host);
  process.stdout.write(
    `\nStrategiegraph is running.\n  GraphiQL and API: ${running.url}\n  Dashboard:        ${running.url.replace(/\/graphql$/, '/dashboard')}\n  Metrics:          ${running.metricsUrl}\n  Neo4j:            ${uri}\n\n`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    await running.stop();
    await tracing?.shutdown();
    await graph.close();
    await local?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Strategiegraph could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
