import { Importer, expandPaths, type Counts, type ImportSummary } from '../../graph/index.js';
import { connect } from '../connect.js';
import { EXIT } from '../exit-codes.js';
import type { Speech } from '../speech.js';
import type { CommandSpec } from './command.js';

function table(title: string, rows: Readonly<Record<string, Counts>>, kept: boolean, speech: Speech): string {
  const names = Object.keys(rows).sort();
  if (names.length === 0) return `${speech.say('importNone', { title })}\n`;
  const len = (text: string) => [...text].length;
  const headings = speech.texts.importColumns;
  const widths = [
    Math.max(len(title), ...names.map(len)),
    Math.max(8, len(headings.created)),
    Math.max(8, len(headings.updated)),
    Math.max(10, len(headings.unchanged)),
    Math.max(6, len(headings.kept)),
  ];
  const left = (c: string, w: number) => c + ' '.repeat(Math.max(0, w - len(c)));
  const right = (c: string, w: number) => ' '.repeat(Math.max(0, w - len(c))) + c;
  const line = (cells: readonly string[]) =>
    `  ${left(cells[0]!, widths[0]!)}  ${right(cells[1]!, widths[1]!)} ${right(cells[2]!, widths[2]!)} ${right(cells[3]!, widths[3]!)}${kept ? ` ${right(cells[4]!, widths[4]!)}` : ''}\n`;
  const counts = (c: Counts) => [c.created, c.updated, c.unchanged, c.kept].map(String);
  return line([title, headings.created, headings.updated, headings.unchanged, headings.kept]) + names.map((n) => line([n, ...counts(rows[n]!)])).join('');
}

/** The nodes changed through the API since their last import, one line each. */
function editedLines(s: ImportSummary, speech: Speech): string {
  if (s.edited.length === 0) return '';
  const kept = s.edited.filter((e) => e.kept).length;
  const what = speech.say(kept > 0 ? 'editedKept' : s.dryRun ? 'editedWouldReplace' : 'editedReplaced');
  const head = `${speech.say('editedHead', { count: s.edited.length, what })}\n`;
  return head + s.edited.map((e) => `  ${speech.say('editedLine', { id: e.id, kind: e.kind, operation: e.operation, at: e.at })}\n`).join('');
}

function formatSummary(s: ImportSummary, speech: Speech): string {
  const head = speech.say(s.dryRun ? 'importDryRun' : 'imported', { files: s.files.length });
  const kept = s.edited.some((e) => e.kept);
  return `${head}\n${table(speech.say('importNodes'), s.nodes, kept, speech)}${table(speech.say('importRelationships'), s.relationships, false, speech)}${editedLines(s, speech)}`;
}

export const importCommand: CommandSpec = {
  name: 'import',
  args: [{ key: 'importPaths', variadic: true }],
  options: [
    { flags: '--dry-run', help: 'dryRun' },
    { flags: '--keep-edits', help: 'keepEdits' },
  ],
  json: true,
  quiet: true,
  async run({ args, options, speech, config, progress, io }) {
    // Paths that do not exist are rejected input (exit 2), found before connecting to anything.
    const files = expandPaths(args);
    const graph = await connect(config, speech);
    try {
      let lastReport = 0;
      const summary = await new Importer(graph.executor).importPaths(files, {
        dryRun: options.dryRun === true,
        keepEdits: options.keepEdits === true,
        afterBatch: (done, total) => {
          // First batch, last batch and at most one line per second in between.
          if (done === 1 || done === total || Date.now() - lastReport > 1000) {
            lastReport = Date.now();
            progress(speech.say('importBatch', { done, total }));
          }
        },
      });
      io.out(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, speech));
      return EXIT.ok;
    } finally {
      await graph.close();
    }
  },
};
