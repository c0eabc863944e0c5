import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { CoverageDocument, request } from '../../src/client/index.js';
import { freePort } from '../helpers/net.js';

/** Whether something accepts TCP connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('npm start', () => {
  it('starts its own Neo4j, seeds the empty database with data/, serves the API, and stops everything cleanly', async () => {
    const data = mkdtempSync(join(tmpdir(), 'strategiegraph-start-'));
    const boltPort = await freePort();
    // NODE_ENV as npm start has it (vitest sets 'test', under which Apollo installs no signal handlers of its own).
    const env = { ...process.env, NODE_ENV: 'development', NEO4J_URI: '', NEO4J_PORT: String(boltPort), NEO4J_DATA: data, PORT: '0', LOG_LEVEL: 'warn' };
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (line) => {
          const match = /GraphiQL and API: (\S+)/.exec(line);
          if (match) resolve(match[1]!);
        });
        void exited.then((code) => reject(new Error(`npm start exited early (${code})`)));
      });
      const { coverage } = await request(url, CoverageDocument, {});
      expect(coverage.map((c) => c.targetVision.id)).toContain('zb-datennutzung');
      expect(await listening(boltPort)).toBe(true);
      child.kill('SIGTERM');
      const hung = new Promise<string>((resolve) => setTimeout(() => resolve('still running 60 s after SIGTERM'), 60_000).unref());
      expect(await Promise.race([exited, hung])).toBe(0);
      expect(await listening(boltPort)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(data, { recursive: true, force: true });
    }
  }, 240_000);
});
