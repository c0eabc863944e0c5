import { parseArgs } from 'node:util';
import {
  KIND_INFO,
  PARTIAL_DATE,
  ValidationError,
  newestRetrieved,
  qualityReport,
  type GraphDocument,
  type KindQuality,
  type QualityReport,
} from '../../domain/index.js';
import { expandPaths, readImportFile } from '../../graph/index.js';
import { ExportRepository } from '../../graph/repositories/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Command } from './command.js';

const USAGE = 'check [PATH...] [--as-of YYYY-MM-DD] [--json] [--quiet]';

/** The import files at `paths` as one document; invalid files are rejected as `import` rejects them. */
export function documentOfFiles(paths: readonly string[]): GraphDocument {
  const files = expandPaths(paths).map((f) => readImportFile(f));
  const problems = files.flatMap((f) => f.problems);
  if (problems.length > 0) throw new ValidationError(problems);
  return { nodes: files.flatMap((f) => f.nodes.map((n) => n.record)), relationships: files.flatMap((f) => f.relationships.map((r) => r.record)) };
}

/** The report for `doc`, as of `asOf` or else the day of its newest retrieved source. */
export function reportOf(doc: GraphDocument, asOf?: string): QualityReport {
  const day = asOf ?? newestRetrieved(doc);
  if (day === undefined) throw new UsageError('no source carries a retrieved date: give --as-of YYYY-MM-DD');
  return qualityReport(doc, day);
}

const share = (n: number, of: number) => (of === 0 ? '–' : `${n} (${Math.round((100 * n) / of)} %)`);

/** The columns of the quality table, the same on the command line and in docs/data-quality.md. */
export function qualityRows(report: QualityReport): { columns: string[]; rows: string[][] } {
  const row = (label: string, q: Omit<KindQuality, 'kind'>) => {
    const facts = q.nodes + q.relationships;
    return [label, String(q.nodes), String(q.relationships), share(q.singleSource, facts), share(q.inferred, facts), String(q.contested), share(q.olderThanAYear, facts), share(q.withoutPublished, facts)];
  };
  return {
    columns: ['kind', 'nodes', 'relationships', 'single source', 'inferred', 'open conflicts', 'published > 1 year ago', 'no published date'],
    rows: [...report.kinds.map((k) => row(KIND_INFO[k.kind].german === k.kind ? k.kind : `${k.kind} (${KIND_INFO[k.kind].german})`, k)), row('all', report.total)],
  };
}

/**
 * `check`: how well the graph's facts are evidenced, per kind. Without paths it reads the database; with paths the
 * import files (validated first, as `import` does).
 */
export const checkCommand: Command = {
  name: 'check',
  usage: USAGE,
  summary: 'data quality per kind: single-source, inferred and contested facts, facts published over a year ago',
  async run(args, config) {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\nusage: strategiegraph ${USAGE}`);
    }
    const { values, positionals } = parsed;
    const asOf = values['as-of'];
    if (asOf !== undefined && !(PARTIAL_DATE.test(asOf) && asOf.length === 10)) throw new UsageError(`--as-of must be a day YYYY-MM-DD, got '${asOf}'`);
    const progress = (message: string) => {
      if (!values.quiet) process.stderr.write(`${message}\n`);
    };
    let doc: GraphDocument;
    if (positionals.length > 0) {
      doc = documentOfFiles(positionals);
    } else {
      const graph = await connect(config);
      try {
        progress('reading the graph…');
        doc = await new ExportRepository(graph.executor).document(null);
      } finally {
        await graph.close();
      }
    }
    const report = reportOf(doc, asOf);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return EXIT.ok;
    }
    const { columns, rows } = qualityRows(report);
    const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
    process.stdout.write(
      `Data quality as of ${report.asOf} (a fact is a node or a relationship; relationships count with the kind they start at)\n\n` +
        [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') +
        `\n\nOpen conflicts (${report.conflicts.length}):\n` +
        (report.conflicts.map((c) => `  ${c.entity}: ${c.note ?? '(no note)'}\n`).join('') || '  none\n'),
    );
    return EXIT.ok;
  },
};
