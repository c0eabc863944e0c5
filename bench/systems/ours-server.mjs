/**
 * System B / B′: this project's server (Apollo Server 5 + type-graphql + DataLoader) as its own process, with
 * the debug extension on (round trips per request). BENCH_BATCH=off turns DataLoader batching off (B′).
 * BENCH_ROOT=dist runs the production build (`npm run bench -- --compiled`: plain node, no tsx, no source maps);
 * otherwise src/ through tsx (`node --import tsx`). Plain JavaScript so that it runs either way.
 * Env: NEO4J_URI (required), NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE as for the server. Prints
 * `LISTENING <url>` when ready.
 */
const root = new URL(process.env.BENCH_ROOT === 'dist' ? '../../dist/' : '../../src/', import.meta.url);
const { loadConfig } = await import(new URL('config/index.js', root).href);
const { openGraph } = await import(new URL('graph/index.js', root).href);
const { createHttpServer, createLogger } = await import(new URL('server/index.js', root).href);

const config = loadConfig(process.env);
if (!config.neo4j.uri) throw new Error('NEO4J_URI is required');
const graph = openGraph(config.neo4j, config.neo4j.uri);
const server = await createHttpServer({
  executor: graph.executor,
  logger: createLogger('error'),
  batch: process.env.BENCH_BATCH !== 'off',
  settings: { ...config, debugExtensions: true },
});
const running = await server.listen(0, '127.0.0.1');
process.stdout.write(`LISTENING ${running.url.replace('localhost', '127.0.0.1')}\n`);
const stop = async () => {
  await running.stop();
  await graph.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
