import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/index.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/index.js';
import { shippedMarkerFile } from '../helpers/shipped-marker.js';
import { testServerCount } from './servers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The suite's Neo4j servers, one per worker of the project: test/helpers/graph.ts picks its worker's. */
    neo4jUris: string[];
    /** One id per run of the suite: test/helpers/shipped.ts keeps what it knows about each database under it. */
    testRunId: string;
  }
}

/**
 * The suite runs against a real Neo4j: the one NEO4J_URI names, or throwaway ones (testServerCount, one per worker)
 * started here side by side, each on a free port in a temporary folder, and removed afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const runId = randomUUID();
  project.provide('testRunId', runId);
  const count = testServerCount(process.env);
  const forgetShipped = () => {
    for (let i = 0; i < count; i++) rmSync(shippedMarkerFile(runId, i), { force: true });
  };
  if (config.neo4j.uri) {
    project.provide('neo4jUris', [config.neo4j.uri]);
    return async () => forgetShipped();
  }
  const dirs = Array.from({ length: count }, () => mkdtempSync(join(tmpdir(), 'strategiegraph-test-')));
  const started = await Promise.allSettled(
    dirs.map((dir, i) =>
      startLocalNeo4j({
        port: 0,
        dataDir: dir,
        user: config.neo4j.user,
        password: config.neo4j.password,
        heapMb: 2048,
        pageCacheMb: 256,
        log: (line) => process.stderr.write(`[neo4j ${i + 1}] ${line}\n`),
      }),
    ),
  );
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = async (running: readonly LocalNeo4j[]) => {
    forgetShipped();
    await Promise.all(running.map((s) => s.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stop(servers);
    throw failed.reason;
  }
  project.provide('neo4jUris', servers.map((s) => s.uri));
  return () => stop(servers);
}
