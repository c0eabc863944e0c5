import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { runCli } from '../../src/cli/frame.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `strategiegraph …` in this process: the frame's entry with `env`, stdout and stderr captured (no terminal). */
export async function cliInProcess(env: NodeJS.ProcessEnv, args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const take = (data: string | Uint8Array) => void (stdout += typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
  const code = await runCli(args, {
    out: take,
    stdout: new Writable({ write: (chunk: string | Uint8Array, _encoding, done) => (take(chunk), done()) }),
    err: (text) => void (stderr += text),
    env,
  });
  return { code, stdout, stderr };
}

/** `npx strategiegraph …` as its own process, as a script runs it (slower: for smoke tests of the process itself). */
export async function cliProcess(env: NodeJS.ProcessEnv, args: readonly string[], cwd?: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'bin', 'strategiegraph.mjs'), ...args], { env, encoding: 'utf8', cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
