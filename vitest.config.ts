import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { testServerCount } from './test/setup/servers.js';

/** The neo4j project's Neo4j servers, and so its workers. */
const servers = testServerCount(process.env);

export default defineConfig({
  resolve: {
    // One graphql module for everyone: Node (and so type-graphql and Apollo) loads graphql's CommonJS entry;
    // without this alias Vite would hand our own files the ESM one, and graphql refuses to mix the two.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Two projects: `npx vitest run --project unit` needs no Neo4j; `--project neo4j` is everything that does.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // First, in parallel, while the other project's Neo4j starts.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.global.ts'],
          // One Neo4j per worker (test/setup/neo4j.global.ts starts them): the files run side by side, each on its
          // worker's. Neo4j Community has one user database: against the one NEO4J_URI names, they take turns with it.
          maxWorkers: servers,
          fileParallelism: servers > 1,
          // A worker runs its files one after the other in one module graph: the server's modules (the schema,
          // Apollo, the driver) load and warm up once per worker, not once per file (35 files: 78 s of import
          // time and 126 s of CPU with isolation, 7 s and 53 s without). Each file still opens, and closes, its
          // own graph, servers and processes; shared modules hold no state of a file's.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
