import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BrowseMeetingDocument,
  BrowseProgrammeDocument,
  BrowseProjectDocument,
  NodeDetailsDocument,
  SearchNodesDocument,
  ShortestPathDocument,
  WhatChangedDocument,
  explainImpact,
  loadImpact,
} from '../../src/client/index.js';
import { PROJECT_ROOT, type OidcConfig } from '../../src/config/index.js';
import { LABELS, DASHBOARD } from '../../src/domain/messages/index.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { launchChromium, type Browser } from '../helpers/browser.js';
import { testConfig } from '../helpers/graph.js';
import { useShippedGraph } from '../helpers/shipped.js';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');
const README_SHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');
const AXE = readFileSync(join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const de = DASHBOARD.de;

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe-core (from npm) in the page: the WCAG 2.0/2.1 A and AA rules; the violations, readable. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations),
  )) as AxeViolation[];
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} – ${n.failureSummary.replace(/\s+/g, ' ')}`));
}

/** The dashboard's views, each with what shows it is ready. */
const VIEWS: [name: string, hash: string, ready: string][] = [
  ['coverage', '#/coverage', 'table.heatmap'],
  ['search', '#/search?q=Zulassung', 'ol.results li'],
  ['search-empty', '#/search', '.empty'],
  ['browse-index', '#/browse', 'ul.kinds'],
  ['browse', '#/browse/Programme?sort=BUDGET_EUR&dir=DESC', 'table.browse-table'],
  ['impact', '#/impact?of=leistung-fahrzeugzulassung&depth=3', 'table.impact-table'],
  ['path', '#/path?from=sys-bundid&to=foederale-digitalstrategie&depth=6', 'table.hops'],
  ['node', '#/node/ELSTER', 'table.relationships'],
  ['node-stand', '#/node/org-bmds?stand=2025-05-06', 'table.relationships'],
  ['changes', '#/changes?from=sitzung-47&to=sitzung-48', 'table.diff-table'],
  ['changes-empty', '#/changes', '.empty'],
  ['signin', '#/signin', 'form.signin-form'],
  ['error', '#/node/Fahrzeugzulasung', '.error'],
];

/**
 * The dashboard as an analyst's workbench, in Debian's Chromium against the server on the shipped graph: search
 * everywhere, lists, connections, exports, cancelled and timed-out requests, German and English, and accessibility
 * (axe-core on every view, keyboard, reflow at 320 px, page titles, text alternatives of the graphs). With
 * UPDATE_SCREENSHOTS=1 the screenshots also go to docs/screenshots (the README's).
 */
describe('the dashboard as a workbench, in Chromium', () => {
  const shipped = useShippedGraph();
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];
  const data = <R, V>(document: Parameters<typeof shipped.api.data<R, V>>[0], variables: V) => shipped.api.data(document, variables);

  async function screenshot(name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(README_SHOTS, { recursive: true });
      copyFileSync(file, join(README_SHOTS, `${name}.png`));
    }
  }

  async function open(hash: string, ready: string): Promise<void> {
    await page.goto(`${base}/dashboard${hash}`);
    await page.waitForSelector(ready);
  }

  beforeAll(async () => {
    server = await (await createHttpServer({ executor: shipped.graph.executor, logger: createLogger('silent'), settings: testConfig() })).listen(0, '127.0.0.1');
    base = server.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('searches everything from the header; each hit opens the view for its kind, the other view beside it', async () => {
    await open('#/coverage', 'table.heatmap');
    await page.fill('#top-q', 'Ulbrich');
    await page.press('#top-q', 'Enter');
    await page.waitForSelector('ol.results li');
    expect(new URL(page.url()).hash).toBe('#/search?q=Ulbrich');
    const { search } = await data(SearchNodesDocument, { text: 'Ulbrich', first: 50 });
    expect(await page.locator('ol.results a.hit').evaluateAll((as) => as.map((a) => a.getAttribute('data-node-id')))).toEqual(search.map((h) => h.node.id));
    // A person opens her page; a system or service its impact.
    const person = search.find((h) => h.node.kind === 'Person')!;
    expect(await page.locator(`a.hit[data-node-id="${person.node.id}"]`).getAttribute('href')).toBe(`#/node/${person.node.id}`);
    await page.goto(`${base}/dashboard#/search?q=ELSTER`);
    await page.waitForSelector('ol.results li');
    expect(await page.locator('a.hit[data-node-id="sys-elster"]').getAttribute('href')).toBe('#/impact?of=sys-elster&depth=4');
    expect(await page.locator('li[data-kind="System"] a.secondary').first().getAttribute('href')).toMatch(/^#\/node\//);
    // Links are siblings, never nested in one another.
    expect(await page.locator('ol.results a a, ol.results a button').count()).toBe(0);
    await screenshot('search-everything');
    await page.goto(`${base}/dashboard#/search?q=Sitzung&kind=Meeting`);
    await page.waitForSelector('ol.results li');
    const meetings = await data(SearchNodesDocument, { text: 'Sitzung', first: 50, kinds: ['Meeting'] });
    expect(await page.locator('ol.results li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')))).toEqual(meetings.search.map(() => 'Meeting'));
    await page.locator('ol.results a.hit').first().click();
    await page.waitForSelector('table.relationships');
    expect(new URL(page.url()).hash).toBe(`#/node/${meetings.search[0]!.node.id}`);
    // Nothing typed: a clear empty state with what to do.
    await open('#/search', '.empty');
    expect(await page.locator('.empty').textContent()).toContain(de['search.emptyTitle']);
    await open('#/search?q=qqqxxyy', '.empty');
    expect(await page.locator('.empty').textContent()).toContain('Keine Treffer für „qqqxxyy“.');
  });

  it('browses a kind with the API\'s filters, order and pages; the URL holds all of it', async () => {
    await open('#/browse', 'ul.kinds');
    await page.click(`ul.kinds a[href="#/browse/Project"]`);
    await page.waitForSelector('table.browse-table');
    await page.selectOption('#browse-status', 'APPROVED');
    await page.selectOption('#browse-sort', 'NAME');
    await page.selectOption('#browse-dir', 'DESC');
    await page.click('.browse-form button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('dir=DESC'));
    await page.waitForSelector('table.browse-table');
    const hash = new URL(page.url()).hash;
    expect(hash).toContain('status=APPROVED');
    expect(hash).toContain('sort=NAME');
    const { list } = await data(BrowseProjectDocument, { first: 20, filter: { status: ['APPROVED'] }, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(list.nodes.length).toBeGreaterThan(0);
    const shown = () => page.locator('table.browse-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-node-id')));
    expect(await shown()).toEqual(list.nodes.map((n) => n.id));
    expect(await page.locator('p.count').getAttribute('data-total')).toBe(String(list.totalCount));
    // Status shown in German, not the API's code.
    expect(await page.locator('table.browse-table tbody tr td').allTextContents()).toContain('beschlossen');
    expect(await page.locator('table.browse-table').textContent()).not.toContain('APPROVED');
    // Pages: 20 meetings per page, the next page by the API's cursor.
    await open('#/browse/Meeting?size=20', 'table.browse-table');
    const first = await data(BrowseMeetingDocument, { first: 20, orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(await shown()).toEqual(first.list.nodes.map((n) => n.id));
    if (first.list.pageInfo.hasNextPage) {
      await page.click('nav.pager a.next');
      await page.waitForFunction(() => location.hash.includes('page=2'));
      await page.waitForSelector('table.browse-table');
      const second = await data(BrowseMeetingDocument, { first: 20, after: first.list.pageInfo.endCursor, orderBy: { field: 'NAME', direction: 'ASC' } });
      await page.waitForFunction((id) => document.querySelector('table.browse-table tbody tr')?.getAttribute('data-node-id') === id, second.list.nodes[0]!.id);
      expect(await shown()).toEqual(second.list.nodes.map((n) => n.id));
    }
    // A filter that matches nothing: an empty state with a way back.
    await open('#/browse/Project?q=qqqxxyy', '.empty');
    expect(await page.locator('.empty a').getAttribute('href')).toBe('#/browse/Project');
  });

  it('exports what a view shows: CSV as German Excel reads it, XLSX with a frozen, filtered header row', async () => {
    await open('#/browse/Programme?sort=BUDGET_EUR&dir=DESC', 'table.browse-table');
    await page.waitForSelector('.export-bar button.export-csv');
    await screenshot('browse');
    const { list } = await data(BrowseProgrammeDocument, { first: 20, orderBy: { field: 'BUDGET_EUR', direction: 'DESC' } });
    expect(list.nodes.some((n) => (n as { budgetEur?: number | null }).budgetEur != null)).toBe(true);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('.export-bar button.export-csv')]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => !l.includes('\n'))).toBe(true);
    expect(lines[0]).toBe(['Name', 'Status', 'Budget', 'Beginn', 'Ende', 'Belegt'].join(';'));
    const rows = lines.slice(1, -1).map((l) => l.split(';'));
    expect(rows).toHaveLength(list.nodes.length);
    rows.forEach((row, i) => {
      const node = list.nodes[i] as { name: string; budgetEur?: number | null };
      expect(row[0]!.replace(/^"|"$/g, '')).toBe(node.name);
      expect(row[2]).toBe(node.budgetEur == null ? '' : String(node.budgetEur).replace('.', ','));
    });

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.click('.export-bar button.export-xlsx')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await xlsxDownload.path())!) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Programme');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Name', 'Status', 'Budget', 'Beginn', 'Ende', 'Belegt']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:F${list.nodes.length + 1}`);
    expect(sheet.rowCount).toBe(list.nodes.length + 1);
    list.nodes.forEach((node, i) => {
      expect(sheet.getRow(i + 2).getCell(1).value).toBe(node.name);
      const budget = (node as { budgetEur?: number | null }).budgetEur;
      expect(sheet.getRow(i + 2).getCell(3).value ?? null).toBe(budget ?? null);
    });
  });

  it('exports the impact table as shown: roles and paths as text, without the notes that only show on demand', async () => {
    await open('#/impact?of=leistung-fahrzeugzulassung&depth=3', 'table.impact-table');
    await page.waitForSelector('.export-bar button.export-csv');
    const rows = explainImpact(await loadImpact((d, v) => data(d, v), { of: 'leistung-fahrzeugzulassung', maxDepth: 3 }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export-bar button.export-csv[data-table="Betroffene"]')]);
    const lines = readFileSync((await download.path())!, 'utf8').slice(1).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('Rolle;Knoten;Schritte;Pfad, der es erklärt');
    const roles = { project: 'Vorhaben', targetVision: 'Zielbild', focusArea: 'Schwerpunktthema' } as const;
    expect(lines.slice(1).map((l) => l.split(';').slice(0, 3))).toEqual(rows.map((r) => [roles[r.role], r.node.name.includes(';') ? `"${r.node.name}"` : r.node.name, String(r.hops)]));
    const notes = rows.flatMap((r) => r.path.relationships.flatMap((step) => (step.note && step.confidence !== 'STATED' ? [step.note] : [])));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(lines.join('\n')).not.toContain(note);
    expect(lines.slice(1).some((l) => l.includes('(abgeleitet)'))).toBe(true);
  });

  it('shows how two nodes are connected: the graph and the hop table with the same nodes and relationships', async () => {
    await open('#/path', '.empty');
    await page.fill('#path-from', 'BundID');
    await page.fill('#path-to', 'Föderale Digitalstrategie');
    await page.click('.path-form button[type=submit]');
    await page.waitForSelector('table.hops');
    expect(new URL(page.url()).hash).toBe(`#/path?from=BundID&to=${encodeURIComponent('Föderale Digitalstrategie')}&depth=6`);
    const { shortestPath } = await data(ShortestPathDocument, { from: 'BundID', to: 'Föderale Digitalstrategie', maxDepth: 6 });
    expect(shortestPath).not.toBeNull();
    const hops = await page.locator('table.hops tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-type'), tr.getAttribute('data-confidence')]));
    expect(hops).toEqual(shortestPath!.relationships.map((r) => [r.type, r.confidence]));
    const linked = await page.locator('table.hops tbody tr td:nth-child(2) a, table.hops tbody tr:last-child td:nth-child(4) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(linked).toEqual(shortestPath!.nodes.map((n) => `#/node/${encodeURIComponent(n.id)}`));
    // Relationship types in German, not the API's codes.
    const label = LABELS.de.relationships[shortestPath!.relationships[0]!.type as keyof typeof LABELS.de.relationships];
    expect(await page.locator('table.hops tbody tr td:nth-child(3)').first().textContent()).toContain(label);
    // The canvas is described by the hop table; its nodes listed for screen readers too.
    expect(await page.locator('.graph-canvas').getAttribute('aria-describedby')).toBe('path-hops');
    expect(await page.locator('.graph ul[aria-label="Knoten im Graphen"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-node-id')))).toEqual(shortestPath!.nodes.map((n) => n.id));
    expect((await page.locator('.graph-canvas canvas').first().boundingBox())!.width).toBeGreaterThan(300);
    await screenshot('path');
    // Printed: the content without the header, the forms and the buttons.
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('header.top').isVisible()).toBe(false);
      expect(await page.locator('form.path-form').isVisible()).toBe(false);
      expect(await page.locator('.export-bar').isVisible()).toBe(false);
      expect(await page.locator('table.hops').isVisible()).toBe(true);
      expect(await page.locator('h1').isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    // None within the depth: an empty state that says what to do.
    await open('#/path?from=sys-bundid&to=foederale-digitalstrategie&depth=1', '.empty');
    expect(await page.locator('.empty').textContent()).toContain(de['path.noneNext']);
  });

  it('shows what changed between two IT-PLR sessions picked by name: the chair of Ulbrich goes, that of Geue comes', async () => {
    await open('#/changes', '.empty');
    await page.click('a[data-view="changes"]');
    await page.waitForSelector('.empty');
    // By keyboard: the sessions' selects, reached and changed without the mouse, then Enter on the button.
    await page.focus('#changes-from-session');
    await page.selectOption('#changes-from-session', { label: `47. Sitzung des IT-Planungsrats (${new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(2025, 5, 26))})` });
    expect(await page.inputValue('#changes-from')).toBe('2025-06-26');
    await page.selectOption('#changes-to-session', 'sitzung-48');
    expect(await page.inputValue('#changes-to')).toBe('2025-11-26');
    await page.focus('.changes-form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('table.diff-table');
    expect(new URL(page.url()).hash).toBe('#/changes?from=sitzung-47&to=sitzung-48');
    // The table is the API's diff between the sessions' dates, row by row.
    const { diff } = await data(WhatChangedDocument, { from: { valid: '2025-06-26' }, to: { valid: '2025-11-26' }, first: 100 });
    const rows = () => page.locator('table.diff-table tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-change')} ${tr.getAttribute('data-id')}`));
    expect(await rows()).toEqual(diff.nodes.map((e) => `${e.change} ${e.id}`));
    expect(await rows()).toContain('REMOVED p-ulbrich -[CHAIRS]-> org-it-planungsrat');
    expect(await rows()).toContain('ADDED p-geue -[CHAIRS]-> org-it-planungsrat');
    const ulbrich = page.locator('table.diff-table tbody tr[data-id="p-ulbrich -[CHAIRS]-> org-it-planungsrat"]');
    expect(await ulbrich.locator('th').textContent()).toBe(LABELS.de.enums.DiffChange.REMOVED);
    expect(await ulbrich.locator('td').nth(1).textContent()).toContain(LABELS.de.relationships.CHAIRS);
    // linked to the node pages at the date where it holds: the earlier one for what was removed
    expect(await ulbrich.locator('td a').first().getAttribute('href')).toBe('#/node/p-ulbrich?stand=2025-06-26');
    const geueRow = page.locator('table.diff-table tbody tr[data-id="p-geue -[CHAIRS]-> org-it-planungsrat"]');
    expect(await geueRow.locator('td a').nth(1).getAttribute('href')).toBe('#/node/org-it-planungsrat?stand=2025-11-26');
    expect(await ulbrich.locator('.diff-period').textContent()).toBe('Gültig: 1. Januar 2025 bis vor 22. Juli 2025');
    expect(await page.locator('table.diff-table caption').textContent()).toContain('48. Sitzung des IT-Planungsrats');
    expect(await page.locator('table.diff-table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('scope')))).toEqual(['col', 'col', 'col', 'col']);
    expect(await page.locator('p.changes-summary').getAttribute('data-total')).toBe(String(diff.totalCount));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot('changes');
    // Two dates instead: the URL keeps them, the link can be shared.
    await page.fill('#changes-from', '2025-07-01');
    await page.fill('#changes-to', '2025-08-01');
    expect(await page.inputValue('#changes-from-session')).toBe('');
    await page.click('.changes-form button[type=submit]');
    await page.waitForFunction(() => location.hash === '#/changes?from=2025-07-01&to=2025-08-01');
    await page.waitForFunction(() => document.querySelector('table.diff-table caption')?.textContent?.includes('1. Juli 2025'));
    const between = await data(WhatChangedDocument, { from: { valid: '2025-07-01' }, to: { valid: '2025-08-01' }, first: 100 });
    expect(await rows()).toEqual(between.diff.nodes.map((e) => `${e.change} ${e.id}`));
    // In English too.
    await page.goto(`${base}/dashboard?lang=en#/changes?from=sitzung-47&to=sitzung-48`);
    await page.waitForSelector('html[lang="en"]');
    await page.waitForSelector('table.diff-table');
    expect(await page.locator('h1').textContent()).toBe(DASHBOARD.en['changes.title']);
    expect(await ulbrich.locator('th').textContent()).toBe(LABELS.en.enums.DiffChange.REMOVED);
    await page.click('.top button.lang');
    await page.waitForSelector('html[lang="de"]');
    // Later before earlier: the API's message, translated.
    await open('#/changes?from=sitzung-48&to=sitzung-47', '.error');
    expect(await page.locator('.error strong').first().textContent()).toBe(LABELS.de.errors.BAD_USER_INPUT);
    expect(await page.inputValue('#changes-from-session')).toBe('sitzung-48');
    await open('#/changes?from=keine-sitzung&to=2025-08-01', '.empty');
    expect(await page.locator('.empty').textContent()).toContain('„keine-sitzung“');
  });

  it('cancels the requests of a view it leaves, so a late answer never overwrites the next view', async () => {
    const aborted: string[] = [];
    page.on('requestfailed', (r) => {
      if (r.url().endsWith('/graphql')) aborted.push(r.failure()?.errorText ?? '');
    });
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('ImpactExplorer')) await new Promise((r) => setTimeout(r, 2_500));
      await route.continue().catch(() => {});
    });
    await page.goto(`${base}/dashboard#/impact?of=sys-elster&depth=4`);
    await page.waitForSelector('.loading');
    await page.evaluate(() => (location.hash = '#/browse'));
    await page.waitForSelector('ul.kinds');
    await page.waitForTimeout(3_500);
    expect(await page.locator('h1').textContent()).toBe(de['browse.title']);
    expect(await page.locator('table.impact-table').count()).toBe(0);
    expect(aborted).toContain('net::ERR_ABORTED');
    await page.unroute('**/graphql');
  });

  it('says when the server does not answer in time, and tries again on request', async () => {
    await page.goto(`${base}/dashboard#/coverage`);
    await page.evaluate(() => localStorage.setItem('strategiegraph.requestTimeoutMs', '1500'));
    let hold = true;
    await page.route('**/graphql', async (route) => {
      if (hold) await new Promise((r) => setTimeout(r, 4_000));
      await route.continue().catch(() => {});
    });
    await page.goto(`${base}/dashboard#/node/ELSTER`);
    await page.waitForSelector('.error[data-code="TIMEOUT"]', { timeout: 5_000 });
    expect(await page.locator('.error').textContent()).toContain('Keine Antwort nach 2 Sekunden');
    hold = false;
    await page.click('.error button');
    await page.waitForSelector('table.relationships');
    await page.unroute('**/graphql');
    await page.evaluate(() => localStorage.removeItem('strategiegraph.requestTimeoutMs'));
  });

  it('speaks German, translates the API\'s codes, and switches to English (kept in the URL and for the next visit)', async () => {
    await open('#/node/ELSTER', 'table.relationships');
    const { lookup } = await data(NodeDetailsDocument, { ref: 'ELSTER' });
    const types = await page.locator('table.relationships tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-type'), tr.children[1]!.textContent]));
    expect(types).toEqual(lookup.relationships.map((r) => [r.type, LABELS.de.relationships[r.type as keyof typeof LABELS.de.relationships]]));
    expect(await page.locator('main').textContent()).not.toMatch(/\b(LED_BY|OPERATED_BY|DEPENDS_ON|STATED|INFERRED)\b/);
    // Dates as German readers write them.
    const published = lookup.sources.find((s) => s.published && /^\d{4}-\d{2}-\d{2}$/.test(s.published));
    if (published) {
      const [y, m, d] = published.published!.split('-').map(Number);
      expect(await page.locator('ul.sources').textContent()).toContain(`veröffentlicht ${d}. ${new Intl.DateTimeFormat('de-DE', { month: 'long' }).format(new Date(y!, m! - 1, 1))} ${y}`);
    }
    // An error: the code translated, the server's English message marked as English.
    await open('#/impact?of=Fahrzeugzulasung&depth=2', '.error');
    expect(await page.locator('.error strong').first().textContent()).toBe(LABELS.de.errors.NOT_FOUND);
    expect(await page.locator('.error .api-message span[lang="en"]').textContent()).toContain("No node is called 'Fahrzeugzulasung'");
    expect(await page.locator('.error').textContent()).toContain('Meinten Sie:');

    await page.click('.top button.lang');
    await page.waitForSelector('html[lang="en"]');
    await page.waitForSelector('.error');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('.top nav').textContent()).toContain('Coverage');
    expect(await page.locator('.error strong').first().textContent()).toBe(LABELS.en.errors.NOT_FOUND);
    expect(await page.locator('.error .api-message span[lang]').count()).toBe(0);
    await page.goto(`${base}/dashboard#/node/ELSTER`);
    await page.waitForSelector('table.relationships');
    expect(await page.locator('h1 span[lang="de"]').textContent()).toBe(lookup.name);
    expect(await page.locator('table.relationships tbody tr td:nth-child(2)').first().textContent()).toBe(
      LABELS.en.relationships[lookup.relationships[0]!.type as keyof typeof LABELS.en.relationships],
    );
    expect(await page.title()).toBe(`${lookup.name} (${LABELS.en.kinds.System}) · Strategiegraph`);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('.top button.lang');
    await page.waitForSelector('html[lang="de"]');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });

  it('has no axe-core violation (WCAG 2.1 A/AA) on any view, a title of its own for each, and reflows at 320 px', async () => {
    const titles = new Set<string>();
    for (const [name, hash, ready] of VIEWS) {
      await open(hash, ready);
      expect(await axeViolations(page), name).toEqual([]);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(VIEWS.length);
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      for (const [name, hash, ready] of VIEWS) {
        await open(hash, ready);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${name} is ${width} px wide`).toBeLessThanOrEqual(320);
      }
      await open('#/coverage', 'table.heatmap');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot('coverage-320px');
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });

  it('works by keyboard alone: Enter and Space on heat-map cells and impact rows, no nested interactive controls', async () => {
    await open('#/coverage', 'table.heatmap');
    const cell = 'td.cell[data-focus-area="st-datennutzung"][data-target-vision="zb-datennutzung"] button';
    await page.focus(cell);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.cell-details li');
    const count = Number(await page.locator(cell.replace(' button', '')).getAttribute('data-count'));
    expect(await page.locator('.cell-details li').count()).toBe(count);
    const empty = page.locator('td.cell[data-count="0"] button').first();
    await empty.focus();
    await page.keyboard.press('Space');
    await page.waitForSelector('.cell-details p');
    expect(await page.locator('.cell-details p').textContent()).toBe(de['coverage.cellEmpty']);
    // The header's search, reached with Tab from the top of the page.
    await page.reload();
    await page.waitForSelector('table.heatmap');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'top-q');
    }
    expect(reached).toBe(true);

    await open('#/impact?of=leistung-fahrzeugzulassung&depth=3', 'table.impact-table');
    const rows = explainImpact(await loadImpact((d, v) => data(d, v), { of: 'leistung-fahrzeugzulassung', maxDepth: 3 }));
    const buttons = page.locator('table.impact-table .select-row');
    expect(await buttons.count()).toBe(rows.length);
    await buttons.nth(1).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('table.impact-table tr.selected').getAttribute('data-node-id')).toBe(rows[1]!.node.id);
    expect(await buttons.nth(1).getAttribute('aria-pressed')).toBe('true');
    await buttons.nth(2).focus();
    await page.keyboard.press('Space');
    expect(await page.locator('table.impact-table tr.selected').getAttribute('data-node-id')).toBe(rows[2]!.node.id);
    // An inferred hop's note: shown on focus, hidden with Escape (WCAG 1.4.13), shown again on the next focus.
    const mark = page.locator('table.impact-table .rel.inferred').first();
    await mark.focus();
    expect(await mark.locator('.note').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await mark.locator('.note').isVisible()).toBe(false);
    await buttons.nth(0).focus();
    await mark.focus();
    expect(await mark.locator('.note').isVisible()).toBe(true);
    // No focusable row or cell holds another control (axe's nested-interactive, checked on every view above).
    expect(await page.locator('tr[tabindex], td[tabindex]').count()).toBe(0);
    await open('#/node/ELSTER', 'table.relationships');
    expect(pageErrors).toEqual([]);
  });
});

/** A local OpenID provider for the test: discovery, an authorization endpoint that signs in at once, a token endpoint checking PKCE, JWKS. */
async function localIssuer() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { challenge: string; clientId: string; redirectUri: string }>();
  const seen: { authorize?: URLSearchParams; token?: URLSearchParams } = {};
  let url = '';
  const server: Server = createServer(async (req, res) => {
    const u = new URL(req.url!, url);
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'content-type');
    if (req.method === 'OPTIONS') return res.end();
    if (u.pathname === '/.well-known/openid-configuration') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify({ issuer: url, authorization_endpoint: `${url}/authorize`, token_endpoint: `${url}/token`, jwks_uri: `${url}/jwks` }));
    }
    if (u.pathname === '/jwks') return res.end(JSON.stringify({ keys: [jwk] }));
    if (u.pathname === '/authorize') {
      seen.authorize = u.searchParams;
      const code = `code-${codes.size + 1}`;
      codes.set(code, { challenge: u.searchParams.get('code_challenge')!, clientId: u.searchParams.get('client_id')!, redirectUri: u.searchParams.get('redirect_uri')! });
      res.statusCode = 302;
      res.setHeader('location', `${u.searchParams.get('redirect_uri')}?code=${code}&state=${u.searchParams.get('state')}`);
      return res.end();
    }
    if (u.pathname === '/token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const params = new URLSearchParams(body);
      seen.token = params;
      const issued = codes.get(params.get('code') ?? '');
      const verifier = params.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      res.setHeader('content-type', 'application/json');
      if (!issued || issued.challenge !== challenge || issued.redirectUri !== params.get('redirect_uri') || issued.clientId !== params.get('client_id')) {
        res.statusCode = 400;
        return res.end(JSON.stringify({ error: 'invalid_grant' }));
      }
      const token = await new SignJWT({ realm_access: { roles: ['sg-viewer'] } })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('analyst-1')
        .setIssuer(url)
        .setAudience('strategiegraph')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      return res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 300 }));
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: () => url, seen, close: () => new Promise((r) => server.close(r)) };
}

describe('the dashboard on a server without anonymous reading (ANONYMOUS_READ=false)', () => {
  const shipped = useShippedGraph();
  let server: RunningServer;
  let issuer: Awaited<ReturnType<typeof localIssuer>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    issuer = await localIssuer();
    const oidc: OidcConfig = {
      issuer: issuer.url(),
      audience: 'strategiegraph',
      jwksUrl: `${issuer.url()}/jwks`,
      roleClaim: 'realm_access.roles',
      roleMap: { 'sg-viewer': 'viewer' },
      clockSkewSeconds: 60,
      dashboardClientId: 'strategiegraph-dashboard',
      dashboardScope: 'openid',
    };
    const config = testConfig();
    server = await (await createHttpServer({ executor: shipped.graph.executor, logger: createLogger('silent'), settings: { ...config, auth: { anonymousRead: false, oidc } } })).listen(0, '127.0.0.1');
    base = server.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await issuer?.close();
  });

  it('asks for an API key, keeps it for the tab only and sends it as a bearer token', async () => {
    const { key } = await new ApiKeyRepository(shipped.graph.executor).create('dashboard sign-in test', 'viewer', 'test');
    const page = await browser.context.newPage();
    const sent: (string | undefined)[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) sent.push(r.headers().authorization);
    });
    await page.goto(`${base}/dashboard#/node/ELSTER`);
    await page.waitForSelector('.error[data-code="UNAUTHENTICATED"]');
    expect(await page.locator('.error strong').first().textContent()).toBe(LABELS.de.errors.UNAUTHENTICATED);
    await page.click('.error a[href^="#/signin"]');
    await page.waitForSelector('form.signin-form');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#signin-key', key);
    await page.click('form.signin-form button[type=submit]');
    // Back to the view that asked for it.
    await page.waitForSelector('table.relationships');
    expect(new URL(page.url()).hash).toBe('#/node/ELSTER');
    expect(sent.at(-1)).toBe(`Bearer ${key}`);
    expect(await page.evaluate(() => sessionStorage.getItem('strategiegraph.credential'))).toBe(key);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(key);
    // A plain link cannot send the key: signed in, the download is fetched with it and saved.
    await page.goto(`${base}/dashboard#/impact?of=sys-elster&depth=2`);
    await page.waitForSelector('.download-all a');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('.download-all a').first().click()]);
    expect(saved.suggestedFilename()).toBe('impact-sys-elster.csv');
    const served = await fetch(`${base}/traversals/impact?of=sys-elster&maxDepth=2&evidence=ANY&format=csv`, { headers: { authorization: `Bearer ${key}` } });
    // Byte for byte (Response.text() would drop the byte order mark).
    expect(readFileSync((await saved.path())!)).toEqual(Buffer.from(await served.arrayBuffer()));
    expect(readFileSync((await saved.path())!, 'utf8')).toMatch(/^\uFEFFhops;id;kind;name;evidence;confidence;path\r\n1;/);
    // A new tab has signed out.
    const other = await browser.context.newPage();
    await other.goto(`${base}/dashboard#/coverage`);
    await other.waitForSelector('.error[data-code="UNAUTHENTICATED"]');
    await other.close();
    // Signing out forgets the key.
    await page.click('.top button.signout');
    await page.waitForSelector('.error[data-code="UNAUTHENTICATED"]');
    expect(await page.evaluate(() => sessionStorage.getItem('strategiegraph.credential'))).toBeNull();
    await page.close();
  });

  it('signs in with OIDC (authorization code with PKCE) at the configured issuer and sends its access token', async () => {
    const page = await browser.context.newPage();
    const sent: (string | undefined)[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) sent.push(r.headers().authorization);
    });
    await page.goto(`${base}/dashboard#/signin?back=${encodeURIComponent('#/browse/Person')}`);
    await page.waitForSelector('button.oidc-signin');
    await page.click('button.oidc-signin');
    await page.waitForSelector('table.browse-table');
    expect(new URL(page.url()).hash).toBe('#/browse/Person');
    expect(new URL(page.url()).search).toBe('');
    const authorize = issuer.seen.authorize!;
    expect(authorize.get('response_type')).toBe('code');
    expect(authorize.get('client_id')).toBe('strategiegraph-dashboard');
    expect(authorize.get('code_challenge_method')).toBe('S256');
    expect(authorize.get('redirect_uri')).toBe(`${base}/dashboard`);
    expect(issuer.seen.token!.get('code_verifier')!.length).toBeGreaterThanOrEqual(43);
    expect(sent.at(-1)).toMatch(/^Bearer ey/);
    await page.close();
  });
});
