/** Starts each system as its own Node process and waits for its `LISTENING <url>` line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../src/config/index.js';
import type { SystemId } from '../queries.js';

export interface SystemInfo {
  readonly id: SystemId;
  readonly label: string;
  readonly script: string;
  readonly env: Record<string, string>;
  /** Path requests go to. */
  readonly path: string;
}

export const SYSTEMS: Readonly<Record<SystemId, SystemInfo>> = {
  H0: { id: 'H0', label: 'HTTP floor (node:http, canned JSON)', script: 'raw-server.ts', env: { BENCH_MODE: 'http' }, path: '/' },
  A0: { id: 'A0', label: 'Bolt floor (RETURN 1 behind the same shim)', script: 'raw-server.ts', env: { BENCH_MODE: 'bolt' }, path: '/' },
  A: { id: 'A', label: 'raw Cypher (one hand-written statement per operation)', script: 'raw-server.ts', env: { BENCH_MODE: 'cypher' }, path: '/' },
  B: { id: 'B', label: 'this server', script: 'ours-server.mjs', env: { BENCH_BATCH: 'on' }, path: '/graphql' },
  Bnb: { id: 'Bnb', label: 'this server, DataLoader batching off', script: 'ours-server.mjs', env: { BENCH_BATCH: 'off' }, path: '/graphql' },
  C: { id: 'C', label: '@neo4j/graphql 7.6.3', script: 'peer-server.ts', env: {}, path: '/graphql' },
};

export interface RunningSystem {
  readonly info: SystemInfo;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts a system; `compiled` runs this server (B, B′) from the production build in dist/ with plain node. */
export function startSystem(info: SystemInfo, neo4jEnv: Record<string, string>, options: { compiled?: boolean } = {}): Promise<RunningSystem> {
  const compiled = options.compiled === true && info.script === 'ours-server.mjs';
  const child: ChildProcess = spawn(process.execPath, [...(compiled ? [] : ['--import', 'tsx']), join(PROJECT_ROOT, 'bench', 'systems', info.script)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...neo4jEnv, ...info.env, ...(compiled ? { BENCH_ROOT: 'dist' } : {}), NODE_ENV: 'development', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (l) => {
    stderr.push(l);
    if (stderr.length > 30) stderr.shift();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${info.id} did not start within 120 s:\n${stderr.join('\n')}`)), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^LISTENING (\S+)$/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      const url = new URL(m[1]!);
      resolve({
        info,
        url: `${url.protocol}//${url.host}`,
        pid: child.pid!,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(t);
        },
      });
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${info.id} exited before it listened:\n${stderr.join('\n')}`));
    });
  });
}
