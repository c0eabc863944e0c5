import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Config } from '../../config/index.js';
import { CSV_DIALECTS, DEFAULT_CSV_DIALECT, isCsvDialect } from '../../graph/index.js';
import { openApi, serverUrl, type Api } from '../api.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { render, wrapText, type OutputFormat, type QueryOutput } from '../output.js';
import type { Command } from './command.js';
import { speechOf, type Speech } from '../speech.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface QueryInput {
  readonly args: readonly string[];
  readonly depth: number;
  readonly values: Readonly<Record<string, unknown>>;
  /** A line on stderr (silenced by --quiet), e.g. how far paging got. */
  readonly progress: (message: string) => void;
  /** The CLI's language (--lang). */
  readonly speech: Speech;
}

/** A command that runs GraphQL operations and prints what they found. */
export interface QuerySpec {
  readonly name: string;
  /** Positional arguments, e.g. ['<node>']. */
  readonly args: readonly string[];
  readonly summary: string;
  /** The default of --depth; commands without one take no --depth. */
  readonly depth?: number;
  /** Whether the answer has paths (and so --mermaid). */
  readonly paths: boolean;
  readonly options?: Options;
  readonly optionsUsage?: string;
  fetch(api: Api, input: QueryInput): Promise<QueryOutput>;
}

const COMMON: Options = {
  depth: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  'csv-dialect': { type: 'string' },
  mermaid: { type: 'boolean' },
  url: { type: 'string' },
  local: { type: 'boolean' },
  token: { type: 'string' },
  wide: { type: 'boolean' },
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
};

const found = (output: QueryOutput) => output.found ?? output.rows.length > 0;

/**
 * The width tables are fitted to: the terminal's, or COLUMNS; none (every cell whole) when stdout is a pipe or
 * file and COLUMNS is unset, as a program or a spreadsheet reading it wants every cell.
 */
function terminalWidth(): number | undefined {
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns;
  const columns = Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}

/**
 * The shared frame of search, touching, impact, path and show: options, the API (in-process or --url),
 * the output format, progress on stderr (--quiet silences it) and the exit code (3 when nothing was found).
 */
export function queryCommand(spec: QuerySpec): Command {
  const usage =
    `${spec.name} ${spec.args.join(' ')}${spec.optionsUsage ? ` ${spec.optionsUsage}` : ''}` +
    `${spec.depth === undefined ? '' : ' [--depth N]'} [--json|--csv [--csv-dialect ${CSV_DIALECTS.join('|')}]${spec.paths ? '|--mermaid' : ''}] [--wide] [--lang de|en] [--url URL [--token T]|--local]`;
  return {
    name: spec.name,
    usage,
    summary: spec.summary,
    async run(argv: readonly string[], config: Config): Promise<number> {
      let parsed;
      try {
        parsed = parseArgs({ args: [...argv], options: { ...COMMON, ...spec.options }, allowPositionals: true, strict: true });
      } catch (error) {
        throw new UsageError(`${(error as Error).message}\nusage: strategiegraph ${usage}`);
      }
      const { values, positionals } = parsed;
      if (positionals.length !== spec.args.length) throw new UsageError(`usage: strategiegraph ${usage}`);
      const formats = (['json', 'csv', 'mermaid'] as const).filter((f) => values[f]);
      if (formats.length > 1) throw new UsageError('choose one of --json, --csv and --mermaid');
      const format: OutputFormat = formats[0] ?? 'table';
      if (format === 'mermaid' && !spec.paths) throw new UsageError(`${spec.name} has no paths to draw; --mermaid works with touching, impact, path and show`);
      if (values.depth !== undefined && spec.depth === undefined) throw new UsageError(`${spec.name} takes no --depth`);
      const depthText = (values.depth as string | undefined) ?? String(spec.depth ?? 1);
      if (!/^\d+$/.test(depthText)) throw new UsageError(`--depth must be a whole number, got '${depthText}'`);
      if (values.token !== undefined && values.url === undefined) throw new UsageError('--token goes with --url');
      if (values.local && values.url !== undefined) throw new UsageError('choose one of --url and --local');
      if (values.wide && format !== 'table') throw new UsageError('--wide goes with the table (not --json, --csv or --mermaid)');
      const dialect = values['csv-dialect'] ?? DEFAULT_CSV_DIALECT;
      if (values['csv-dialect'] !== undefined && format !== 'csv') throw new UsageError('--csv-dialect goes with --csv');
      if (!isCsvDialect(dialect)) throw new UsageError(`--csv-dialect must be one of ${CSV_DIALECTS.join(', ')}`);

      const speech = speechOf(values.lang as string | undefined, config.cliLang);
      const progress = (message: string) => {
        if (!values.quiet) process.stderr.write(`${message}\n`);
      };
      const url = await serverUrl(config, { url: values.url as string | undefined, local: values.local as boolean | undefined });
      const token = (values.token as string | undefined) ?? (url === undefined ? undefined : config.cliToken);
      const api = await openApi(config, { url, token, progress, connecting: speech.say('connecting') });
      // Which way it runs, first: above the table, or on stderr where stdout is for a program (--json, --csv …).
      const where =
        'server' in api.where ? speech.say('serverAt', { command: spec.name, url: api.where.server }) : speech.say('inProcess', { command: spec.name, uri: api.where.neo4j });
      if (format !== 'table') progress(where);
      try {
        const started = performance.now();
        const running = { command: spec.name, args: positionals.map((p) => ` ${p}`).join(''), depth: depthText };
        progress(speech.say(spec.depth === undefined ? 'running' : 'runningDepth', running));
        const output = await spec.fetch(api, { args: positionals, depth: Number(depthText), values, progress, speech });
        progress(speech.say('rowsIn', { rows: output.rows.length, ms: Math.round(performance.now() - started) }));
        const width = values.wide ? undefined : terminalWidth();
        process.stdout.write((format === 'table' ? `${wrapText(where, width)}\n\n` : '') + render(format, output, dialect, speech, width));
        return found(output) ? EXIT.ok : EXIT.noResult;
      } finally {
        await api.close();
      }
    },
  };
}
