import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../src/config/index.js';

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** SIGTERM, and wait for the exit code (SIGKILL after 60 s). */
  stop(): Promise<number | null>;
}

/** src/main.ts through tsx, as `npm start` runs it on a fresh clone. */
export const SOURCE_SERVER = ['node_modules/tsx/dist/cli.mjs', 'src/main.ts'];

/**
 * The server as a process of its own with the given environment (the sources through tsx unless another command
 * line is given, e.g. ['scripts/start.mjs'] with NODE_ENV=production for the compiled one); resolves once it serves.
 */
export async function startServerProcess(env: Record<string, string>, args: readonly string[] = SOURCE_SERVER): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /GraphiQL and API: (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`the server exited early (${code})`)));
  });
  return {
    url,
    child,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
