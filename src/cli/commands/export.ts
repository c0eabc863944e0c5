import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CSV_DIALECTS, EXPORT_FORMATS, exportGraph, isCsvDialect, isExportFormat } from '../../graph/index.js';
import { NodeRepository, resolveReference } from '../../graph/repositories/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Command } from './command.js';

const USAGE = `export --format ${EXPORT_FORMATS.join('|')} [--csv-dialect ${CSV_DIALECTS.join('|')}] [--out DIR] [--node REF [--depth N]] [--quiet]`;

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
        options: { format: { type: 'string' }, 'csv-dialect': { type: 'string' }, out: { type: 'string' }, node: { type: 'string' }, depth: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
        strict: true,
      }));
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\nusage: strategiegraph ${USAGE}`);
    }
    const format = values.format;
    if (!isExportFormat(format)) throw new UsageError(`usage: strategiegraph ${USAGE}`);
    if (format === 'csv' && values.out === undefined) throw new UsageError('--format csv writes one file per kind and relationship type: give --out DIR');
    if (format === 'xlsx' && values.out === undefined) throw new UsageError('--format xlsx writes a workbook (binary): give --out DIR');
    const csvDialect = values['csv-dialect'];
    if (csvDialect !== undefined && format !== 'csv') throw new UsageError('--csv-dialect goes with --format csv');
    if (csvDialect !== undefined && !isCsvDialect(csvDialect)) throw new UsageError(`--csv-dialect must be one of ${CSV_DIALECTS.join(', ')}`);
    if (values.depth !== undefined && values.node === undefined) throw new UsageError('--depth goes with --node');
    if (values.depth !== undefined && !/^\d+$/.test(values.depth)) throw new UsageError(`--depth must be a whole number, got '${values.depth}'`);
    const progress = (message: string) => {
      if (!values.quiet) process.stderr.write(`${message}\n`);
    };

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
