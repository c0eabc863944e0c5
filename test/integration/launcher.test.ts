import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/index.js';

const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-launcher-'));
const credentials = { user: 'neo4j', password: 'launcher-test-pw' };

async function run(server: LocalNeo4j, query: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(credentials.user, credentials.password));
  try {
    return (await driver.executeQuery(query, params, { database: 'neo4j' })).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

describe('the local Neo4j launcher', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the store across a clean stop (SIGTERM) and a restart, with authentication on', async () => {
    const first = await startLocalNeo4j({ port: 0, dataDir: dir, ...credentials, heapMb: 512, pageCacheMb: 64 });
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    await run(first, 'CREATE (:Probe {id: $id, at: datetime()})', { id: 'survives-restart' });
    await first.stop();
    expect(await first.exited).toBe(0);

    const second = await startLocalNeo4j({ port: 0, dataDir: dir, ...credentials, heapMb: 512, pageCacheMb: 64 });
    try {
      const rows = await run(second, 'MATCH (p:Probe) RETURN p.id AS id');
      expect(rows).toEqual([{ id: 'survives-restart' }]);
      const wrong = neo4j.driver(second.uri, neo4j.auth.basic('neo4j', 'wrong-password'));
      await expect(wrong.verifyConnectivity()).rejects.toThrow(/authentication|unauthorized/i);
      await wrong.close();
    } finally {
      await second.stop();
    }
    // Two starts of a JVM with its store: a minute on a quiet machine is plenty, not when the suite shares two cores.
  }, 240_000);
});
