import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { STREAMED_TRAVERSALS } from '../../domain/index.js';
import {
  CSV_DIALECTS,
  EXPORT_FORMATS,
  TRAVERSAL_FORMATS,
  exportGraph,
  resolveTraversalNode,
  streamTraversal,
  traversalExport,
  type CsvDialect,
  type ExportFormat,
  type ExportStep,
} from '../../graph/index.js';
import { NodeRepository, newStats, resolveReference } from '../../graph/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Speech } from '../speech.js';
import type { CommandContext, CommandSpec } from './command.js';
import { calendarDay, oneOf, wholeNumber } from './options.js';

/** An export's step as a progress line in the CLI's language. */
function stepLine(step: ExportStep, speech: Speech): string {
  switch (step.step) {
    case 'around':
      return speech.say('exportAround', { depth: step.depth, id: step.id });
    case 'reading':
      return step.nodes === null ? speech.say('exportReadingAll') : speech.say('exportReadingSome', { nodes: step.nodes });
    case 'writing':
      return speech.say('exportWriting', { nodes: step.nodes, relationships: step.relationships, format: step.format });
  }
}

const TRAVERSAL_ONLY = ['of', 'maxDepth', 'statedOnly'] as const;
const TRAVERSAL_FLAG: Record<(typeof TRAVERSAL_ONLY)[number], string> = { of: '--of', maxDepth: '--max-depth', statedOnly: '--stated-only' };

/**
 * `export`: the whole graph, or the neighbourhood of a node, as files. Without --out a single-file format
 * goes to stdout; CSV (one file per kind and relationship type, in German Excel's dialect unless --csv-dialect
 * rfc4180) and XLSX (a workbook, one sheet each) need --out. With --traversal, the rows of a traversal, streamed.
 */
export const exportCommand: CommandSpec = {
  name: 'export',
  options: [
    { flags: '--format <FORMAT>', help: 'format', parse: oneOf([...new Set([...EXPORT_FORMATS, ...TRAVERSAL_FORMATS])]) },
    { flags: '--csv-dialect <DIALECT>', help: 'exportCsvDialect', parse: oneOf(CSV_DIALECTS) },
    { flags: '--out <DIR>', help: 'out' },
    { flags: '--node <REF>', help: 'node' },
    { flags: '--depth <N>', help: 'exportDepth', parse: wholeNumber },
    { flags: '--as-of <YYYY-MM-DD>', help: 'exportValidAt', parse: calendarDay },
    { flags: '--traversal <NAME>', help: 'traversal', parse: oneOf(Object.keys(STREAMED_TRAVERSALS)) },
    { flags: '--of <REF>', help: 'of' },
    { flags: '--max-depth <N>', help: 'traversalDepth' },
    { flags: '--stated-only', help: 'statedOnly' },
  ],
  quiet: true,
  async run(context) {
    const { options, speech, config, progress, io } = context;
    if (options.traversal !== undefined) {
      if (options.node !== undefined || options.depth !== undefined) {
        throw new UsageError(speech.say('goesWith', { option: '--node/--depth', other: '--format' }));
      }
      return exportTraversal(context);
    }
    const stray = TRAVERSAL_ONLY.find((o) => options[o] !== undefined);
    if (stray) throw new UsageError(speech.say('goesWith', { option: TRAVERSAL_FLAG[stray], other: '--traversal' }));
    if (options.format === undefined) throw new UsageError(speech.say('exportNeedsFormat'));
    const format = options.format as ExportFormat;
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(speech.say('mustBeOneOf', { option: '--format', values: EXPORT_FORMATS.join(', '), value: format }));
    const out = options.out as string | undefined;
    const node = options.node as string | undefined;
    if (format === 'csv' && out === undefined) throw new UsageError(speech.say('csvNeedsOut'));
    if (format === 'xlsx' && out === undefined) throw new UsageError(speech.say('xlsxNeedsOut'));
    const csvDialect = options.csvDialect as CsvDialect | undefined;
    if (csvDialect !== undefined && format !== 'csv') throw new UsageError(speech.say('goesWith', { option: '--csv-dialect', other: '--format csv' }));
    if (options.depth !== undefined && node === undefined) throw new UsageError(speech.say('goesWith', { option: '--depth', other: '--node' }));

    const validAt = options.asOf as string | undefined;

    const graph = await connect(config, speech);
    try {
      // The node reference resolves at the export's date (every fact without one).
      const at = { ...newStats(), validAt: validAt ?? null };
      const around = node === undefined ? undefined : { id: (await resolveReference(new NodeRepository(graph.executor, at), node, 'node')).id, depth: (options.depth as number | undefined) ?? 1 };
      const result = await exportGraph(graph.executor, {
        format,
        around,
        ...(validAt === undefined ? {} : { validAt }),
        publicBaseUrl: config.linkedData.publicBaseUrl,
        csvDialect,
        progress: (step) => progress(stepLine(step, speech)),
      });
      if (out === undefined) {
        io.out(result.files[0]!.content);
      } else {
        mkdirSync(out, { recursive: true });
        for (const file of result.files) {
          writeFileSync(join(out, file.name), file.content);
          progress(speech.say('wrote', { file: join(out, file.name) }));
        }
      }
      progress(speech.say('exported', { nodes: result.nodes, relationships: result.relationships }));
      return EXIT.ok;
    } finally {
      await graph.close();
    }
  },
};

/**
 * `export --traversal impact|projectsTouching --of REF`: every row of the traversal, streamed as the executor pulls
 * them (the same rows and checks as GET /traversals/…), NDJSON unless --format csv, to stdout or --out FILE; each
 * line is written when the one before it has been taken (a slow pipe holds the statement back).
 */
async function exportTraversal({ options, speech, config, progress, io }: CommandContext): Promise<number> {
  if (options.of === undefined) throw new UsageError(speech.say('traversalNeedsOf'));
  const request = traversalExport(options.traversal as string, {
    ref: options.of as string,
    maxDepth: options.maxDepth as string | undefined,
    evidence: options.statedOnly ? 'STATED' : undefined,
    format: options.format as string | undefined,
    csvDialect: options.csvDialect as string | undefined,
    asOf: options.asOf as string | undefined,
  });
  const graph = await connect(config, speech);
  try {
    const node = await resolveTraversalNode(graph.executor, request);
    const file = options.out as string | undefined;
    const out = file === undefined ? io.stdout : createWriteStream(file);
    const write = (text: string) => (out.write(text) ? undefined : once(out, 'drain'));
    const rows = await streamTraversal(graph.executor, request, node.id, write);
    if (out !== io.stdout) {
      out.end();
      await finished(out);
      progress(speech.say('wrote', { file: file! }));
    }
    progress(speech.say('exportedRows', { rows, traversal: request.traversal, name: node.name, id: node.id }));
    return EXIT.ok;
  } finally {
    await graph.close();
  }
}
