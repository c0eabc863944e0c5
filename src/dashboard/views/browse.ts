import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as Ops from '../../client/index.js';
import type { BrowseRowFragment, NodeKind, OrderBy } from '../../client/index.js';
import { isAborted, query } from '../api.js';
import type { ViewContext } from '../context.js';
import { data, empty, errorBox, h, loading, nodeLink } from '../dom.js';
import { exportBar } from '../export.js';
import { count, enumLabel, eur, formatDate, kindLabel, kindPlural, t } from '../i18n.js';
import { KINDS, isKind } from '../kinds.js';
import { asOfOf, standForm, standOf } from '../stand.js';

type Page = { list: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; nodes: BrowseRowFragment[] } };
type Variables = { first: number; after?: string | null; filter?: Record<string, unknown> | null; orderBy?: OrderBy | null; asOf?: { valid: string } | null };

/** One operation per kind (operations/tools/browse.graphql): the API has one list field per kind. */
const DOCUMENTS = Object.fromEntries(KINDS.map((k) => [k, (Ops as Record<string, unknown>)[`Browse${k}Document`]])) as Record<NodeKind, TypedDocumentNode<Page, Variables>>;

type Column = { key: string; label: () => string; value: (row: Record<string, unknown>) => string; raw?: (row: Record<string, unknown>) => string | number | null };
const text = (key: string) => (row: Record<string, unknown>) => (row[key] == null ? '–' : String(row[key]));
const raw = (key: string) => (row: Record<string, unknown>) => (row[key] == null ? null : (row[key] as string | number));
const lifecycle: Column[] = [
  { key: 'status', label: () => t('field.status'), value: (r) => (r.status ? enumLabel('ProjectStatus', String(r.status)) : '–') },
  { key: 'budgetEur', label: () => t('field.budget'), value: (r) => (r.budgetEur == null ? '–' : eur(r.budgetEur as number)), raw: raw('budgetEur') },
  { key: 'startDate', label: () => t('field.start'), value: (r) => formatDate(r.startDate as string), raw: raw('startDate') },
  { key: 'endDate', label: () => t('field.end'), value: (r) => formatDate(r.endDate as string), raw: raw('endDate') },
];
const dated: Column = { key: 'date', label: () => t('field.date'), value: (r) => formatDate(r.date as string), raw: raw('date') };
const COLUMNS: Partial<Record<NodeKind, Column[]>> = {
  Project: lifecycle,
  Programme: lifecycle,
  Institution: [{ key: 'type', label: () => t('field.institutionType'), value: (r) => (r.type ? enumLabel('InstitutionType', String(r.type)) : '–') }],
  Service: [{ key: 'leikaKey', label: () => t('field.leikaKey'), value: text('leikaKey') }],
  Meeting: [{ key: 'sessionNumber', label: () => t('field.sessionNumber'), value: text('sessionNumber'), raw: raw('sessionNumber') }, dated, { key: 'location', label: () => t('field.location'), value: text('location') }],
  Decision: [{ key: 'number', label: () => t('field.number'), value: text('number') }, dated],
  Policy: [dated],
  Standard: [dated],
};

type SortField = OrderBy['field'] & string;
/** What each kind can be sorted by: name, last change, and its own fields (as the API allows). */
const SORTS: Partial<Record<NodeKind, SortField[]>> = {
  Project: ['STATUS', 'BUDGET_EUR', 'START_DATE', 'END_DATE'],
  Programme: ['STATUS', 'BUDGET_EUR', 'START_DATE', 'END_DATE'],
  Meeting: ['NUMBER', 'DATE'],
  Decision: ['NUMBER', 'DATE'],
  Policy: ['DATE'],
  Standard: ['DATE'],
};
const sortsOf = (kind: NodeKind): SortField[] => ['NAME', ...(SORTS[kind] ?? []), 'UPDATED_AT'];

const STATUSES = ['PROPOSED', 'APPROVED', 'RUNNING', 'COMPLETED', 'DISCONTINUED'] as const;
const INSTITUTION_TYPES = ['FEDERAL', 'STATE', 'MUNICIPAL', 'BODY', 'AGENCY', 'CHAMBER', 'COOPERATIVE', 'COMPANY'] as const;
const CONFIDENCES = ['STATED', 'INFERRED', 'CONTESTED'] as const;
const SIZES = [20, 50, 100];

/** The filters a kind's list offers, as URL parameters (the API's filter fields). */
const FILTERS = (kind: NodeKind) => ({
  status: kind === 'Project' || kind === 'Programme',
  institution: kind === 'Project' || kind === 'Programme',
  focusArea: kind === 'Project',
  type: kind === 'Institution',
});

export const browseUrl = (kind: string, params: Record<string, string> = {}): string => {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
  return `#/browse/${kind}${query.size > 0 ? `?${query}` : ''}`;
};

function kindIndex(ctx: ViewContext): void {
  const title = t('browse.title');
  ctx.title(title);
  ctx.render(
    h('h1', { tabindex: -1 }, title),
    h('p', { class: 'lead' }, t('browse.lead')),
    h('ul', { class: 'kinds' }, KINDS.map((k) => h('li', {}, h('a', { href: browseUrl(k) }, kindPlural(k))))),
  );
}

const select = (name: string, label: string, value: string, options: readonly (readonly [string, string])[]) => [
  h('label', { for: `browse-${name}`, class: 'field' }, label, h('select', { name, id: `browse-${name}` }, options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)))),
];

/**
 * A list of one kind (#/browse/<kind>?q=…&status=…&sort=…&dir=…&size=…&after=…&page=…&stand=…): the API's filters
 * (name, evidence, and the kind's own: status, institution, Schwerpunktthema, type), its orders and its keyset
 * pages, of what holds at the Stand. Everything is in the URL, so a list can be shared; "next page" carries the
 * API's cursor.
 */
export async function browseView(ctx: ViewContext): Promise<void> {
  const kind = ctx.rest[0];
  if (!isKind(kind)) return kindIndex(ctx);
  const p = (name: string) => ctx.params.get(name) ?? '';
  const filters = FILTERS(kind);
  const sorts = sortsOf(kind);
  const sort = sorts.includes(p('sort') as SortField) ? (p('sort') as SortField) : 'NAME';
  const dir = p('dir') === 'DESC' ? 'DESC' : 'ASC';
  const size = SIZES.includes(Number(p('size'))) ? Number(p('size')) : SIZES[0]!;
  const page = Math.max(1, Number.parseInt(p('page'), 10) || 1);
  const title = kindPlural(kind);
  ctx.title(page > 1 ? t('browse.titlePage', { kind: title, page }) : title);

  const stand = standOf(ctx.params);
  const current = { q: p('q'), confidence: p('confidence'), status: p('status'), type: p('type'), institution: p('institution'), focusArea: p('focusArea'), sort, dir, size: String(size), stand: stand ?? '' };
  const form = h(
    'form',
    {
      class: 'browse-form',
      'aria-label': t('browse.filters'),
      onsubmit: (event: Event) => {
        event.preventDefault();
        const values = Object.fromEntries(Array.from((event.target as HTMLFormElement).elements).flatMap((e) => (e instanceof HTMLInputElement || e instanceof HTMLSelectElement) && e.name ? [[e.name, e.value.trim()]] : []));
        location.hash = browseUrl(kind, values);
      },
    },
    h('label', { for: 'browse-q', class: 'field' }, t('browse.nameContains'), h('input', { type: 'search', name: 'q', id: 'browse-q', value: current.q, autocomplete: 'off' })),
    select('confidence', t('path.evidence'), current.confidence, [['', t('browse.any')], ...CONFIDENCES.map((c) => [c, enumLabel('Confidence', c)] as const)]),
    filters.status && select('status', t('field.status'), current.status, [['', t('browse.any')], ...STATUSES.map((s) => [s, enumLabel('ProjectStatus', s)] as const)]),
    filters.type && select('type', t('field.institutionType'), current.type, [['', t('browse.any')], ...INSTITUTION_TYPES.map((s) => [s, enumLabel('InstitutionType', s)] as const)]),
    filters.institution && h('label', { for: 'browse-institution', class: 'field' }, kindLabel('Institution'), h('input', { type: 'text', name: 'institution', id: 'browse-institution', value: current.institution })),
    filters.focusArea && h('label', { for: 'browse-focusArea', class: 'field' }, kindLabel('FocusArea'), h('input', { type: 'text', name: 'focusArea', id: 'browse-focusArea', value: current.focusArea })),
    select('sort', t('browse.sort'), sort, sorts.map((s) => [s, enumLabel('SortField', s)] as const)),
    select('dir', t('browse.direction'), dir, (['ASC', 'DESC'] as const).map((d) => [d, enumLabel('SortDirection', d)] as const)),
    select('size', t('browse.size'), String(size), SIZES.map((s) => [String(s), String(s)] as const)),
    // The Stand stays what it was when the filters change (its own form below changes it).
    h('input', { type: 'hidden', name: 'stand', value: current.stand }),
    h('button', { type: 'submit' }, t('browse.apply')),
  );
  // A new Stand starts the list again from its first page (a cursor belongs to its Stand's list).
  const { stand: _, ...filtersNow } = current;
  const standControl = standForm(stand, (day) => (location.hash = browseUrl(kind, { ...filtersNow, stand: day })));
  const head = [h('p', { class: 'crumbs' }, h('a', { href: '#/browse' }, t('browse.title'))), h('h1', { tabindex: -1 }, title), form, standControl];
  ctx.render(head, loading());

  const filter: Record<string, unknown> = {};
  if (current.q) filter.nameContains = current.q;
  if (current.confidence) filter.confidence = current.confidence;
  if (filters.status && current.status) filter.status = [current.status];
  if (filters.type && current.type) filter.type = [current.type];
  if (filters.institution && current.institution) filter.institution = current.institution;
  if (filters.focusArea && current.focusArea) filter.focusArea = current.focusArea;
  try {
    const { list } = await query(DOCUMENTS[kind], { first: size, after: p('after') || null, filter, orderBy: { field: sort, direction: dir }, asOf: asOfOf(stand) }, ctx.signal);
    const columns = COLUMNS[kind] ?? [];
    const firstRow = (page - 1) * size + 1;
    if (list.nodes.length === 0) {
      return ctx.render(head, empty(t('browse.noneTitle', { kind: title }), Object.keys(filter).length > 0 ? [t('browse.noneNext'), ' ', h('a', { href: browseUrl(kind) }, t('browse.reset'))] : undefined));
    }
    const base = { ...current, size: String(size) };
    ctx.render(
      head,
      h('p', { class: 'count', role: 'status', 'data-total': list.totalCount }, t('browse.range', { from: count(firstRow), to: count(firstRow + list.nodes.length - 1), total: count(list.totalCount) })),
      exportBar(ctx.element, `${kind}-${page}`),
      h(
        'div',
        { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': title },
        h(
          'table',
          { class: 'browse-table', 'data-export': title },
          h('caption', { class: 'sr-only' }, t('browse.caption', { kind: title, sort: enumLabel('SortField', sort), dir: enumLabel('SortDirection', dir) })),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('browse.name')), columns.map((c) => h('th', { scope: 'col' }, c.label())), h('th', { scope: 'col' }, t('path.evidence')))),
          h(
            'tbody',
            {},
            list.nodes.map((node) => {
              const row: Record<string, unknown> = node;
              return h(
                'tr',
                { 'data-node-id': node.id },
                h('th', { scope: 'row' }, nodeLink(node)),
                columns.map((c) => h('td', c.raw ? { 'data-value': c.raw(row) ?? '' } : {}, c.key === 'location' ? data(c.value(row)) : c.value(row))),
                h('td', {}, enumLabel('Confidence', node.confidence)),
              );
            }),
          ),
        ),
      ),
      h(
        'nav',
        { class: 'pager', 'aria-label': t('browse.pages') },
        page > 1 && h('a', { href: browseUrl(kind, base), class: 'first' }, t('browse.first')),
        list.pageInfo.hasNextPage && list.pageInfo.endCursor && h('a', { href: browseUrl(kind, { ...base, after: list.pageInfo.endCursor, page: String(page + 1) }), class: 'next', rel: 'next' }, t('browse.next')),
      ),
    );
  } catch (error) {
    if (isAborted(error)) return;
    ctx.render(head, errorBox(error, ctx.retry));
  }
}
