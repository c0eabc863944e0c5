import { parseArgs } from 'node:util';
import { Importer, type Counts, type ImportSummary } from '../../graph/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Command } from './command.js';

function table(title: string, rows: Readonly<Record<string, Counts>>): string {
  const names = Object.keys(rows).sort();
  if (names.length === 0) return `${title}: none\n`;
  const width = Math.max(title.length, ...names.map((n) => n.length));
  const line = (a: string, b: string, c: string, d: string) => `  ${a.padEnd(width)}  ${b.padStart(8)} ${c.padStart(8)} ${d.padStart(10)}\n`;
  return line(title, 'created', 'updated', 'unchanged') + names.map((n) => line(n, ...([rows[n]!.created, rows[n]!.updated, rows[n]!.unchanged].map(String) as [string, string, string]))).join('');
}

export function formatSummary(s: ImportSummary): string {
  const head = s.dryRun
    ? `Dry run of ${s.files.length} file(s): nothing was written. The import would do this:`
    : `Imported ${s.files.length} file(s) in one transaction:`;
  return `${head}\n${table('nodes', s.nodes)}${table('relationships', s.relationships)}`;
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import <file-or-folder>... [--dry-run]',
  summary: 'validate YAML/JSON files, then write them in one transaction',
  async run(args, config) {
    const { values, positionals } = parseArgs({ args: [...args], options: { 'dry-run': { type: 'boolean' } }, allowPositionals: true });
    if (positionals.length === 0) throw new UsageError('usage: strategiegraph import <file-or-folder>... [--dry-run]');
    const graph = await connect(config);
    try {
      let lastReport = 0;
      const summary = await new Importer(graph.executor).importPaths(positionals, {
        dryRun: values['dry-run'] ?? false,
        afterBatch: (done, total) => {
          // First batch, last batch and at most one line per second in between.
          if (done === 1 || done === total || Date.now() - lastReport > 1000) {
            lastReport = Date.now();
            process.stderr.write(`writing batch ${done} of ${total} (one transaction, nothing is visible until the end)\n`);
          }
        },
      });
      process.stdout.write(formatSummary(summary));
      return EXIT.ok;
    } finally {
      await graph.close();
    }
  },
};
