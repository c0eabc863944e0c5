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
import { ExportRepository } from '../../graph/index.js';
import { QUALITY_COLUMNS, type CliTexts } from '../../domain/messages/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Speech } from '../speech.js';
import type { CommandSpec } from './command.js';

/** The import files at `paths` as one document; invalid files are rejected as `import` rejects them. */
export function documentOfFiles(paths: readonly string[]): GraphDocument {
  const files = expandPaths(paths).map((f) => readImportFile(f));
  const problems = files.flatMap((f) => f.problems);
  if (problems.length > 0) throw new ValidationError(problems);
  return { nodes: files.flatMap((f) => f.nodes.map((n) => n.record)), relationships: files.flatMap((f) => f.relationships.map((r) => r.record)) };
}

/** The report for `doc`, as of `asOf` or else the day of its newest retrieved source (undefined: no source has one). */
export function reportOf(doc: GraphDocument, asOf?: string): QualityReport | undefined {
  const day = asOf ?? newestRetrieved(doc);
  return day === undefined ? undefined : qualityReport(doc, day);
}

const share = (n: number, of: number) => (of === 0 ? '–' : `${n} (${Math.round((100 * n) / of)} %)`);

/**
 * The quality table, the same on the command line and in docs/data-quality.md (in English): its headings in
 * `texts`' language, a row per kind (in English the kind with its German name, "Theme (Themenfeld)"; in German the
 * German name), and the total.
 */
export function qualityRows(report: QualityReport, texts: CliTexts, kindLabel: (kind: KindQuality['kind']) => string): { columns: string[]; rows: string[][] } {
  const row = (label: string, q: Omit<KindQuality, 'kind'>) => {
    const facts = q.nodes + q.relationships;
    return [label, String(q.nodes), String(q.relationships), share(q.singleSource, facts), share(q.inferred, facts), String(q.contested), share(q.olderThanAYear, facts), share(q.withoutPublished, facts)];
  };
  return {
    columns: QUALITY_COLUMNS.map((c) => texts.quality[c]),
    rows: [...report.kinds.map((k) => row(kindLabel(k.kind), k)), row(texts.quality.all, report.total)],
  };
}

/** The English row label of a kind: its name, and its German one where that differs ("Theme (Themenfeld)"). */
export const englishKindLabel = (kind: KindQuality['kind']) => (KIND_INFO[kind].german === kind ? kind : `${kind} (${KIND_INFO[kind].german})`);
const kindLabelIn = (speech: Speech) => (speech.lang === 'en' ? englishKindLabel : (kind: KindQuality['kind']) => speech.labels.kinds[kind]);

/**
 * `check`: how well the graph's facts are evidenced, per kind. Without paths it reads the database; with paths the
 * import files (validated first, as `import` does).
 */
export const checkCommand: CommandSpec = {
  name: 'check',
  args: [{ key: 'checkPaths', optional: true, variadic: true }],
  options: [{ flags: '--as-of <YYYY-MM-DD>', help: 'asOf' }],
  json: true,
  quiet: true,
  async run({ args, options, speech, config, progress, io }) {
    const asOf = options.asOf as string | undefined;
    if (asOf !== undefined && !(PARTIAL_DATE.test(asOf) && asOf.length === 10)) throw new UsageError(speech.say('mustBeDay', { option: '--as-of', value: asOf }));
    let doc: GraphDocument;
    if (args.length > 0) {
      doc = documentOfFiles(args);
    } else {
      const graph = await connect(config, speech);
      try {
        progress(speech.say('readingGraph'));
        doc = await new ExportRepository(graph.executor).document(null);
      } finally {
        await graph.close();
      }
    }
    const report = reportOf(doc, asOf);
    if (!report) throw new UsageError(speech.say('noRetrieved'));
    if (options.json) {
      io.out(`${JSON.stringify(report, null, 2)}\n`);
      return EXIT.ok;
    }
    const { columns, rows } = qualityRows(report, speech.texts, kindLabelIn(speech));
    const len = (text: string) => [...text].length;
    const widths = columns.map((c, i) => Math.max(len(c), ...rows.map((r) => len(r[i]!))));
    const line = (cells: readonly string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - len(c))).join('  ').trimEnd();
    io.out(
      `${speech.say('qualityHeading', { date: report.asOf })}\n\n` +
        [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') +
        `\n\n${speech.say('conflictsHeading', { count: report.conflicts.length })}\n` +
        (report.conflicts.map((c) => `  ${c.entity}: ${c.note ?? speech.say('noNote')}\n`).join('') || `  ${speech.say('none')}\n`),
    );
    return EXIT.ok;
  },
};
