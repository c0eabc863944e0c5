import ExcelJS from 'exceljs';
import type { ExportTable } from './tables.js';

const MAX_WIDTH = 60;

/**
 * A workbook with one sheet per kind and per relationship type (named after it: kinds and types never collide, and
 * none is longer than Excel's 31 characters): a bold header row that stays in view (frozen) with an autofilter, and
 * the cells as text or numbers. Text is never a formula in XLSX, so nothing needs the CSV apostrophe.
 */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Strategiegraph';
  for (const table of tables) {
    if (table.name.length > 31) throw new Error(`${table.name} is too long for an Excel sheet name`);
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...table.header]).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((c) => c ?? null));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(table.header[i]!.length, ...table.rows.map((r) => String(r[i] ?? '').length));
      column.width = Math.min(MAX_WIDTH, widest + 2);
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
