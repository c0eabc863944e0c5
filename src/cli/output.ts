import { isInferred, type Chain } from '../client/index.js';
import { csvTable, type Cell, type CsvDialect } from '../graph/index.js';
import type { CliColumn } from '../domain/messages/index.js';
import type { Speech } from './speech.js';

/** An API code with its label: tables show the label, --csv the code. */
export interface Labelled {
  readonly code: string;
  readonly text: string;
}
export type OutCell = Cell | Labelled;
const isLabelled = (c: OutCell): c is Labelled => typeof c === 'object' && c !== null && 'code' in c;

const OUTPUT_FORMATS = ['table', 'json', 'csv', 'mermaid'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What a query command found, ready for every output format. */
export interface QueryOutput {
  /** --json: the API's answer as it came. */
  readonly json: unknown;
  /** The table (default; headings in the CLI's language) and --csv (these keys, and the codes of labelled cells). */
  readonly columns: readonly CliColumn[];
  readonly rows: readonly (readonly OutCell[])[];
  /** --mermaid: the paths behind the rows (commands without paths reject --mermaid). */
  readonly paths?: readonly Chain[];
  /** Lines above the table. */
  readonly heading?: string;
  /** A line under the table. */
  readonly summary?: string;
  /** Whether the query found something; by default, whether there are rows. */
  readonly found?: boolean;
}

/** A cell's length on a terminal: one column per code point (the graph's texts have no wide characters). */
const len = (text: string) => [...text].length;

/** A heading's words up to this long are never broken (headings wrap like cells). */
const MAX_HEADING_WORD = 12;
/** Words (split at spaces and after hyphens) up to this long are never broken when a table narrows. */
const MAX_WORD = 16;

/** The length of the longest word of a cell, as wrap() breaks it. */
const longestWord = (text: string) => Math.max(0, ...text.split(/ |(?<=-)/).map(len));

/**
 * The widths that fit `total` columns (two spaces between cells): the widest column gives up a column at a time
 * until the table fits, none below its floor (its longest word up to MAX_WORD, its heading's up to
 * MAX_HEADING_WORD). A table whose floors are wider than the terminal stays as wide as its floors.
 */
function fitted(widths: readonly number[], floors: readonly number[], total: number): number[] {
  const fit = [...widths];
  let over = fit.reduce((a, w) => a + w, 0) + 2 * (fit.length - 1) - total;
  while (over > 0) {
    let widest = -1;
    for (let i = 0; i < fit.length; i++) if (fit[i]! > floors[i]! && (widest < 0 || fit[i]! > fit[widest]!)) widest = i;
    if (widest < 0) break;
    fit[widest]!--;
    over--;
  }
  return fit;
}

/**
 * `text` in lines of at most `width` columns, broken at a space or after a hyphen where it can ("zb-digitale-" /
 * "anwendungen"), inside a word where it must.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = [...text];
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width);
    const hyphen = rest.lastIndexOf('-', width - 1);
    const at = Math.max(space, hyphen + 1 > 1 ? hyphen + 1 : -1);
    const cut = at > 0 ? at : width;
    lines.push(rest.slice(0, cut).join('').trimEnd());
    rest = rest.slice(rest[cut] === ' ' ? cut + 1 : cut);
  }
  lines.push(rest.join(''));
  return lines;
}

/** Free text (a heading or summary) in lines of at most `width` columns; its own line breaks kept. */
export const wrapText = (text: string, width: number | undefined) =>
  width === undefined ? text : text.split('\n').flatMap((l) => (l === '' ? [''] : wrap(l, width))).join('\n');

/**
 * Columns padded to their widest cell. With a `width` (the terminal's), the widest columns narrow until the table
 * fits: their long cells and headings wrap onto further lines (nothing is cut) and a last line says so; without
 * one, every cell is whole on one line.
 */
function textTable(columns: readonly string[], rows: readonly (readonly Cell[])[], width: number | undefined, fittedNote: string): string {
  const text = rows.map((r) => r.map((c) => (c === undefined ? '' : String(c).replace(/\s+/g, ' '))));
  const cells = columns.map((_, i) => text.map((r) => len(r[i]!)));
  const natural = columns.map((h, i) => Math.max(len(h), ...cells[i]!));
  const floors = columns.map((h, i) => Math.max(Math.min(longestWord(h), MAX_HEADING_WORD), ...text.map((r) => Math.min(longestWord(r[i]!), MAX_WORD))));
  const widths = width === undefined ? natural : fitted(natural, floors, width);
  const pad = (c: string, i: number, last: boolean) => (last ? c : c + ' '.repeat(widths[i]! - len(c)));
  const line = (parts: readonly string[]) => parts.map((c, i) => pad(c, i, i === parts.length - 1)).join('  ').trimEnd();
  const lines: string[] = [];
  const block = (cells: readonly string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) lines.push(line(wrapped.map((w) => w[k] ?? '')));
  };
  block(columns);
  lines.push(line(widths.map((w) => '-'.repeat(w))));
  for (const row of text) block(row);
  if (widths.some((w, i) => w < natural[i]!)) lines.push(fittedNote);
  return lines.map((l) => `${l}\n`).join('');
}

const label = (text: string) => text.replace(/"/g, '#quot;');

/** A Mermaid flowchart of the paths: each node once, each relationship once, arrows as stored (dashed: inferred). */
function mermaid(paths: readonly Chain[]): string {
  const ids = new Map<string, string>();
  const lines = ['flowchart LR'];
  for (const path of paths) {
    for (const node of path.nodes) {
      if (ids.has(node.id)) continue;
      ids.set(node.id, `n${ids.size}`);
      lines.push(`  ${ids.get(node.id)}["${label(node.name)}<br/><small>${node.kind}</small>"]`);
    }
  }
  const edges = new Set<string>();
  for (const path of paths) {
    // Inferred and contested hops dashed, their confidence in the label.
    for (const step of path.relationships) {
      edges.add(
        isInferred(step)
          ? `  ${ids.get(step.from)} -.->|"${step.type} (${step.confidence!.toLowerCase()})"| ${ids.get(step.to)}`
          : `  ${ids.get(step.from)} -->|${step.type}| ${ids.get(step.to)}`,
      );
    }
  }
  return `${[...lines, ...edges].join('\n')}\n`;
}

/** The output in `format`, a table in `speech`'s language (fitted to `width` columns when given). */
export function render(format: OutputFormat, output: QueryOutput, dialect: CsvDialect, speech: Speech, width?: number): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(output.json, null, 2)}\n`;
    case 'csv':
      return csvTable(output.columns, output.rows.map((r) => r.map((c) => (isLabelled(c) ? c.code : c))), dialect);
    case 'mermaid':
      return mermaid(output.paths ?? []);
    case 'table': {
      const rows = output.rows.map((r) => r.map((c) => (isLabelled(c) ? c.text : c)));
      const table = textTable(output.columns.map((c) => speech.column(c)), rows, width, speech.say('fitted', { width: width ?? 0 }));
      return (
        (output.heading ? `${wrapText(output.heading, width)}\n\n` : '') + table + (output.summary ? `\n${wrapText(output.summary, width)}\n` : '')
      );
    }
  }
}
