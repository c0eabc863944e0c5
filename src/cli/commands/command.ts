import type { Config } from '../../config/index.js';
import type { CliArgument, CliCommandName, CliOption } from '../../domain/messages/index.js';
import type { Speech } from '../speech.js';

/** Where a command writes: stdout and stderr, the environment, the terminal's width. */
export interface Io {
  out(data: string | Uint8Array): void;
  /** stdout as a stream, for output written as it is produced (export --traversal waits for it to take each line). */
  readonly stdout: NodeJS.WritableStream;
  err(text: string): void;
  readonly env: NodeJS.ProcessEnv;
  /** The terminal's columns when stdout is one; undefined for a pipe or file (COLUMNS may still say). */
  readonly terminalColumns?: number;
}

/** What the frame hands a command: its parsed command line, the CLI's language, the configuration, the output. */
export interface CommandContext {
  /** The positional arguments (a variadic one spread out). */
  readonly args: readonly string[];
  /** The options by attribute name (--csv-dialect: csvDialect), as parsed. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly speech: Speech;
  readonly io: Io;
  /** The configuration from the environment. */
  readonly config: Config;
  /** A line on stderr, unless --quiet. */
  progress(line: string): void;
  /** The width tables are fitted to: the terminal's, else COLUMNS; undefined: every cell whole. */
  readonly width: number | undefined;
}

/** A parser of an option's value; it throws a UsageError in the CLI's language for a bad one. */
export type OptionParser = (speech: Speech, flag: string) => (value: string, previous: unknown) => unknown;

export interface OptionSpec {
  /** commander's flags, e.g. '--depth <N>' or '-q, --quiet'. */
  readonly flags: string;
  /** Its --help text in the catalogue, and the values it fills in. */
  readonly help: CliOption;
  readonly helpParams?: Readonly<Record<string, string | number>>;
  readonly parse?: OptionParser;
  /** The command cannot run without it (export's --format). */
  readonly required?: boolean;
}

export interface ArgumentSpec {
  readonly key: CliArgument;
  readonly optional?: boolean;
  /** Takes every further argument. */
  readonly variadic?: boolean;
}

/** A command of `strategiegraph`: its name ('keys create' is a subcommand of keys), its command line, what it does. */
export interface CommandSpec {
  readonly name: CliCommandName;
  readonly args?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  /** --json: the answer (and any error) as JSON on stdout. */
  readonly json?: boolean;
  /** -q/--quiet: no progress on stderr. */
  readonly quiet?: boolean;
  /** Every argument after the command goes to it as it is (neo4j-admin). */
  readonly passThrough?: boolean;
  /** The exit code (EXIT.ok, or EXIT.noResult for a query that found nothing); errors are thrown. */
  run(context: CommandContext): Promise<number>;
}
