export * from './create-server.js';
export { createApollo, type Apollo, type ApolloOptions } from './apollo.js';
export * from './logger.js';
export * from './context.js';
export * from './auth/authenticator.js';
export { measureOperation } from './plugins/limits.js';
export { BOOKMARK_HEADER } from './bookmarks.js';
export { startTracing, type Tracing } from './telemetry/tracing.js';
export { exampleTabs } from './graphiql/graphiql.js';
