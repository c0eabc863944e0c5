import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_DIALECTS, EXPORT_FORMATS, exportGraph, type CsvDialect, type ExportFormat, type ExportStep } from '../../graph/index.js';
import { NodeRepository, resolveReference } from '../../graph/repositories/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Speech } from '../speech.js';
import type { CommandSpec } from './command.js';
import { oneOf, wholeNumber } from './options.js';

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

/**
 * `export`: the whole graph, or the neighbourhood of a node, as files. Without --out a single-file format
 * goes to stdout; CSV (one file per kind and relationship type, in German Excel's dialect unless --csv-dialect
 * rfc4180) and XLSX (a workbook, one sheet each) need --out.
 */
export const exportCommand: CommandSpec = {
  name: 'export',
  options: [
    { flags: '--format <FORMAT>', help: 'format', parse: oneOf(EXPORT_FORMATS), required: true },
    { flags: '--csv-dialect <DIALECT>', help: 'exportCsvDialect', parse: oneOf(CSV_DIALECTS) },
    { flags: '--out <DIR>', help: 'out' },
    { flags: '--node <REF>', help: 'node' },
    { flags: '--depth <N>', help: 'exportDepth', parse: wholeNumber },
  ],
  quiet: true,
  async run({ options, speech, config, progress, io }) {
    const format = options.format as ExportFormat;
    const out = options.out as string | undefined;
    const node = options.node as string | undefined;
    if (format === 'csv' && out === undefined) throw new UsageError(speech.say('csvNeedsOut'));
    if (format === 'xlsx' && out === undefined) throw new UsageError(speech.say('xlsxNeedsOut'));
    const csvDialect = options.csvDialect as CsvDialect | undefined;
    if (csvDialect !== undefined && format !== 'csv') throw new UsageError(speech.say('goesWith', { option: '--csv-dialect', other: '--format csv' }));
    if (options.depth !== undefined && node === undefined) throw new UsageError(speech.say('goesWith', { option: '--depth', other: '--node' }));

    const graph = await connect(config, speech);
    try {
      const around = node === undefined ? undefined : { id: (await resolveReference(new NodeRepository(graph.executor), node, 'node')).id, depth: (options.depth as number | undefined) ?? 1 };
      const result = await exportGraph(graph.executor, {
        format,
        around,
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
