import { parseArgs } from 'node:util';
import { Importer, expandPaths, type Counts, type ImportSummary } from '../../graph/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Command } from './command.js';

const USAGE = 'import <file-or-folder>... [--dry-run] [--keep-edits] [--json]';

function table(title: string, rows: Readonly<Record<string, Counts>>, kept: boolean): string {
  const names = Object.keys(rows).sort();
  if (names.length === 0) return `${title}: none\n`;
  const width = Math.max(title.length, ...names.map((n) => n.length));
  const line = (cells: readonly string[]) => `  ${cells[0]!.padEnd(width)}  ${cells[1]!.padStart(8)} ${cells[2]!.padStart(8)} ${cells[3]!.padStart(10)}${kept ? ` ${cells[4]!.padStart(6)}` : ''}\n`;
  const counts = (c: Counts) => [c.created, c.updated, c.unchanged, c.kept].map(String);
  return line([title, 'created', 'updated', 'unchanged', 'kept']) + names.map((n) => line([n, ...counts(rows[n]!)])).join('');
}

/** The nodes changed through the API since their last import, one line each. */
function editedLines(s: ImportSummary): string {
  if (s.edited.length === 0) return '';
  const kept = s.edited.filter((e) => e.kept).length;
  const verb = kept > 0 ? 'left alone (--keep-edits):' : s.dryRun ? 'the import would replace them (--keep-edits leaves them alone):' : 'replaced by the import:';
  const head = `${s.edited.length} node(s) changed through the API since they were last imported, ${verb}\n`;
  return head + s.edited.map((e) => `  ${e.id} (${e.kind}): ${e.operation} at ${e.at}\n`).join('');
}

export function formatSummary(s: ImportSummary): string {
  const head = s.dryRun
    ? `Dry run of ${s.files.length} file(s): nothing was written. The import would do this:`
    : `Imported ${s.files.length} file(s) in one transaction:`;
  const kept = s.edited.some((e) => e.kept);
  return `${head}\n${table('nodes', s.nodes, kept)}${table('relationships', s.relationships, false)}${editedLines(s)}`;
}

export const importCommand: Command = {
  name: 'import',
  usage: USAGE,
  summary: 'validate YAML/JSON files, then write them in one transaction',
  async run(args, config) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { 'dry-run': { type: 'boolean' }, 'keep-edits': { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError(`usage: strategiegraph ${USAGE}`);
    // Paths that do not exist are rejected input (exit 2), found before connecting to anything.
    const files = expandPaths(positionals);
    const graph = await connect(config);
    try {
      let lastReport = 0;
      const summary = await new Importer(graph.executor).importPaths(files, {
        dryRun: values['dry-run'] ?? false,
        keepEdits: values['keep-edits'] ?? false,
        afterBatch: (done, total) => {
          // First batch, last batch and at most one line per second in between.
          if (done === 1 || done === total || Date.now() - lastReport > 1000) {
            lastReport = Date.now();
            process.stderr.write(`writing batch ${done} of ${total} (one transaction, nothing is visible until the end)\n`);
          }
        },
      });
      process.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      return EXIT.ok;
    } finally {
      await graph.close();
    }
  },
};
