import { SearchNodesDocument, explainImpact, highlightParts, loadImpact, suggestions, type ExplainedImpact, type SearchNodesQuery } from '../../client/index.js';
import { anySignal, isAborted, query } from '../api.js';
import { asOfOf, standForm, standOf, standParam } from '../stand.js';
import type { ViewContext } from '../context.js';
import { data, empty, errorBox, h, loading, nodeLink, show } from '../dom.js';
import { exportBar, streamedDownloadLink } from '../export.js';
import { edgeId, graph, type GraphNode } from '../graph.js';
import { enumLabel, eur, kindLabel, t } from '../i18n.js';
import { pathCell } from '../path-text.js';
import type { PathStep } from '../../client/index.js';

const DEPTHS = [1, 2, 3, 4, 5, 6];
const DEFAULT_DEPTH = 4;

/** stated: the analysis follows only relationships a cited source states (evidence STATED); stand: the day it reads the graph at. */
export const impactUrl = (of: string, depth = DEFAULT_DEPTH, stated = false, stand?: string): string =>
  `#/impact?of=${encodeURIComponent(of)}&depth=${depth}${stated ? '&evidence=stated' : ''}${standParam(stand, false)}`;

type Hit = SearchNodesQuery['search'][number];

/** Why a hit is there: its highlight, the matched words in <mark> (built as text nodes, never as HTML). */
export const why = (hit: Hit): HTMLElement | null =>
  hit.highlight ? h('span', { class: 'why', lang: document.documentElement.lang === 'de' ? undefined : 'de' }, highlightParts(hit.highlight).map((p) => (p.marked ? h('mark', {}, p.text) : p.text))) : null;

/**
 * The search box: German search as you type; picking a hit or pressing Enter runs the analysis. Each hit shows
 * its kind, how it matched and the passage that matched. When only fuzzy hits come back, they are offered as
 * "Meinten Sie …?"; when nothing comes back, the box says so and how to search instead.
 */
function searchForm(ctx: ViewContext, of: string, depth: number, stated: boolean): HTMLElement {
  const input = h('input', { type: 'search', name: 'of', id: 'impact-of', value: of, placeholder: t('impact.placeholder'), autocomplete: 'off', required: true });
  const select = h('select', { name: 'depth', id: 'impact-depth' }, DEPTHS.map((d) => h('option', { value: d, selected: d === depth }, t(d === 1 ? 'impact.step' : 'impact.steps', { n: d }))));
  const statedOnly = h('input', { type: 'checkbox', name: 'stated', id: 'impact-stated', checked: stated });
  const hits = h('ul', { class: 'hits', 'aria-label': t('search.hits') });
  const status = h('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let typing: AbortController | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    typing?.abort();
    const text = input.value.trim();
    if (text.length < 2) {
      show(status);
      return show(hits);
    }
    timer = setTimeout(async () => {
      typing = new AbortController();
      try {
        const { search } = await query(SearchNodesDocument, { text, first: 8 }, anySignal([ctx.signal, typing.signal]));
        const fuzzy = suggestions(search);
        show(
          status,
          search.length === 0
            ? [h('strong', {}, t('search.none', { text })), ' ', t('search.noneHelp')]
            : fuzzy.length > 0
              ? [h('strong', {}, t('search.inexact', { text })), ' ', t('search.didYouMean')]
              : t('search.count', { n: search.length }),
        );
        show(
          hits,
          search.map((hit) =>
            h(
              'li',
              { 'data-match': hit.match },
              h(
                'a',
                { href: impactUrl(hit.node.id, Number(select.value), statedOnly.checked), 'data-node-id': hit.node.id },
                data(hit.node.name),
                h('small', {}, ` ${kindLabel(hit.node.kind)} · ${enumLabel('SearchMatch', hit.match)}`),
                why(hit),
              ),
            ),
          ),
        );
      } catch (error) {
        if (isAborted(error)) return;
        show(status);
        show(hits, h('li', {}, errorBox(error)));
      }
    }, 200);
  });
  return h(
    'form',
    {
      class: 'impact-form',
      role: 'search',
      'aria-label': t('impact.formLabel'),
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = impactUrl(input.value.trim(), Number(select.value), statedOnly.checked, standOf(ctx.params));
      },
    },
    h('label', { for: 'impact-of', class: 'field' }, t('impact.node'), input),
    h('label', { for: 'impact-depth', class: 'field' }, t('impact.depth'), select),
    h('label', { class: 'stated-only', for: 'impact-stated' }, statedOnly, ' ', t('impact.statedOnly')),
    h('button', { type: 'submit' }, t('impact.run')),
    status,
    hits,
  );
}

/**
 * The whole analysis as files (GET /traversals/impact, CSV for Excel or NDJSON): every affected node with its hops,
 * evidence and path — all of them, whatever the view shows, at the view's Stand.
 */
function downloadAll(of: string, depth: number, stated: boolean, stand: string | undefined): HTMLElement {
  const status = h('span', { class: 'download-status', role: 'status' });
  const link = (format: 'csv' | 'ndjson') =>
    streamedDownloadLink(
      `/traversals/impact?of=${encodeURIComponent(of)}&maxDepth=${depth}&evidence=${stated ? 'STATED' : 'ANY'}&format=${format}${stand ? `&asOf=${stand}` : ''}`,
      `impact-${of}${stand ? `-${stand}` : ''}.${format}`,
      status,
      t(format === 'csv' ? 'impact.downloadCsv' : 'impact.downloadNdjson'),
    );
  return h('p', { class: 'download-all' }, link('csv'), ' · ', link('ndjson'), ' ', status);
}

const ROLE_KIND: Record<ExplainedImpact['role'], string> = { project: 'Project', targetVision: 'TargetVision', focusArea: 'FocusArea' };

/**
 * The impact explorer: what is affected if a node changes. The affected projects, Zielbilder and
 * Schwerpunktthemen as an interactive graph and as a table, each row with the path that explains it (the graph's
 * text alternative); the other affected nodes below. The URL holds the node, the depth, the evidence and the Stand,
 * so an analysis can be shared.
 */
export async function impactView(ctx: ViewContext): Promise<void> {
  const { params } = ctx;
  const of = params.get('of') ?? '';
  const depth = DEPTHS.includes(Number(params.get('depth'))) ? Number(params.get('depth')) : DEFAULT_DEPTH;
  const stated = params.get('evidence') === 'stated';
  // The Stand (valid time) the analysis reads the graph at, kept in the URL.
  const stand = standOf(params);
  const standControl = standForm(stand, (day) => (location.hash = impactUrl(of, depth, stated, day)));
  const intro = [h('h1', { tabindex: -1 }, t('impact.title')), h('p', { class: 'lead' }, t('impact.lead')), searchForm(ctx, of, depth, stated), standControl];
  if (!of) {
    ctx.title(t('impact.title'));
    return ctx.render(intro, empty(t('impact.emptyTitle'), t('impact.emptyNext')));
  }
  ctx.title(t('impact.titleOf', { of }));
  ctx.render(intro, loading());
  try {
    // Every page of the traversals (keyset pages of up to 1,000 rows).
    const result = await loadImpact((document, variables) => query(document, variables, ctx.signal), { of, maxDepth: depth, evidence: stated ? 'STATED' : 'ANY', asOf: asOfOf(stand) });
    const { impact } = result;
    ctx.title(t('impact.titleOf', { of: impact.of.name }));
    const rows = explainImpact(result);
    const explained = new Set(rows.map((r) => r.node.id));
    const others = impact.affected.filter((a) => !explained.has(a.node.id));
    const selectButtons: HTMLButtonElement[] = [];
    const table = h(
      'table',
      { class: 'impact-table', id: 'impact-table', 'data-export': t('impact.tableName') },
      h('caption', { class: 'sr-only' }, t('impact.tableCaption')),
      h('thead', {}, h('tr', {}, [t('impact.role'), t('impact.node'), t('impact.hops'), t('impact.path')].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        rows.map((row) => {
          const button = h('button', { type: 'button', class: 'select-row', 'aria-pressed': 'false', onclick: (e: Event) => (e.stopPropagation(), select(row)) }, kindLabel(ROLE_KIND[row.role]), h('span', { class: 'sr-only' }, `: ${t('impact.showPath', { name: row.node.name })}`));
          selectButtons.push(button);
          return h(
            'tr',
            { 'data-role': row.role, 'data-node-id': row.node.id, onclick: (e: Event) => (e.target as Element).closest('a, button, .rel') === null && select(row) },
            h('td', {}, button),
            h('td', {}, nodeLink(row.node)),
            h('td', { class: 'num', 'data-value': row.hops }, String(row.hops)),
            h('td', {}, pathCell(row.path)),
          );
        }),
      ),
    );
    const nodes = new Map<string, GraphNode>([[impact.of.id, { node: impact.of, role: 'origin' }]]);
    const edges = new Map<string, PathStep>();
    for (const row of rows) {
      for (const node of row.path.nodes) if (!nodes.has(node.id)) nodes.set(node.id, { node, role: 'step' });
      nodes.set(row.node.id, { node: row.node, role: row.role });
      for (const step of row.path.relationships) edges.set(edgeId(step), step);
    }
    const drawn = graph(impact.of.id, nodes, edges, t('impact.graphLabel', { name: impact.of.name }), 'impact-table', (nodeId) => {
      const row = rows.find((r) => r.node.id === nodeId) ?? rows.find((r) => r.path.nodes.some((n) => n.id === nodeId));
      select(nodeId === undefined ? undefined : row);
    });
    const select = (row: ExplainedImpact | undefined) => {
      drawn.highlight(row && new Set([...row.path.nodes.map((n) => n.id), ...row.path.relationships.map(edgeId)]));
      table.querySelectorAll('tbody tr').forEach((tr, i) => {
        const on = tr.getAttribute('data-node-id') === row?.node.id;
        tr.classList.toggle('selected', on);
        selectButtons[i]?.setAttribute('aria-pressed', String(on));
      });
    };
    const themeCount = impact.affected.filter((a) => a.node.kind === 'Theme').length;
    const programmeCount = impact.programmes.totalCount;
    const otherTable =
      others.length > 0 &&
      h(
        'details',
        { class: 'others' },
        h('summary', {}, t('impact.others', { n: others.length })),
        h(
          'table',
          { class: 'others-table', 'data-export': t('impact.othersName') },
          h('thead', {}, h('tr', {}, [t('impact.node'), t('browse.kind'), t('impact.hops')].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, others.map((a) => h('tr', {}, h('td', {}, nodeLink(a.node)), h('td', {}, kindLabel(a.node.kind)), h('td', { 'data-value': a.hops }, String(a.hops))))),
        ),
      );
    ctx.render(
      intro,
      h(
        'p',
        { class: 'summary' },
        h('strong', {}, nodeLink(impact.of)),
        ` (${kindLabel(impact.of.kind)}), ${t('impact.depthN', { n: depth })}: `,
        t('impact.summary', { affected: impact.affected.length, projects: impact.projectCount }),
        programmeCount > 0 && t('impact.summaryProgrammes', { n: programmeCount }),
        themeCount > 0 && t('impact.summaryThemes', { n: themeCount }),
        '; ',
        t('impact.summaryRest', { targetVisions: impact.targetVisionPaths.length, focusAreas: impact.focusAreaPaths.length, budget: eur(impact.totalBudgetEur) }),
        ' ',
        h('a', { href: impactUrl(impact.of.id, depth, stated, stand), class: 'share' }, t('impact.share')),
      ),
      h(
        'p',
        { class: 'evidence-summary' },
        stated ? t('impact.statedShown') : impact.inferredCount === 0 ? t('impact.allStated') : t(impact.inferredCount === 1 ? 'impact.inferredOne' : 'impact.inferredMany', { n: impact.inferredCount }),
      ),
      downloadAll(impact.of.id, depth, stated, stand),
      rows.length === 0 ? empty(t('impact.noneTitle'), t('impact.noneNext')) : [exportBar(ctx.element, `auswirkungen-${impact.of.id}`), drawn.element, h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('impact.tableName') }, table)],
      otherTable,
    );
    if (rows.length > 0 && !ctx.signal.aborted) drawn.start();
  } catch (error) {
    if (isAborted(error)) return;
    ctx.render(intro, errorBox(error, ctx.retry));
  }
}
