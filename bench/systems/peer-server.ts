/**
 * System C: @neo4j/graphql (the peer) over the same Neo4j and data, as its own process, on the same HTTP
 * stack as ours (Express 5 + Apollo Server 5 expressMiddleware). Type definitions mirror our schema
 * (peer-typedefs.ts). Every transaction function the library runs through the driver is counted per
 * request and reported in the `x-bench-round-trips` header, the peer's counterpart of our debug extension.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { loadConfig } from '../../src/config/index.js';
import { peerTypeDefs } from './peer-typedefs.js';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required');
const config = loadConfig(process.env).neo4j;
const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
  maxConnectionPoolSize: 50,
  logging: { level: 'error', logger: () => {} },
});

// Round-trip counting: the library opens a session per request and runs its statement with tx.run.
const requestCounter = new AsyncLocalStorage<{ statements: number }>();
const openSession = driver.session.bind(driver);
driver.session = ((config?: Parameters<Driver['session']>[0]) => {
  const session: Session = openSession(config);
  const wrap = <T extends (work: any, cfg?: any) => Promise<any>>(fn: T): T =>
    ((work: (tx: any) => unknown, cfg?: unknown) =>
      fn.call(session, (tx: any) => {
        const run = tx.run.bind(tx);
        tx.run = (...args: unknown[]) => {
          const counter = requestCounter.getStore();
          if (counter) counter.statements += 1;
          return run(...args);
        };
        return work(tx);
      }, cfg)) as T;
  session.executeRead = wrap(session.executeRead);
  session.executeWrite = wrap(session.executeWrite);
  return session;
}) as Driver['session'];

const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver });
const schema = await neoSchema.getSchema();
const app = express();
const httpServer = createServer(app);
const apollo = new ApolloServer({
  schema,
  introspection: true,
  plugins: [
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            const counter = requestCounter.getStore();
            if (counter) response.http.headers.set('x-bench-round-trips', String(counter.statements));
          },
        };
      },
    },
  ],
});
await apollo.start();
app.use(
  '/graphql',
  express.json({ limit: '100kb' }),
  // After the body parser: its stream callbacks would not carry the store.
  (_req, _res, next) => requestCounter.run({ statements: 0 }, () => next()),
  expressMiddleware(apollo, { context: async () => ({}) }),
);
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
process.stdout.write(`LISTENING http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql\n`);
const stop = async () => {
  await apollo.stop();
  httpServer.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
