import { strToU8, zipSync } from 'fflate';
import { ViewError } from './api.js';
import { credential } from './auth.js';
import { errorBox, h, show } from './dom.js';
import { t } from './i18n.js';

/**
 * Exports of what a view shows: every `table[data-export]` in it, as its reader sees it (a cell's data-value, where it
 * has one, is the exact number behind the formatted text). CSV in the dialect German Excel opens by double-click
 * (excel-de: `;`, UTF-8 with BOM, CRLF, decimal comma, a leading = + - @ neutralised with an apostrophe) like
 * src/graph/export/csv.ts, and XLSX with one sheet per table, a bold frozen header row and an autofilter like
 * src/graph/export/xlsx.ts (written here with fflate, as exceljs is too big for the browser).
 */
export type Cell = string | number | null;
export interface Table {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A cell's text as its reader sees it: without tooltips (a note is shown on demand) and screen-reader-only text. */
const visibleText = (cell: Element): string => {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.note, .sr-only').forEach((e) => e.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
};

const cellOf = (cell: Element): Cell => {
  const value = cell.getAttribute('data-value');
  if (value !== null) return value === '' ? null : Number.isFinite(Number(value)) ? Number(value) : value;
  return visibleText(cell);
};

/** The tables a view shows, as header and rows of text (and numbers where the cell says so). */
export function tablesOf(root: Element): Table[] {
  return Array.from(root.querySelectorAll<HTMLTableElement>('table[data-export]')).map((table) => {
    const headRow = Array.from(table.querySelectorAll('thead tr')).at(-1);
    const header = headRow ? Array.from(headRow.children).map(visibleText) : [];
    const rows = Array.from(table.querySelectorAll('tbody tr, tfoot tr')).map((tr) => Array.from(tr.children).map(cellOf));
    return { name: table.dataset.export!, header, rows };
  });
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(';') || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV, excel-de. */
export function toCsv(table: Table): string {
  return '\uFEFF' + [table.header, ...table.rows].map((row) => `${row.map(csvCell).join(';')}\r\n`).join('');
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));
/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetNames(tables: readonly Table[]): string[] {
  const used = new Set<string>();
  return tables.map((table) => {
    const base = table.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28) || 'Tabelle';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} ${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function sheetXml(table: Table): string {
  const width = Math.max(1, table.header.length, ...table.rows.map((r) => r.length));
  const cell = (value: Cell, ref: string, header: boolean) =>
    value === null || value === ''
      ? ''
      : typeof value === 'number'
        ? `<c r="${ref}"><v>${value}</v></c>`
        : `<c r="${ref}" t="inlineStr"${header ? ' s="1"' : ''}><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
  const rows = [table.header, ...table.rows]
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, `${column(c)}${r + 1}`, r === 0)).join('')}</row>`)
    .join('');
  const widths = Array.from({ length: width }, (_, c) => {
    const widest = Math.max(...[table.header, ...table.rows].map((row) => String(row[c] ?? '').length));
    return `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, widest + 2)}" customWidth="1"/>`;
  }).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${widths}</cols><sheetData>${rows}</sheetData>` +
    `<autoFilter ref="A1:${column(width - 1)}${table.rows.length + 1}"/></worksheet>`
  );
}

/** The tables as one workbook, a sheet each. */
export function toXlsx(tables: readonly Table[]): Uint8Array {
  const names = sheetNames(tables);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        names.map((name, i) => `<sheet name="${xml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets><definedNames>' +
        tables
          .map((table, i) => {
            const width = Math.max(1, table.header.length, ...table.rows.map((r) => r.length));
            return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xml(names[i]!.replace(/'/g, "''"))}'!$A$1:$${column(width - 1)}$${table.rows.length + 1}</definedName>`;
          })
          .join('') +
        '</definedNames></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
        '</styleSheet>',
    ),
  };
  tables.forEach((table, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(table))));
  return zipSync(files);
}

export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9äöüß]+/g, '-').replace(/^-|-$/g, '') || 'export';

/**
 * The view's export buttons: a CSV (excel-de) of each table, and one XLSX of all of them. They read the tables at
 * the moment of the click, so they export what the view shows then.
 */
export function exportBar(root: HTMLElement, baseName: string): HTMLElement {
  const bar = h('div', { class: 'export-bar', role: 'group', 'aria-label': t('export.group') });
  const fill = () => {
    const tables = tablesOf(root);
    bar.replaceChildren(
      h('span', { class: 'export-label' }, t('export.label')),
      ...tables.map((table) =>
        h('button', { type: 'button', class: 'export-csv', 'data-table': table.name, onclick: () => download(`${slug(baseName)}-${slug(table.name)}.csv`, toCsv(tablesOf(root).find((x) => x.name === table.name)!), 'text/csv;charset=utf-8') },
          t('export.csv', { table: table.name })),
      ),
      h('button', { type: 'button', class: 'export-xlsx', onclick: () => download(`${slug(baseName)}.xlsx`, toXlsx(tablesOf(root)) as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') }, t('export.xlsx')),
      h('button', { type: 'button', class: 'print', onclick: () => window.print() }, t('export.print')),
    );
  };
  // The tables are in the view once it is rendered: fill the bar then.
  queueMicrotask(fill);
  return bar;
}

/**
 * A link to a download the server streams (GET /traversals/…): a real link, which the browser saves as it arrives
 * (the server names the file). A plain link cannot carry the tab's credential (Authorization: Bearer), so while
 * signed in the click fetches the file with it instead and saves it from memory (a Blob: the browser then holds the
 * whole file before saving it); an error answer is shown in `status`.
 */
export function streamedDownloadLink(href: string, fallbackName: string, status: HTMLElement, ...label: string[]): HTMLAnchorElement {
  return h(
    'a',
    {
      href,
      download: true,
      onclick: (event: Event) => {
        const token = credential();
        if (token === undefined) return;
        event.preventDefault();
        show(status, t('state.loading'));
        fetchDownload(href, token, fallbackName).then(
          () => show(status),
          (error: unknown) => show(status, errorBox(error)),
        );
      },
    },
    ...label,
  );
}

async function fetchDownload(href: string, token: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(href, { headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new ViewError('NETWORK', (error as Error).message);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; candidates?: { id: string; name: string }[] } };
    throw new ViewError(body.error?.code ?? 'UNKNOWN', body.error?.message, body.error?.candidates ?? []);
  }
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  download(name, await response.blob(), response.headers.get('content-type') ?? 'application/octet-stream');
}
