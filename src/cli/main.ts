import { ConfigError, loadConfig } from '../config/index.js';
import { DomainError, ValidationError, type Problem } from '../domain/index.js';
import { GraphQLRequestError } from '../client/index.js';
import { EXIT, UsageError, exitCodeOf } from './exit-codes.js';
import { COMMANDS } from './commands/index.js';
import { speechOfArgv } from './speech.js';

/** `strategiegraph <command> [...]`: the project's one command-line entry point. */
async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command || name === 'help' || name === '--help') {
    const usage = COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n');
    process.stdout.write(`usage: strategiegraph <command> [options]\n\n${usage}\n`);
    return name === undefined || name === 'help' || name === '--help' ? EXIT.ok : EXIT.usage;
  }
  const config = loadConfig(process.env);
  return command.run(rest, config);
}

// `strategiegraph export … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

/** What went wrong, the exit code for it, and the problems of rejected input. */
function describe(error: unknown): { code: number; errorCode?: string; text: string; problems?: readonly Problem[] } {
  if (error instanceof ValidationError) {
    return { code: EXIT.invalidInput, errorCode: error.code, text: `Rejected, nothing was written.\n${error.message}`, problems: error.problems };
  }
  // node:util parseArgs: an unknown option (--dryrun), a missing value, an unexpected argument.
  const nodeCode = (error as { code?: unknown } | null)?.code;
  if (typeof nodeCode === 'string' && nodeCode.startsWith('ERR_PARSE_ARGS_')) {
    return { code: EXIT.usage, errorCode: 'USAGE', text: `${(error as Error).message}\nrun 'strategiegraph help' for the commands and their options` };
  }
  if (error instanceof UsageError || error instanceof ConfigError) return { code: EXIT.usage, errorCode: 'USAGE', text: error.message };
  // An API error in the CLI's language: the code, what it means, and the server's own (English) message.
  const speech = speechOfArgv(process.argv, process.env);
  const said = (code: string | undefined, message: string) =>
    speech.say('error', { code: code ?? 'UNKNOWN', meaning: (speech.labels.errors as Record<string, string>)[code ?? 'UNKNOWN'] ?? '', message });
  if (error instanceof DomainError) return { code: exitCodeOf(error.code), errorCode: error.code, text: said(error.code, error.message) };
  if (error instanceof GraphQLRequestError) {
    const first = error.errors[0];
    return { code: exitCodeOf(error.code), errorCode: error.code, text: first ? said(error.code, first.message) : error.message };
  }
  return { code: EXIT.failure, text: error instanceof Error ? error.message : String(error) };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const { code, errorCode, text, problems } = describe(error);
    // --json: the error as JSON on stdout, where a script reads the answer; otherwise text on stderr.
    if (process.argv.includes('--json')) {
      const message = error instanceof ValidationError ? 'Rejected, nothing was written.' : text;
      process.stdout.write(`${JSON.stringify({ error: { code: errorCode ?? 'FAILURE', exitCode: code, message, ...(problems ? { problems } : {}) } }, null, 2)}\n`);
    } else {
      process.stderr.write(`${text}\n`);
    }
    process.exitCode = code;
  },
);
