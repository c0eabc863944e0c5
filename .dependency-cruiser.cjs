/**
 * The architecture, enforced: one-way layers, each importing only from those before it.
 *   src/config, src/domain  →  src/graph  →  src/loaders  →  src/schema  →  src/server  →  src/cli, src/main.ts
 * src/client (the generated typed client) stands apart: it imports nothing from the other layers.
 * src/dashboard (browser code, bundled by the server) imports only src/client and the message catalogue src/domain/messages.
 * The layers above reach src/graph through its face, src/graph/index.ts; loaders and resolvers use only what
 * src/graph/repositories exports (test/unit/architecture.test.ts checks the names): they never build Cypher.
 */
const layer = (name) => `^src/${name}/`;
const above = (...names) => `^src/(${names.join('|')})(/|\\.ts$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The model has no I/O and imports nothing but itself.',
      severity: 'error',
      from: { path: layer('domain') },
      to: { pathNot: layer('domain') },
    },
    {
      name: 'client-is-standalone',
      comment: 'The typed client is used by the CLI, the dashboard and scripts: it depends on no other layer.',
      severity: 'error',
      from: { path: layer('client') },
      to: { path: '^src/', pathNot: layer('client') },
    },
    {
      name: 'dashboard-uses-only-the-client',
      comment: 'The dashboard runs in the browser: it reaches the API only through the typed client.',
      severity: 'error',
      from: { path: layer('dashboard') },
      to: { path: '^src/', pathNot: '^src/(dashboard|client|domain/messages)/' },
    },
    {
      name: 'nothing-imports-the-dashboard',
      comment: 'The dashboard is a browser bundle (built by src/server/dashboard.ts from its entry file), not a module.',
      severity: 'error',
      from: { pathNot: layer('dashboard') },
      to: { path: layer('dashboard') },
    },
    {
      name: 'config-is-a-base-layer',
      severity: 'error',
      from: { path: layer('config') },
      // The domain's vocabulary (roles) and nothing else.
      to: { path: '^src/', pathNot: '^src/(config|domain)/' },
    },
    {
      name: 'graph-does-not-reach-up',
      severity: 'error',
      from: { path: layer('graph') },
      to: { path: above('loaders', 'schema', 'server', 'cli', 'main') },
    },
    {
      name: 'loaders-do-not-reach-up',
      severity: 'error',
      from: { path: layer('loaders') },
      to: { path: above('schema', 'server', 'cli', 'main') },
    },
    {
      name: 'schema-does-not-reach-up',
      severity: 'error',
      from: { path: layer('schema') },
      to: { path: above('server', 'cli', 'main') },
    },
    {
      name: 'server-does-not-reach-up',
      severity: 'error',
      from: { path: layer('server') },
      to: { path: above('cli', 'main') },
    },
    {
      name: 'graph-through-its-face',
      comment: 'The layers above reach the graph layer through src/graph/index.ts only (its one face).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/graph/' },
      to: { path: '^src/graph/', pathNot: '^src/graph/index\\.ts$' },
    },
    {
      name: 'nothing-imports-entry-points',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: above('cli', 'main') },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
