import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/index.js';
import { startLocalNeo4j } from '../../src/graph/index.js';
import { shippedMarkerFile } from '../helpers/shipped-marker.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** One id per run of the suite: test/helpers/shipped.ts keeps what it knows about the database under it. */
    testRunId: string;
  }
}

/**
 * The suite runs against a real Neo4j: the one NEO4J_URI names, or a throwaway one started here on a
 * free port in a temporary folder and removed afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const runId = randomUUID();
  project.provide('testRunId', runId);
  const forgetShipped = () => rmSync(shippedMarkerFile(runId), { force: true });
  if (config.neo4j.uri) {
    project.provide('neo4jUri', config.neo4j.uri);
    return async () => forgetShipped();
  }
  const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-test-'));
  const server = await startLocalNeo4j({
    port: 0,
    dataDir: dir,
    user: config.neo4j.user,
    password: config.neo4j.password,
    heapMb: 2048,
    pageCacheMb: 256,
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  project.provide('neo4jUri', server.uri);
  return async () => {
    forgetShipped();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
