import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config/index.js';
import { DomainError, ValidationError, formatProblem, type Problem } from '../domain/index.js';
import { LANGS, format, isLang, type CliHelpTitle, type Lang } from '../domain/messages/index.js';
import { GraphQLRequestError } from '../client/index.js';
import { errorBody, wireError } from '../server/errors.js';
import { COMMANDS } from './commands/index.js';
import type { CommandContext, CommandSpec, Io, OptionSpec } from './commands/command.js';
import { oneOf } from './commands/options.js';
import { CliError, EXIT, UsageError, exitCodeOf } from './exit-codes.js';
import { wrapText } from './output.js';
import { speechOf, type Speech } from './speech.js';

/** The options every command takes (--lang), or those that say so (--json, --quiet). */
const LANG: OptionSpec = { flags: '--lang <LANG>', help: 'lang', parse: oneOf(LANGS) };
const JSON_OPTION: OptionSpec = { flags: '--json', help: 'json' };
const QUIET: OptionSpec = { flags: '-q, --quiet', help: 'quiet' };

/** What the frame reads off the command line before commander parses it: the language of the help and of errors. */
function peek(argv: readonly string[]): { lang: string | undefined; json: boolean } {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  let lang: string | undefined;
  args.forEach((a, i) => {
    if (a === '--lang') lang = args[i + 1];
    else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
  });
  return { lang, json: args.includes('--json') };
}

/** The width tables and the help are fitted to: the terminal's, else COLUMNS, else none. */
function widthOf(io: Io): number | undefined {
  if (io.terminalColumns !== undefined && io.terminalColumns > 0) return io.terminalColumns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}

/** The help's width where neither the terminal nor COLUMNS gives one. */
const HELP_WIDTH = 100;

interface State {
  /** The command being run, for the hint under a command-line error ("strategiegraph import --help"). */
  usage: string;
  code: number;
}

/** The commander program of COMMANDS, its help in `speech`'s language, its output to `io`. */
function program(speech: Speech, io: Io, state: State, lang: Lang | undefined): Command {
  const { help } = speech;
  const width = widthOf(io);
  // The usage line's and the command list's [options] and [command] in the language.
  const words = (text: string) =>
    text
      .split(' ')
      .map((word) => (word === '[options]' ? help.usageOptions : word === '[command]' ? help.usageCommand : word))
      .join(' ');
  const root = new Command('strategiegraph')
    .description(help.program)
    .exitOverride()
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      // The frame reports errors itself, in the CLI's language.
      outputError: () => {},
      getOutHelpWidth: () => width ?? HELP_WIDTH,
      getErrHelpWidth: () => width ?? HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp({
      styleTitle: (title: string) => help.titles[title as CliHelpTitle] ?? title,
      styleUsage: words,
      styleSubcommandTerm: words,
    })
    .helpOption('-h, --help', help.options.help)
    .helpCommand(`help ${help.usageCommand}`, help.helpCommand)
    .addHelpText('after', `\n${wrapText(help.exitCodes, width ?? HELP_WIDTH)}\n`);
  const follow = (parent: Command) => parent.hook('preSubcommand', (_parent, sub) => void (state.usage = `${state.usage} ${sub.name()}`));
  follow(root);
  addOption(root, LANG, speech);

  const parents = new Map<string, Command>([['', root]]);
  for (const spec of COMMANDS) {
    const path = spec.name.split(' ');
    const parentName = path.slice(0, -1).join(' ');
    let parent = parents.get(parentName);
    if (!parent) {
      parent = root.command(parentName).description(help.commands[parentName as CommandSpec['name']]);
      addOption(parent, LANG, speech);
      follow(parent);
      parents.set(parentName, parent);
    }
    const command = parent.command(path.at(-1)!).description(help.commands[spec.name]);
    for (const a of spec.args ?? []) {
      const { name, text } = help.arguments[a.key];
      const term = `${name}${a.variadic ? '...' : ''}`;
      command.argument(a.optional ? `[${term}]` : `<${term}>`, text);
    }
    const options = [...(spec.options ?? []), ...(spec.json ? [JSON_OPTION] : []), ...(spec.quiet ? [QUIET] : []), LANG];
    if (spec.passThrough) command.passThroughOptions().allowUnknownOption();
    else for (const o of options) addOption(command, o, speech);
    command.action(async (...params: unknown[]) => {
      const self = params.at(-1) as Command;
      state.code = await run(spec, self, speech, io, width, lang);
    });
  }
  return root;
}

function addOption(command: Command, option: OptionSpec, speech: Speech): void {
  const text = format(speech.help.options[option.help], option.helpParams);
  const flag = option.flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;
  const add = (option.required ? command.requiredOption : command.option).bind(command);
  if (option.parse) add(option.flags, text, option.parse(speech, flag));
  else add(option.flags, text);
}

/**
 * Runs a command with what the frame parsed and the configuration (a bad one is exit 64, as a bad
 * STRATEGIEGRAPH_LANG is when --lang does not say: both are checked where a command runs, not for --help).
 */
async function run(spec: CommandSpec, self: Command, speech: Speech, io: Io, width: number | undefined, lang: Lang | undefined): Promise<number> {
  const config = loadConfig(io.env);
  if (lang === undefined && config.cliLang !== undefined && !isLang(config.cliLang)) {
    throw new UsageError(speech.say('langEnv', { values: LANGS.join(', '), value: config.cliLang }));
  }
  const options = self.opts();
  const context: CommandContext = {
    args: self.processedArgs.flatMap((a: unknown) => (a === undefined ? [] : Array.isArray(a) ? (a as string[]) : [a as string])),
    options,
    speech,
    io,
    config,
    progress: (line) => {
      if (!options.quiet) io.err(`${line}\n`);
    },
    width,
  };
  return spec.run(context);
}

/** A command-line error commander found, in the CLI's language (its message's quoted parts filled in). */
function commanderText(error: CommanderError, speech: Speech): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const similar = /\(Did you mean (?:one of )?(.+?)\?\)/.exec(error.message)?.[1];
  const suggestion = similar ? speech.say('suggestion', { name: similar }) : '';
  switch (error.code) {
    case 'commander.unknownOption':
      return speech.say('unknownOption', { option: quoted[0] ?? '' }) + suggestion;
    case 'commander.unknownCommand':
      return speech.say('unknownCommand', { command: quoted[0] ?? '' }) + suggestion;
    case 'commander.missingArgument':
      return speech.say('missingArgument', { argument: quoted[0] ?? '' });
    case 'commander.optionMissingArgument':
      return speech.say('optionMissingArgument', { option: quoted[0] ?? '' });
    case 'commander.missingMandatoryOptionValue':
      return speech.say('missingOption', { option: quoted[0] ?? '' });
    case 'commander.excessArguments': {
      const [, expected = '?', got = '?'] = /Expected (\d+) arguments? but got (\d+)/.exec(error.message) ?? [];
      return speech.say('excessArguments', { expected, got });
    }
    default:
      return error.message.replace(/^error: /, '');
  }
}

interface Described {
  readonly code: string;
  readonly text: string;
  /** --json's message: without the problem lines, which --json gives as `problems`. */
  readonly message: string;
  readonly problems?: readonly Problem[];
}

/** What went wrong, in the CLI's language, with the code the exit-code table maps. */
function describe(error: unknown, speech: Speech, state: State): Described {
  if (error instanceof ValidationError) {
    const message = speech.say('rejected');
    const lines = error.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
    return { code: error.code, message, text: `${message}\n${speech.say('problemsFound', { count: error.problems.length })}\n${lines}`, problems: error.problems };
  }
  const plain = (code: string, text: string): Described => ({ code, text, message: text });
  if (error instanceof CommanderError) return plain('USAGE', `${commanderText(error, speech)}\n${speech.say('seeHelp', { usage: state.usage })}`);
  if (error instanceof CliError) return plain(error.code, error.message);
  if (error instanceof ConfigError) return plain('USAGE', error.message);
  // An API error: the code, what it means in the CLI's language, and the server's own (English) message.
  const said = (code: string, message: string) =>
    speech.say('error', { code, meaning: (speech.labels.errors as Record<string, string>)[code] ?? '', message });
  if (error instanceof DomainError) {
    // As the server would send it (wireError): the CLI in its own process speaks the API's codes and messages.
    const { code, message } = wireError(error);
    return plain(code, said(code, message));
  }
  if (error instanceof GraphQLRequestError) {
    const code = error.code ?? 'UNKNOWN';
    const first = error.errors[0];
    return plain(code, first ? said(code, first.message) : error.message);
  }
  return plain('FAILURE', error instanceof Error ? error.message : String(error));
}

/**
 * `strategiegraph <command> [...]`: the one frame of every command. It builds the commands' command lines and
 * --help from the catalogue in the chosen language (--lang, else STRATEGIEGRAPH_LANG, else German), runs the
 * command, and turns whatever it throws into a message (JSON on stdout with --json, else text on stderr) and the
 * exit code of the one table (exit-codes.ts). Returns the exit code.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const peeked = peek(argv);
  const lang = isLang(peeked.lang) ? peeked.lang : undefined;
  const configured = io.env.STRATEGIEGRAPH_LANG;
  const speech = speechOf(lang ?? (isLang(configured) ? configured : 'de'));
  const state: State = { usage: 'strategiegraph', code: EXIT.ok };
  try {
    await program(speech, io, state, lang).parseAsync(argv.length === 0 ? ['--help'] : [...argv], { from: 'user' });
    return state.code;
  } catch (error) {
    // --help (and `help`) end by throwing; what they print is the answer. A command without its subcommand
    // (`keys`) prints its help on stderr: a wrong command line.
    if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { code, text, message, problems } = describe(error, speech, state);
    const exitCode = exitCodeOf(code);
    // The routes' error body (errorBody), the exit code and the problems among its details.
    if (peeked.json) io.out(`${JSON.stringify(errorBody('route', { code, message, details: { exitCode, ...(problems ? { problems } : {}) } }), null, 2)}\n`);
    else io.err(`${text}\n`);
    return exitCode;
  }
}
