import { CSV_DIALECTS, DEFAULT_CSV_DIALECT, type CsvDialect } from '../../graph/index.js';
import type { CliCommandName } from '../../domain/messages/index.js';
import { openApi, serverUrl, type Api } from '../api.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { oneOf, wholeNumber } from './options.js';
import { render, wrapText, type OutputFormat, type QueryOutput } from '../output.js';
import type { ArgumentSpec, CommandSpec, OptionSpec } from './command.js';
import type { Speech } from '../speech.js';

export interface QueryInput {
  readonly args: readonly string[];
  readonly depth: number;
  readonly options: Readonly<Record<string, unknown>>;
  /** A line on stderr (silenced by --quiet), e.g. how far paging got. */
  readonly progress: (message: string) => void;
  /** The CLI's language (--lang). */
  readonly speech: Speech;
}

/** A command that runs GraphQL operations and prints what they found. */
export interface QuerySpec {
  readonly name: CliCommandName;
  readonly args: readonly ArgumentSpec[];
  /** The default of --depth; commands without one take no --depth. */
  readonly depth?: number;
  /** Whether the answer has paths (and so --mermaid). */
  readonly paths: boolean;
  readonly options?: readonly OptionSpec[];
  fetch(api: Api, input: QueryInput): Promise<QueryOutput>;
}

/** The output formats and where the operations run, the same for every query command. */
const OUTPUT: readonly OptionSpec[] = [
  { flags: '--csv', help: 'csv' },
  { flags: '--csv-dialect <DIALECT>', help: 'csvDialect', parse: oneOf(CSV_DIALECTS) },
  { flags: '--wide', help: 'wide' },
  { flags: '--url <URL>', help: 'url' },
  { flags: '--token <TOKEN>', help: 'token' },
  { flags: '--local', help: 'local' },
];
const MERMAID: OptionSpec = { flags: '--mermaid', help: 'mermaid' };

const found = (output: QueryOutput) => output.found ?? output.rows.length > 0;

/**
 * The shared frame of search, touching, impact, path, show, coverage and budget: the output format (a table,
 * --json, --csv, --mermaid), the API (in-process or --url), the line that says where it ran, and the exit code
 * (3 when nothing was found).
 */
export function queryCommand(spec: QuerySpec): CommandSpec {
  return {
    name: spec.name,
    args: spec.args,
    options: [
      ...(spec.options ?? []),
      ...(spec.depth === undefined ? [] : [{ flags: '--depth <N>', help: 'depth', helpParams: { default: spec.depth }, parse: wholeNumber } as const]),
      ...(spec.paths ? [MERMAID] : []),
      ...OUTPUT,
    ],
    json: true,
    quiet: true,
    async run({ args, options, speech, config, progress, io, width }) {
      const formats = (['json', 'csv', 'mermaid'] as const).filter((f) => options[f]);
      if (formats.length > 1) throw new UsageError(speech.say('oneFormat'));
      const format: OutputFormat = formats[0] ?? 'table';
      if (options.token !== undefined && options.url === undefined) throw new UsageError(speech.say('goesWith', { option: '--token', other: '--url' }));
      if (options.local && options.url !== undefined) throw new UsageError(speech.say('chooseOne', { a: '--url', b: '--local' }));
      if (options.wide && format !== 'table') throw new UsageError(speech.say('wideGoesWithTable'));
      if (options.csvDialect !== undefined && format !== 'csv') throw new UsageError(speech.say('goesWith', { option: '--csv-dialect', other: '--csv' }));
      const dialect = (options.csvDialect as CsvDialect | undefined) ?? DEFAULT_CSV_DIALECT;
      const depth = (options.depth as number | undefined) ?? spec.depth ?? 1;

      const url = await serverUrl(config, { url: options.url as string | undefined, local: options.local as boolean | undefined });
      const token = (options.token as string | undefined) ?? (url === undefined ? undefined : config.cliToken);
      const api = await openApi(config, { url, token, progress, speech });
      // Which way it runs, first: above the table, or on stderr where stdout is for a program (--json, --csv …).
      const where =
        'server' in api.where ? speech.say('serverAt', { command: spec.name, url: api.where.server }) : speech.say('inProcess', { command: spec.name, uri: api.where.neo4j });
      if (format !== 'table') progress(where);
      try {
        const started = performance.now();
        const running = { command: spec.name, args: args.map((p) => ` ${p}`).join(''), depth };
        progress(speech.say(spec.depth === undefined ? 'running' : 'runningDepth', running));
        const output = await spec.fetch(api, { args, depth, options, progress, speech });
        progress(speech.say('rowsIn', { rows: output.rows.length, ms: Math.round(performance.now() - started) }));
        const fit = options.wide ? undefined : width;
        io.out((format === 'table' ? `${wrapText(where, fit)}\n\n` : '') + render(format, output, dialect, speech, fit));
        return found(output) ? EXIT.ok : EXIT.noResult;
      } finally {
        await api.close();
      }
    },
  };
}
