import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CoverageMatrixDocument,
  FocusAreaProjectsDocument,
  NodeDetailsDocument,
  NodeHistoryDocument,
  SearchNodesDocument,
  BOOKMARK_HEADER,
  CreateNodeDocument,
  explainImpact,
  loadImpact,
  memoryBookmarks,
  request,
} from '../../src/client/index.js';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { launchChromium, type Browser } from '../helpers/browser.js';
import { testConfig } from '../helpers/graph.js';
import { useShippedGraph } from '../helpers/shipped.js';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');
const README_SHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');

/**
 * The dashboard in a real headless Chromium (Debian's, driven by playwright-core), against the server and
 * the shipped graph: what it shows is checked against the API's answers. Screenshots of the three views
 * go to test-results/screenshots; with UPDATE_SCREENSHOTS=1 also to docs/screenshots (the README's).
 */
describe('the dashboard in Chromium', () => {
  const shipped = useShippedGraph();
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  async function screenshot(name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(README_SHOTS, { recursive: true });
      copyFileSync(file, join(README_SHOTS, `${name}.png`));
    }
  }

  beforeAll(async () => {
    server = await (await createHttpServer({ executor: shipped.graph.executor, logger: createLogger('silent'), settings: testConfig() })).listen(0, '127.0.0.1');
    base = server.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the coverage heat map with the API\'s numbers; Zielbilder without projects or programmes stand out', async () => {
    await page.goto(`${base}/dashboard`);
    await page.waitForSelector('table.heatmap');
    const data = await shipped.api.data(CoverageMatrixDocument, {});
    expect(data.coverage.length).toBeGreaterThan(0);
    expect(data.focusAreas.nodes).toHaveLength(5);
    for (const c of data.coverage) {
      const footer = page.locator(`tfoot td[data-target-vision="${c.targetVision.id}"]`);
      expect(await footer.getAttribute('data-count')).toBe(String(c.projectCount));
      expect(await footer.getAttribute('data-programmes')).toBe(String(c.programmeCount));
      expect(await footer.getAttribute('class'), c.targetVision.id).toBe(c.covered ? null : 'uncovered');
    }
    const uncovered = data.coverage.filter((c) => !c.covered);
    expect(uncovered.length).toBeGreaterThan(0);
    expect(await page.locator('thead th.uncovered .badge').count()).toBe(uncovered.length);
    // Budgets: every amount once; what no single Schwerpunktthema holds is shown apart.
    const unassigned = page.locator('tfoot td.unassigned');
    expect(Number(await unassigned.getAttribute('data-unassigned'))).toBe(data.budget.unassignedEur);
    expect(Number(await unassigned.getAttribute('data-total'))).toBe(data.budget.totalKnownEur);
    // The goals: one row each, with what advances it; those without any contributor marked.
    expect(data.goalCoverage.length).toBeGreaterThan(0);
    for (const g of data.goalCoverage) {
      const row = page.locator(`table.goal-table tr[data-goal="${g.goal.id}"]`);
      expect(await row.getAttribute('class'), g.goal.id).toBe(g.covered ? null : 'uncovered');
      const shown = await row.locator('li[data-node-id]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-node-id')} ${li.getAttribute('data-confidence')}`));
      expect(shown.sort()).toEqual(g.contributions.map((c) => `${c.node.id} ${c.confidence}`).sort());
    }
    expect(await page.locator('table.goal-table tr.uncovered').count()).toBe(data.goalCoverage.filter((g) => !g.covered).length);
    for (const fa of data.focusAreas.nodes) {
      const { projects } = await shipped.api.data(FocusAreaProjectsDocument, { focusArea: fa.id });
      for (const tv of data.coverage.map((c) => c.targetVision)) {
        const count = projects.nodes.filter((p) => p.targetVisions.some((t) => t.id === tv.id)).length;
        expect(await page.locator(`td.cell[data-focus-area="${fa.id}"][data-target-vision="${tv.id}"]`).getAttribute('data-count')).toBe(String(count));
      }
    }
    await page.locator('td.cell[data-focus-area="st-datennutzung"][data-target-vision="zb-datennutzung"]').click();
    const listed = await page.locator('.cell-details li a').allTextContents();
    const { projects } = await shipped.api.data(FocusAreaProjectsDocument, { focusArea: 'st-datennutzung' });
    expect(listed.sort()).toEqual(projects.nodes.filter((p) => p.targetVisions.some((t) => t.id === 'zb-datennutzung')).map((p) => p.name).sort());
    await screenshot('coverage');
  });

  it('search: each hit says how it matched and marks the words; typos get "Meinten Sie …?", nothing a clear empty state', async () => {
    await page.goto(`${base}/dashboard#/impact`);
    await page.fill('input[name=of]', 'Zulassung');
    const { search } = await shipped.api.data(SearchNodesDocument, { text: 'Zulassung', first: 8 });
    await page.waitForSelector('.hits a');
    expect(await page.locator('.hits li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-match')))).toEqual(search.map((h) => h.match));
    const first = page.locator(`.hits a[data-node-id="${search[0]!.node.id}"]`);
    expect(await first.locator('mark').allTextContents()).toEqual(search[0]!.highlight!.match(/<mark>(.*?)<\/mark>/g)!.map((m) => m.slice(6, -7)));
    expect(await page.locator('.search-status').textContent()).toBe(`${search.length} Treffer`);

    await page.fill('input[name=of]', 'Fahrzeugzulasung');
    await page.waitForSelector('.search-status:has-text("Meinten Sie")');
    expect(await page.locator('.search-status').textContent()).toBe('Kein genauer Treffer für „Fahrzeugzulasung“. Meinten Sie …?');
    expect(await page.locator('.hits a').first().getAttribute('data-node-id')).toBe('leistung-fahrzeugzulassung');
    await screenshot('search');

    await page.fill('input[name=of]', 'qqqxxyy');
    await page.waitForSelector('.search-status:has-text("Keine Treffer")');
    expect(await page.locator('.hits li').count()).toBe(0);
    expect(await page.locator('.search-status').textContent()).toContain('Keine Treffer für „qqqxxyy“.');
  });

  it('searches in German, runs an impact analysis and shows it as a graph and a table with paths', async () => {
    await page.goto(`${base}/dashboard#/impact`);
    await page.selectOption('select[name=depth]', '3');
    await page.fill('input[name=of]', 'Fahrzeugzulassungen');
    const { search } = await shipped.api.data(SearchNodesDocument, { text: 'Fahrzeugzulassungen', first: 8 });
    await page.waitForSelector('.hits a');
    expect(await page.locator('.hits a').evaluateAll((as) => as.map((a) => a.getAttribute('data-node-id')))).toEqual(search.map((h) => h.node.id));
    await page.locator('.hits a[data-node-id="leistung-fahrzeugzulassung"]').click();
    await page.waitForSelector('table.impact-table');
    expect(new URL(page.url()).hash).toBe('#/impact?of=leistung-fahrzeugzulassung&depth=3');

    const data = await loadImpact((document, variables) => shipped.api.data(document, variables), { of: 'leistung-fahrzeugzulassung', maxDepth: 3 });
    const rows = explainImpact(data);
    const shown = () => page.locator('table.impact-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-role'), tr.getAttribute('data-node-id'), tr.children[2]!.textContent, tr.children[3]!.textContent]));
    const expected = rows.map((r) => [r.role, r.node.id, String(r.hops), expect.stringContaining(r.path.nodes.at(-1)!.name)]);
    expect(await shown()).toEqual(expected);
    expect(rows.map((r) => r.role)).toEqual(expect.arrayContaining(['project', 'targetVision', 'focusArea']));
    expect(await page.locator('.summary').textContent()).toContain(`${data.impact.affected.length} betroffene Knoten, davon ${data.impact.projectCount} Vorhaben`);

    // The graph: drawn by Cytoscape on canvas, its nodes listed for screen readers.
    const canvasSize = await page.locator('.graph-canvas canvas').first().boundingBox();
    expect(canvasSize!.width).toBeGreaterThan(300);
    const graphNodes = await page.locator('.graph ul[aria-label="Knoten im Graphen"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-node-id')));
    expect(new Set(graphNodes)).toEqual(new Set([data.impact.of.id, ...rows.flatMap((r) => r.path.nodes.map((n) => n.id))]));
    await page.locator('table.impact-table tbody tr[data-role="focusArea"] td:first-child').first().click();
    expect(await page.locator('table.impact-table tbody tr.selected').getAttribute('data-role')).toBe('focusArea');
    await screenshot('impact');

    // The whole analysis as files: real links to the streamed route, which the browser saves itself.
    const downloads = page.locator('.download-all a');
    expect(await downloads.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual(
      ['csv', 'ndjson'].map((format) => [
        `Ganze Analyse herunterladen (${format.toUpperCase()})`,
        `/traversals/impact?of=leistung-fahrzeugzulassung&maxDepth=3&evidence=ANY&format=${format}`,
      ]),
    );
    const [saved] = await Promise.all([page.waitForEvent('download'), downloads.nth(1).click()]);
    expect(saved.suggestedFilename()).toBe('impact-leistung-fahrzeugzulassung.ndjson');
    const lines = readFileSync((await saved.path())!, 'utf8').split('\n').filter((l) => l !== '');
    expect(lines.map((l) => (JSON.parse(l) as { node: { id: string } }).node.id)).toEqual(data.impact.affected.map((a) => a.node.id));

    // Shareable: the same URL in a fresh page shows the same analysis.
    const other = await browser.context.newPage();
    await other.goto(page.url());
    await other.waitForSelector('table.impact-table');
    expect(await other.locator('table.impact-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-node-id')))).toEqual(rows.map((r) => r.node.id));
    await other.close();
  });

  it('draws inferred hops dashed and labelled "abgeleitet", the note on focus, and offers the STATED switch', async () => {
    const data = await loadImpact((document, variables) => shipped.api.data(document, variables), { of: 'leistung-fahrzeugzulassung', maxDepth: 3 });
    const inferredSteps = explainImpact(data).flatMap((r) => r.path.relationships.filter((step) => step.confidence === 'INFERRED'));
    expect(inferredSteps.length).toBeGreaterThan(0);
    const marked = page.locator('table.impact-table .rel.inferred');
    expect(await marked.count()).toBe(explainImpact(data).reduce((n, r) => n + r.path.relationships.filter((step) => step.confidence === 'INFERRED').length, 0));
    expect(await marked.first().textContent()).toContain('(abgeleitet)');
    const note = marked.first().locator('.note');
    expect(await note.isVisible()).toBe(false);
    await marked.first().focus();
    expect(await note.isVisible()).toBe(true);
    expect(inferredSteps.map((step) => step.note)).toContain(await note.textContent());
    // Dashed: the border the stylesheet gives an inferred hop.
    expect(await marked.first().evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('dashed');

    await page.check('input[name=stated]');
    await page.click('.impact-form button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('evidence=stated'));
    await page.waitForSelector('.evidence-summary:has-text("Nur belegte Beziehungen")');
    const stated = await loadImpact((document, variables) => shipped.api.data(document, variables), { of: 'leistung-fahrzeugzulassung', maxDepth: 3, evidence: 'STATED' });
    expect(await page.locator('table.impact-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-node-id')))).toEqual(explainImpact(stated).map((r) => r.node.id));
    expect(await page.locator('table.impact-table .rel.inferred').count()).toBe(0);
    expect(await page.locator('table.impact-table tbody tr[data-role="targetVision"]').count()).toBe(0);
  });

  it('opens a node page with its relationships, sources as links and its history', async () => {
    await page.locator('table.impact-table tbody tr[data-role="project"] td:nth-child(2) a').first().click();
    await page.waitForSelector('table.relationships');
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/node/', ''));
    const { lookup } = await shipped.api.data(NodeDetailsDocument, { ref: id });
    expect(await page.locator('h1').evaluate((h) => h.firstChild!.textContent)).toBe(lookup.name);
    expect(await page.locator('table.relationships tbody tr').count()).toBe(lookup.relationships.length);
    expect(await page.locator('ul.sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(lookup.sources.map((s) => s.url));
    // Evidence strength: the API's rule for the node, and its relationships counted by confidence.
    expect(await page.locator('section.evidence').getAttribute('data-strength')).toBe(lookup.evidence.strength);
    const rels = page.locator('section.evidence dd[data-stated]');
    for (const c of ['STATED', 'INFERRED', 'CONTESTED']) {
      expect(await rels.getAttribute(`data-${c.toLowerCase()}`)).toBe(String(lookup.relationships.filter((r) => r.confidence === c).length));
    }
    const { history } = await shipped.api.data(NodeHistoryDocument, { id });
    expect(history.length).toBeGreaterThan(0);
    expect(await page.locator('table.history-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-operation')))).toEqual(
      history.map((c) => c.operation),
    );
    // Who made a change is not shown to the (anonymous) dashboard: personal data.
    expect(history.every((c) => c.actor === null)).toBe(true);
    expect(await page.locator('table.history-table tbody tr td:nth-child(3)').first().textContent()).toBe('nicht öffentlich');

    await page.goto(`${base}/dashboard#/node/ELSTER`);
    await page.waitForSelector('table.relationships');
    await screenshot('node');
  });

  it('Stand: a node page reads the graph as it held on a day, kept in the URL', async () => {
    const relationshipsText = async () => (await page.locator('table.relationships tbody').textContent()) ?? '';
    await page.goto(`${base}/dashboard#/node/org-it-planungsrat?stand=2025-06-26`);
    await page.waitForSelector('table.relationships');
    const { lookup } = await shipped.api.data(NodeDetailsDocument, { ref: 'org-it-planungsrat', asOf: { valid: '2025-06-26' } });
    expect(await page.locator('table.relationships tbody tr').count()).toBe(lookup.relationships.length);
    expect(await relationshipsText()).toContain('Ina-Maria Ulbrich');
    expect(await relationshipsText()).not.toContain('Heiko Geue');
    expect(await page.inputValue('#stand')).toBe('2025-06-26');
    // The timeline: the chair's period (valid time) and the import that recorded the node (recorded time), oldest first.
    const entries = await page.locator('ol.timeline-list li').evaluateAll((lis) =>
      lis.map((li) => ({ at: li.querySelector('time')!.getAttribute('datetime')!, recorded: li.getAttribute('data-recorded'), text: li.textContent ?? '' })),
    );
    const ulbrich = entries.filter((e) => e.text.includes('Ina-Maria Ulbrich'));
    expect(ulbrich.map((e) => [e.at, e.text.startsWith(e.at) ? '' : e.text.includes('gilt nicht mehr ab') ? 'to' : 'from'])).toEqual([
      ['2025-01-01', 'from'],
      ['2025-07-22', 'to'],
    ]);
    expect(entries.some((e) => e.recorded === 'true' && e.text.includes('erfasst:'))).toBe(true);
    expect(entries.map((e) => e.at.slice(0, 10))).toEqual(entries.map((e) => e.at.slice(0, 10)).sort());
    await page.fill('#stand', '2025-11-26');
    await page.click('form.stand-form button');
    await page.waitForFunction(() => location.hash.endsWith('stand=2025-11-26') && document.querySelector('table.relationships')?.textContent?.includes('Heiko Geue'));
    expect(await relationshipsText()).not.toContain('Ina-Maria Ulbrich');
    // the BMDS before its founding decree: no such node on that day
    await page.goto(`${base}/dashboard#/node/org-bmds?stand=2025-05-01`);
    await page.waitForSelector('.error');
    await page.goto(`${base}/dashboard#/node/org-bmds?stand=2025-05-06`);
    await page.waitForSelector('table.relationships');
    expect(await page.locator('dl.facts').first().textContent()).toContain('Gültigab 6. Mai 2025');
  });

  it('Stand: the coverage heat map reads every number at the day in the URL', async () => {
    // The operations the page sends, by name (as text, or as the persisted document's hash).
    const names = new Map([CoverageMatrixDocument, FocusAreaProjectsDocument].map((d) => [(d as unknown as { __meta__: { hash: string } }).__meta__.hash, d.definitions[0]!.kind === 'OperationDefinition' ? d.definitions[0]!.name!.value : '']));
    const sent: { operationName?: string; variables?: { asOf?: { valid?: string } | null } }[] = [];
    const listen = (request: { method(): string; url(): string; postData(): string | null }) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
      const body = JSON.parse(request.postData() ?? '{}') as { query?: string; documentId?: string; variables?: { asOf?: { valid?: string } | null } };
      sent.push({ operationName: body.query ? /^\s*(?:#.*\n\s*)*query\s+(\w+)/m.exec(body.query)?.[1] : names.get(body.documentId ?? ''), variables: body.variables });
    };
    page.on('request', listen);
    try {
      await page.goto(`${base}/dashboard#/coverage?stand=2025-01-01`);
      await page.waitForSelector('table.heatmap');
      expect(await page.inputValue('#stand')).toBe('2025-01-01');
      // The matrix and every Schwerpunktthema's projects, all at that day (the API's answer at a day: valid-time-analysis.test.ts).
      const reads = sent.filter((r) => r.operationName === 'CoverageMatrix' || r.operationName === 'FocusAreaProjects');
      expect(reads.map((r) => r.operationName)).toContain('FocusAreaProjects');
      expect(reads.map((r) => r.variables?.asOf)).toEqual(reads.map(() => ({ valid: '2025-01-01' })));
      sent.length = 0;
      await page.fill('#stand', '');
      await page.click('form.stand-form button');
      await page.waitForFunction(() => location.hash === '#/coverage' && document.querySelector('table.heatmap') !== null);
      await page.waitForSelector('table.heatmap');
      expect(sent.filter((r) => r.operationName === 'CoverageMatrix').map((r) => r.variables?.asOf ?? null)).toEqual([null]);
    } finally {
      page.off('request', listen);
    }
  });

  it('Stand: the impact explorer follows only what holds at the day in the URL', async () => {
    const tableText = async () => (await page.locator('main').textContent()) ?? '';
    await page.goto(`${base}/dashboard#/impact?of=sys-bundid&depth=1&stand=2023-10-11`);
    await page.waitForSelector('p.summary');
    expect(await page.inputValue('#stand')).toBe('2023-10-11');
    expect(await tableText()).not.toContain('Mein Justizpostfach');
    // The streamed download reads the graph at the same Stand.
    expect(await page.locator('p.download-all a').first().getAttribute('href')).toContain('&asOf=2023-10-11');
    await page.fill('#stand', '2023-10-12');
    await page.click('form.stand-form button');
    await page.waitForFunction(() => location.hash.endsWith('stand=2023-10-12') && document.querySelector('main')?.textContent?.includes('Mein Justizpostfach'));
    expect(await page.locator('p.summary a.share').getAttribute('href')).toContain('stand=2023-10-12');
  });

  it('Stand: a list shows what holds at the day in the URL, keeps it through its filters and pages', async () => {
    // The BMDS exists from its founding decree of 2025-05-06.
    await page.goto(`${base}/dashboard#/browse/Institution?q=Digitales&stand=2025-05-01`);
    await page.waitForSelector('main .empty, main table.browse-table');
    expect(await page.inputValue('#stand')).toBe('2025-05-01');
    expect(await page.locator('tr[data-node-id="org-bmds"]').count()).toBe(0);
    await page.fill('#stand', '2025-05-06');
    await page.click('form.stand-form button');
    await page.waitForSelector('tr[data-node-id="org-bmds"]');
    expect(new URL(page.url()).hash).toContain('stand=2025-05-06');
    // Changing a filter keeps the Stand.
    await page.fill('#browse-q', 'Bundesministerium');
    await page.click('form.browse-form button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('q=Bundesministerium') && location.hash.includes('stand=2025-05-06'));
  });

  it('Stand: the path view finds the fewest hops over what holds at the day in the URL', async () => {
    // Ina-Maria Ulbrich chaired the IT-PLR from 2025-01-01 to 2025-07-22: one hop then, two after.
    await page.goto(`${base}/dashboard#/path?from=p-ulbrich&to=org-it-planungsrat&depth=6&stand=2025-06-26`);
    await page.waitForSelector('p.summary');
    expect(await page.inputValue('#stand')).toBe('2025-06-26');
    expect(await page.getAttribute('p.summary', 'data-hops')).toBe('1');
    // The hop's period beside its relationship (the chair from 1 January to 22 July 2025).
    expect(await page.locator('table.hops .hop-period').textContent()).toMatch(/2025.*2025/);
    await page.fill('#stand', '2025-11-26');
    await page.click('form.stand-form button');
    await page.waitForFunction(() => location.hash.endsWith('stand=2025-11-26') && document.querySelector('p.summary')?.getAttribute('data-hops') === '2');
    expect(await page.locator('p.summary a.share').getAttribute('href')).toContain('stand=2025-11-26');
  });

  it('explains an unknown node with candidates, loads nothing from elsewhere and throws no script errors', async () => {
    await page.goto(`${base}/dashboard#/impact?of=Fahrzeugzulasung&depth=2`);
    await page.waitForSelector('.error');
    expect(await page.locator('.error').textContent()).toContain("No node is called 'Fahrzeugzulasung'");
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('sends the bookmark of the browser\'s last write with its requests (read-your-writes on any replica)', async () => {
    const { key } = await new ApiKeyRepository(shipped.graph.executor).create('dashboard bookmark test', 'editor', 'test');
    const written = await request(server.url, CreateNodeDocument, {
      input: { id: 'topic-dashboard-bookmark', kind: 'Topic', name: 'Dashboard bookmark', description: 'e2e', sources: [{ url: 'https://www.it-planungsrat.de/' }] },
    }, { token: key, bookmarks: memoryBookmarks() });
    expect(written.createNode.id).toBe('topic-dashboard-bookmark');
    const bookmark = (await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: 'mutation { deleteNode(id: "topic-dashboard-bookmark", expectedVersion: 1) { id } }' }),
    })).headers.get(BOOKMARK_HEADER)!;
    expect(bookmark).toMatch(/^FB:/);
    // GraphiQL stores the bookmark of a write under this key; the dashboard reads it.
    await page.evaluate((b) => localStorage.setItem('strategiegraph.bookmark', b), bookmark);
    const sent: (string | undefined)[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') sent.push(r.headers()[BOOKMARK_HEADER]);
    });
    await page.goto(`${base}/dashboard#/node/ELSTER`);
    await page.waitForSelector('table.relationships');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((b) => b === bookmark)).toBe(true);
  });
});

