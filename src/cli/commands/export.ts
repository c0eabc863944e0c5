import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { STREAMED_TRAVERSALS } from '../../domain/index.js';
import {
  CSV_DIALECTS,
  EXPORT_FORMATS,
  TRAVERSAL_FORMATS,
  exportGraph,
  isCsvDialect,
  isExportFormat,
  resolveTraversalNode,
  streamTraversal,
  traversalExport,
} from '../../graph/index.js';
import { NodeRepository, resolveReference } from '../../graph/repositories/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Command } from './command.js';

const TRAVERSAL_USAGE =
  `export --traversal ${Object.keys(STREAMED_TRAVERSALS).join('|')} --of REF [--max-depth N] [--stated-only] ` +
  `[--format ${TRAVERSAL_FORMATS.join('|')} [--csv-dialect ${CSV_DIALECTS.join('|')}]] [--out FILE] [--quiet]`;
const USAGE = `export --format ${EXPORT_FORMATS.join('|')} [--csv-dialect ${CSV_DIALECTS.join('|')}] [--out DIR] [--node REF [--depth N]] [--quiet]\n       strategiegraph ${TRAVERSAL_USAGE}`;
const TRAVERSAL_ONLY = ['of', 'max-depth', 'stated-only'] as const;

/**
 * `export`: the whole graph, or the neighbourhood of a node, as files. Without --out a single-file format
 * goes to stdout; CSV (one file per kind and relationship type, in German Excel's dialect unless --csv-dialect
 * rfc4180) and XLSX (a workbook, one sheet each) need --out.
 */
export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  summary: 'the graph or a neighbourhood as JSON (import format), CSV, XLSX, GraphML, Cypher, ArchiMate or RDF (Turtle, JSON-LD, N-Triples)',
  async run(args, config) {
    let values;
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: {
          format: { type: 'string' },
          'csv-dialect': { type: 'string' },
          out: { type: 'string' },
          node: { type: 'string' },
          depth: { type: 'string' },
          traversal: { type: 'string' },
          of: { type: 'string' },
          'max-depth': { type: 'string' },
          'stated-only': { type: 'boolean' },
          quiet: { type: 'boolean', short: 'q' },
        },
        strict: true,
      }));
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\nusage: strategiegraph ${USAGE}`);
    }
    const progress = (message: string) => {
      if (!values.quiet) process.stderr.write(`${message}\n`);
    };
    if (values.traversal !== undefined) {
      if (values.node !== undefined || values.depth !== undefined) throw new UsageError('--node and --depth go with the graph export, not --traversal (--of, --max-depth)');
      return exportTraversal(values, config, progress);
    }
    const stray = TRAVERSAL_ONLY.find((o) => values[o] !== undefined);
    if (stray) throw new UsageError(`--${stray} goes with --traversal\nusage: strategiegraph ${TRAVERSAL_USAGE}`);
    const format = values.format;
    if (!isExportFormat(format)) throw new UsageError(`usage: strategiegraph ${USAGE}`);
    if (format === 'csv' && values.out === undefined) throw new UsageError('--format csv writes one file per kind and relationship type: give --out DIR');
    if (format === 'xlsx' && values.out === undefined) throw new UsageError('--format xlsx writes a workbook (binary): give --out DIR');
    const csvDialect = values['csv-dialect'];
    if (csvDialect !== undefined && format !== 'csv') throw new UsageError('--csv-dialect goes with --format csv');
    if (csvDialect !== undefined && !isCsvDialect(csvDialect)) throw new UsageError(`--csv-dialect must be one of ${CSV_DIALECTS.join(', ')}`);
    if (values.depth !== undefined && values.node === undefined) throw new UsageError('--depth goes with --node');
    if (values.depth !== undefined && !/^\d+$/.test(values.depth)) throw new UsageError(`--depth must be a whole number, got '${values.depth}'`);

    const graph = await connect(config);
    try {
      const around = values.node === undefined
        ? undefined
        : { id: (await resolveReference(new NodeRepository(graph.executor), values.node, 'node')).id, depth: Number(values.depth ?? 1) };
      const result = await exportGraph(graph.executor, {
        format,
        around,
        publicBaseUrl: config.linkedData.publicBaseUrl,
        csvDialect,
        progress: (m) => progress(`${m}…`),
      });
      if (values.out === undefined) {
        process.stdout.write(result.files[0]!.content);
      } else {
        mkdirSync(values.out, { recursive: true });
        for (const file of result.files) {
          writeFileSync(join(values.out, file.name), file.content);
          progress(`wrote ${join(values.out, file.name)}`);
        }
      }
      progress(`exported ${result.nodes} nodes and ${result.relationships} relationships`);
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
async function exportTraversal(
  values: { traversal?: string; of?: string; 'max-depth'?: string; 'stated-only'?: boolean; format?: string; 'csv-dialect'?: string; out?: string },
  config: Parameters<Command['run']>[1],
  progress: (message: string) => void,
): Promise<number> {
  if (values.of === undefined) throw new UsageError(`--traversal needs --of REF\nusage: strategiegraph ${TRAVERSAL_USAGE}`);
  const request = traversalExport(values.traversal!, {
    ref: values.of,
    maxDepth: values['max-depth'],
    evidence: values['stated-only'] ? 'STATED' : undefined,
    format: values.format,
    csvDialect: values['csv-dialect'],
  });
  const graph = await connect(config);
  try {
    const node = await resolveTraversalNode(graph.executor, request);
    const out = values.out === undefined ? process.stdout : createWriteStream(values.out);
    const write = (text: string) => (out.write(text) ? undefined : once(out, 'drain'));
    const rows = await streamTraversal(graph.executor, request, node.id, write);
    if (out !== process.stdout) {
      out.end();
      await finished(out);
      progress(`wrote ${values.out}`);
    }
    progress(`exported ${rows} rows of ${request.traversal} of ${node.name} (${node.id})`);
    return EXIT.ok;
  } finally {
    await graph.close();
  }
}
