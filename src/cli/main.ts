import { ConfigError, loadConfig } from '../config/index.js';
import { DomainError, ValidationError } from '../domain/index.js';
import { GraphQLRequestError } from '../client/index.js';
import { EXIT, UsageError, exitCodeOf } from './exit-codes.js';
import { COMMANDS } from './commands/index.js';

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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ValidationError) {
      process.stderr.write(`Rejected, nothing was written.\n${error.message}\n`);
      process.exitCode = EXIT.invalidInput;
    } else if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = EXIT.usage;
    } else if (error instanceof DomainError) {
      process.stderr.write(`${error.code}: ${error.message}\n`);
      process.exitCode = exitCodeOf(error.code);
    } else if (error instanceof GraphQLRequestError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = exitCodeOf(error.code);
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.failure;
    }
  },
);
