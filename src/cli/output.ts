import { isInferred, type Chain } from '../client/index.js';
import { csvTable, type Cell, type CsvDialect } from '../graph/index.js';

const OUTPUT_FORMATS = ['table', 'json', 'csv', 'mermaid'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What a query command found, ready for every output format. */
export interface QueryOutput {
  /** --json: the API's answer as it came. */
  readonly json: unknown;
  /** The table (default) and --csv. */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** --mermaid: the paths behind the rows (commands without paths reject --mermaid). */
  readonly paths?: readonly Chain[];
  /** Lines above the table. */
  readonly heading?: string;
  /** A line under the table. */
  readonly summary?: string;
  /** Whether the query found something; by default, whether there are rows. */
  readonly found?: boolean;
}

/** Columns padded to their widest cell; long cells wrap nowhere (a terminal or `less -S` shows them). */
function textTable(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((r) => r.map((c) => (c === undefined ? '' : String(c).replace(/\s+/g, ' '))));
  const widths = columns.map((h, i) => Math.max(h.length, ...text.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].map((l) => `${l}\n`).join('');
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

export function render(format: OutputFormat, output: QueryOutput, dialect: CsvDialect): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(output.json, null, 2)}\n`;
    case 'csv':
      return csvTable(output.columns, output.rows, dialect);
    case 'mermaid':
      return mermaid(output.paths ?? []);
    case 'table':
      return (output.heading ? `${output.heading}\n\n` : '') + textTable(output.columns, output.rows) + (output.summary ? `\n${output.summary}\n` : '');
  }
}
