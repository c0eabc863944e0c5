import { asOfOf, standOf, standParam } from '../stand.js';
import { SearchNodesDocument, suggestions, type NodeKind } from '../../client/index.js';
import { isAborted, query } from '../api.js';
import type { ViewContext } from '../context.js';
import { data, empty, errorBox, h, loading } from '../dom.js';
import { enumLabel, kindLabel, t } from '../i18n.js';
import { IMPACT_KINDS, KINDS } from '../kinds.js';
import { impactUrl, why } from './impact.js';


const nodeUrl = (id: string) => `#/node/${encodeURIComponent(id)}`;
/** Where a hit leads: the view that answers the usual question about its kind. */
export const hitUrl = (node: { id: string; kind: string }): string => (IMPACT_KINDS.has(node.kind) ? impactUrl(node.id) : nodeUrl(node.id));

export const searchUrl = (q: string, kind = '', stand?: string): string => `#/search?q=${encodeURIComponent(q)}${kind ? `&kind=${kind}` : ''}${standParam(stand, false)}`;

/**
 * The search: everything (or one kind) by name, alias and description, German stemming and compounds. Each hit
 * links to the view for its kind (a person, session or decision to its page; a system, service or project to its
 * impact), with the other view as a second link beside it, never inside it.
 */
export async function searchView(ctx: ViewContext): Promise<void> {
  const q = (ctx.params.get('q') ?? '').trim();
  const kind = KINDS.includes(ctx.params.get('kind') as NodeKind) ? (ctx.params.get('kind') as NodeKind) : '';
  const stand = standOf(ctx.params);
  const title = q ? t('search.titleFor', { q }) : t('search.title');
  ctx.title(title);
  const input = h('input', { type: 'search', name: 'q', id: 'search-q', value: q, required: true, minlength: 2, autocomplete: 'off' });
  const kindSelect = h(
    'select',
    { name: 'kind', id: 'search-kind' },
    h('option', { value: '' }, t('search.allKinds')),
    KINDS.map((k) => h('option', { value: k, selected: k === kind }, kindLabel(k))),
  );
  const standInput = h('input', { type: 'date', name: 'stand', id: 'search-stand', value: stand ?? '', title: t('stand.help') });
  const form = h(
    'form',
    {
      class: 'search-form',
      role: 'search',
      'aria-label': t('search.title'),
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = searchUrl(input.value.trim(), kindSelect.value, standInput.value);
      },
    },
    h('label', { for: 'search-q', class: 'field' }, t('search.text'), input),
    h('label', { for: 'search-kind', class: 'field' }, t('browse.kind'), kindSelect),
    h('label', { for: 'search-stand', class: 'field' }, t('stand.label'), standInput),
    h('button', { type: 'submit' }, t('search.submit')),
  );
  const head = [h('h1', { tabindex: -1 }, title), form];
  if (q.length < 2) return ctx.render(head, empty(t('search.emptyTitle'), t('search.emptyNext')));
  ctx.render(head, loading());
  try {
    const { search } = await query(SearchNodesDocument, { text: q, first: 50, kinds: kind ? [kind] : null, asOf: asOfOf(stand) }, ctx.signal);
    if (search.length === 0) return ctx.render(head, empty(t('search.none', { text: q }), t('search.noneHelp')));
    const fuzzy = suggestions(search).length > 0;
    ctx.render(
      head,
      h('p', { class: 'search-status', role: 'status' }, fuzzy ? [h('strong', {}, t('search.inexact', { text: q })), ' ', t('search.didYouMean')] : t('search.count', { n: search.length })),
      h(
        'ol',
        { class: 'results' },
        search.map((hit) => {
          const toImpact = IMPACT_KINDS.has(hit.node.kind);
          return h(
            'li',
            { 'data-match': hit.match, 'data-kind': hit.node.kind },
            h('a', { href: hitUrl(hit.node), class: 'hit', 'data-node-id': hit.node.id }, data(hit.node.name)),
            h('span', { class: 'hit-kind' }, ` ${kindLabel(hit.node.kind)} · ${enumLabel('SearchMatch', hit.match)}`),
            why(hit),
            h('span', { class: 'hit-more' }, h('a', { href: toImpact ? nodeUrl(hit.node.id) : impactUrl(hit.node.id), class: 'secondary' }, toImpact ? t('search.toNode') : t('search.toImpact'))),
          );
        }),
      ),
    );
  } catch (error) {
    if (isAborted(error)) return;
    ctx.render(head, errorBox(error, ctx.retry));
  }
}
