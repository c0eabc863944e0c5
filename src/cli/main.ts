import { EXIT } from './exit-codes.js';
import { runCli } from './frame.js';

// `strategiegraph export … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

/** The `strategiegraph` process: the frame (frame.ts) with this process's argv, output, environment and terminal. */
process.exitCode = await runCli(process.argv.slice(2), {
  out: (data) => void process.stdout.write(data),
  stdout: process.stdout,
  err: (text) => void process.stderr.write(text),
  env: process.env,
  terminalColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
});
