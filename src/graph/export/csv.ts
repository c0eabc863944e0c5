import type { ExportFile } from './files.js';
import type { Cell, ExportTable } from './tables.js';

/**
 * The CSV dialects: `excel-de`, what German Excel opens by double-click (`;` between fields, UTF-8 with a byte order
 * mark, decimal comma), and `rfc4180` (`,`, no BOM, decimal point). Both end lines with CRLF.
 */
export const CSV_DIALECTS = ['excel-de', 'rfc4180'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];
export const DEFAULT_CSV_DIALECT: CsvDialect = 'excel-de';
export const isCsvDialect = (v: unknown): v is CsvDialect => (CSV_DIALECTS as readonly unknown[]).includes(v);

const DIALECT: Readonly<Record<CsvDialect, { separator: string; bom: string; decimal: string }>> = {
  'excel-de': { separator: ';', bom: '\uFEFF', decimal: ',' },
  rfc4180: { separator: ',', bom: '', decimal: '.' },
};

/**
 * One CSV field. Text starting with = + - @ or a control character gets a leading apostrophe, so that spreadsheets
 * show it instead of evaluating it as a formula (CSV injection); a field with the separator, a quote or a line break
 * is quoted.
 */
export function csvCell(value: Cell, dialect: CsvDialect = DEFAULT_CSV_DIALECT): string {
  if (value === undefined) return '';
  const { separator, decimal } = DIALECT[dialect];
  let text = typeof value === 'number' ? String(value).replace('.', decimal) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row in the dialect, with its CRLF line end. */
export function csvLine(row: readonly Cell[], dialect: CsvDialect = DEFAULT_CSV_DIALECT): string {
  return `${row.map((c) => csvCell(c, dialect)).join(DIALECT[dialect].separator)}\r\n`;
}

/** How a file in the dialect starts: its byte order mark (excel-de), then the header line. */
export function csvHeader(header: readonly string[], dialect: CsvDialect = DEFAULT_CSV_DIALECT): string {
  return DIALECT[dialect].bom + csvLine(header, dialect);
}

/** A header and rows in the dialect, CRLF line ends (with the dialect's byte order mark first). */
export function csvTable(header: readonly string[], rows: readonly (readonly Cell[])[], dialect: CsvDialect = DEFAULT_CSV_DIALECT): string {
  return csvHeader(header, dialect) + rows.map((row) => csvLine(row, dialect)).join('');
}

/** The file name of a table: nodes-<Kind>.csv, relationships-<TYPE>.csv. */
const fileName = (table: ExportTable) => `${table.of}-${table.name}.csv`;

/** One file per kind and per relationship type that occurs. */
export function toCsv(tables: readonly ExportTable[], dialect: CsvDialect): ExportFile[] {
  return tables.map((t) => ({ name: fileName(t), content: csvTable(t.header, t.rows, dialect) }));
}

