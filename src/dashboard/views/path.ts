import { ShortestPathDocument, type PathStep } from '../../client/index.js';
import { isAborted, query } from '../api.js';
import type { ViewContext } from '../context.js';
import { empty, errorBox, h, loading, nodeLink } from '../dom.js';
import { exportBar } from '../export.js';
import { edgeId, graph, type GraphNode } from '../graph.js';
import { enumLabel, t } from '../i18n.js';
import { hopTable } from '../path-text.js';
import { asOfOf, standForm, standOf, standParam } from '../stand.js';

const DEPTHS = [1, 2, 3, 4, 5, 6, 7, 8];
const DEFAULT_DEPTH = 6;

export const pathUrl = (from: string, to: string, depth = DEFAULT_DEPTH, stated = false, stand?: string): string =>
  `#/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&depth=${depth}${stated ? '&evidence=stated' : ''}${standParam(stand, false)}`;

/**
 * How are two nodes connected? The fewest hops between them (in any direction, as the API's shortestPath), as a
 * graph and as the table of hops (its text alternative): each hop with its relationship, direction, evidence and
 * sources, over what holds at the Stand (kept in the URL). #/path?from=…&to=…&depth=…[&evidence=stated][&stand=YYYY-MM-DD].
 */
export async function pathView(ctx: ViewContext): Promise<void> {
  const from = ctx.params.get('from') ?? '';
  const to = ctx.params.get('to') ?? '';
  const depth = DEPTHS.includes(Number(ctx.params.get('depth'))) ? Number(ctx.params.get('depth')) : DEFAULT_DEPTH;
  const stated = ctx.params.get('evidence') === 'stated';
  const stand = standOf(ctx.params);
  const title = from && to ? t('path.titleOf', { from, to }) : t('path.title');
  ctx.title(title);
  const fromInput = h('input', { type: 'text', name: 'from', id: 'path-from', value: from, required: true, autocomplete: 'off', placeholder: t('path.fromPlaceholder') });
  const toInput = h('input', { type: 'text', name: 'to', id: 'path-to', value: to, required: true, autocomplete: 'off', placeholder: t('path.toPlaceholder') });
  const depthSelect = h('select', { name: 'depth', id: 'path-depth' }, DEPTHS.map((d) => h('option', { value: d, selected: d === depth }, t(d === 1 ? 'impact.step' : 'impact.steps', { n: d }))));
  const statedBox = h('input', { type: 'checkbox', name: 'stated', id: 'path-stated', checked: stated });
  const form = h(
    'form',
    {
      class: 'path-form',
      'aria-label': t('path.title'),
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = pathUrl(fromInput.value.trim(), toInput.value.trim(), Number(depthSelect.value), statedBox.checked, stand);
      },
    },
    h('label', { for: 'path-from', class: 'field' }, t('path.from'), fromInput),
    h('label', { for: 'path-to', class: 'field' }, t('path.to'), toInput),
    h('label', { for: 'path-depth', class: 'field' }, t('impact.depth'), depthSelect),
    h('label', { for: 'path-stated', class: 'stated-only' }, statedBox, ' ', t('impact.statedOnly')),
    h('button', { type: 'submit' }, t('path.run')),
  );
  const standControl = standForm(stand, (day) => (location.hash = pathUrl(from, to, depth, stated, day)));
  const head = [h('h1', { tabindex: -1 }, t('path.title')), h('p', { class: 'lead' }, t('path.lead')), form, standControl];
  if (!from || !to) return ctx.render(head, empty(t('path.emptyTitle'), t('path.emptyNext')));
  ctx.render(head, loading());
  try {
    const { shortestPath: path } = await query(ShortestPathDocument, { from, to, maxDepth: depth, evidence: stated ? 'STATED' : 'ANY', asOf: asOfOf(stand) }, ctx.signal);
    if (!path) return ctx.render(head, empty(t('path.noneTitle', { from, to, depth }), t(stated ? 'path.noneNextStated' : 'path.noneNext')));
    const first = path.nodes[0]!;
    const last = path.nodes.at(-1)!;
    ctx.title(t('path.titleOf', { from: first.name, to: last.name }));
    const nodes = new Map<string, GraphNode>(path.nodes.map((node, i) => [node.id, { node, role: i === 0 ? 'origin' : i === path.nodes.length - 1 ? 'end' : 'step' }]));
    const edges = new Map<string, PathStep>(path.relationships.map((step) => [edgeId(step), step]));
    const drawn = graph(first.id, nodes, edges, t('path.graphLabel', { from: first.name, to: last.name }), 'path-hops');
    ctx.render(
      head,
      h(
        'p',
        { class: 'summary', 'data-hops': path.hops, 'data-confidence': path.confidence },
        nodeLink(first),
        ' → ',
        nodeLink(last),
        ': ',
        t(path.hops === 1 ? 'path.summaryOne' : 'path.summary', { hops: path.hops, evidence: enumLabel('Confidence', path.confidence) }),
        ' ',
        h('a', { href: pathUrl(first.id, last.id, depth, stated, stand), class: 'share' }, t('impact.share')),
      ),
      exportBar(ctx.element, `pfad-${first.id}-${last.id}`),
      drawn.element,
      h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('path.hopsTable') }, hopTable(path, 'path-hops')),
    );
    if (!ctx.signal.aborted) drawn.start();
  } catch (error) {
    if (isAborted(error)) return;
    ctx.render(head, errorBox(error, ctx.retry));
  }
}
