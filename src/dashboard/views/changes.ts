import { WhatChangedDocument, WhatChangedSessionsDocument, type WhatChangedQuery, type WhatChangedSessionsQuery } from '../../client/index.js';
import { isAborted, query } from '../api.js';
import type { ViewContext } from '../context.js';
import { data, empty, errorBox, h, loading, type Child } from '../dom.js';
import { exportBar } from '../export.js';
import { dataLang, enumLabel, formatDate, kindLabel, relationshipLabel, t, validText } from '../i18n.js';
import { standParam } from '../stand.js';

type Entry = WhatChangedQuery['diff']['nodes'][number];
type Session = WhatChangedSessionsQuery['meetings']['nodes'][number] & { date: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** At most this many entries are shown (10 pages of the API's 100); the summary says when there are more. */
const MAX_SHOWN = 1000;

/** #/changes?from=…&to=…: each a date (YYYY-MM-DD) or the id of a session (a Meeting node), whose date it stands for. */
export const changesUrl = (from: string, to: string): string => `#/changes?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** Every Meeting node with a date, by date: the sessions one can compare. */
async function sessionsOf(signal: AbortSignal): Promise<Session[]> {
  const sessions: Session[] = [];
  let after: string | null = null;
  do {
    const { meetings }: WhatChangedSessionsQuery = await query(WhatChangedSessionsDocument, { after }, signal);
    sessions.push(...meetings.nodes.filter((m): m is Session => typeof m.date === 'string' && DATE.test(m.date)));
    after = meetings.pageInfo.hasNextPage ? (meetings.pageInfo.endCursor ?? null) : null;
  } while (after);
  return sessions;
}

/** The diff's entries, page by page, at most MAX_SHOWN; and how many there are in all. */
async function entriesBetween(from: string, to: string, signal: AbortSignal): Promise<{ entries: Entry[]; total: number }> {
  const entries: Entry[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const { diff }: WhatChangedQuery = await query(WhatChangedDocument, { from: { valid: from }, to: { valid: to }, first: 100, after }, signal);
    entries.push(...diff.nodes);
    total = diff.totalCount;
    after = diff.pageInfo.hasNextPage && entries.length < MAX_SHOWN ? (diff.pageInfo.endCursor ?? null) : null;
  } while (after);
  return { entries, total };
}

const PERIOD_FIELDS = new Set(['validFrom', 'validTo']);

/** A field's value as text: dates as the language writes them, other values as they are. */
function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (PERIOD_FIELDS.has(field) && typeof value === 'string') return formatDate(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The fields an entry shows: of a change every field that differs, before → after; of an addition or a removal its
 * own period, in words (the reason it is or is not in a state, where it has one).
 */
function fieldList(entry: Entry): HTMLElement | string {
  if (entry.change !== 'CHANGED') {
    const state = entry.change === 'ADDED' ? 'after' : 'before';
    const bound = (field: string) => entry.fields.find((f) => f.field === field)?.[state] as string | null | undefined;
    const [from, to] = [bound('validFrom'), bound('validTo')];
    return from || to ? h('span', { class: 'diff-period', 'data-valid-from': from, 'data-valid-to': to }, `${t('node.valid')}: ${validText(from, to)}`) : '–';
  }
  return h(
    'ul',
    { class: 'diff-fields' },
    entry.fields.map((f) =>
      h('li', { 'data-field': f.field }, h('code', {}, f.field), ': ', data(valueText(f.field, f.before)), ' → ', data(valueText(f.field, f.after))),
    ),
  );
}

/**
 * What an entry is about, linked to the node pages at the Stand of the state it is in (a removed node at the earlier
 * date, anything else at the later one: where it holds).
 */
function what(entry: Entry, dates: { from: string; to: string }): HTMLElement {
  const stand = entry.change === 'REMOVED' ? dates.from : dates.to;
  const link = (id: string, name: string) => h('a', { href: `#/node/${encodeURIComponent(id)}${standParam(stand, true)}`, lang: dataLang() }, name);
  if (entry.entity === 'NODE') return link(entry.id, entry.name);
  const [fromName, toName] = entry.name.split(' → ');
  return h('span', {}, link(entry.from!, fromName ?? entry.from!), ` ${relationshipLabel(entry.kind)} `, link(entry.to!, toName ?? entry.to!));
}

function diffTable(entries: readonly Entry[], caption: string, dates: { from: string; to: string }): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('changes.tableName') },
    h(
      'table',
      { class: 'diff-table', 'data-export': t('changes.tableName') },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, [t('changes.change'), t('changes.kind'), t('changes.what'), t('changes.fields')].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        entries.map((e) =>
          h(
            'tr',
            { 'data-change': e.change, 'data-entity': e.entity, 'data-id': e.id },
            h('th', { scope: 'row' }, enumLabel('DiffChange', e.change)),
            h('td', {}, e.entity === 'NODE' ? kindLabel(e.kind) : t('changes.relationship')),
            h('td', {}, what(e, dates)),
            h('td', {}, fieldList(e)),
          ),
        ),
      ),
    ),
  );
}

/** One side of the comparison: a date field and, beside it, the sessions to pick one by name. */
function sideFieldset(side: 'from' | 'to', value: string, sessions: readonly Session[]): { element: HTMLElement; value: () => string } {
  const chosen = sessions.find((s) => s.id === value);
  const dateInput = h('input', { type: 'date', name: side, id: `changes-${side}`, value: chosen?.date ?? (DATE.test(value) ? value : '') });
  const sessionSelect = h(
    'select',
    {
      name: `${side}-session`,
      id: `changes-${side}-session`,
      onchange: () => {
        const session = sessions.find((s) => s.id === sessionSelect.value);
        if (session) dateInput.value = session.date;
      },
    },
    h('option', { value: '' }, t('changes.noSession')),
    sessions.map((s) => h('option', { value: s.id, selected: s.id === chosen?.id }, `${s.name} (${formatDate(s.date)})`)),
  );
  dateInput.addEventListener('input', () => {
    if (sessions.find((s) => s.id === sessionSelect.value)?.date !== dateInput.value) sessionSelect.value = '';
  });
  return {
    element: h(
      'fieldset',
      { class: 'changes-side' },
      h('legend', {}, t(side === 'from' ? 'changes.from' : 'changes.to')),
      h('label', { for: `changes-${side}`, class: 'field' }, t('changes.date'), dateInput),
      h('label', { for: `changes-${side}-session`, class: 'field' }, t('changes.session'), sessionSelect),
    ),
    value: () => sessionSelect.value || dateInput.value,
  };
}

/**
 * "Was hat sich geändert?": the valid-time diff of the graph between two dates, or between the dates of two
 * sessions picked by name — what holds at the later and not at the earlier (hinzugekommen), the other way round
 * (entfallen), and what holds at both with other fields (geändert) — as a table. #/changes?from=…&to=…, each a
 * date or a session's id.
 */
export async function changesView(ctx: ViewContext): Promise<void> {
  const fromParam = ctx.params.get('from') ?? '';
  const toParam = ctx.params.get('to') ?? '';
  ctx.title(t('changes.title'));
  // until the sessions are read, the heading alone; then with the form, which stays when the diff fails
  let head: Child[] = [h('h1', { tabindex: -1 }, t('changes.title'))];
  ctx.render(head, loading());
  try {
    const sessions = await sessionsOf(ctx.signal);
    const [from, to] = [sideFieldset('from', fromParam, sessions), sideFieldset('to', toParam, sessions)];
    const form = h(
      'form',
      {
        class: 'changes-form',
        'aria-label': t('changes.title'),
        onsubmit: (event: Event) => {
          event.preventDefault();
          location.hash = changesUrl(from.value(), to.value());
        },
      },
      from.element,
      to.element,
      h('button', { type: 'submit' }, t('changes.run')),
    );
    head = [h('h1', { tabindex: -1 }, t('changes.title')), h('p', { class: 'lead' }, t('changes.lead')), form];
    if (!fromParam || !toParam) {
      const [s47, s48] = [sessions.find((s) => s.id === 'sitzung-47'), sessions.find((s) => s.id === 'sitzung-48')];
      const example = s47 && s48 ? h('a', { href: changesUrl(s47.id, s48.id) }, t('changes.example', { from: s47.name, to: s48.name })) : undefined;
      return ctx.render(head, empty(t('changes.emptyTitle'), [t('changes.emptyNext'), example && [' ', example]]));
    }
    /** A side's date and how to name it: a date as it is, a session by its name and date. */
    const dateOf = (param: string): { date: string; label: string } | undefined => {
      if (DATE.test(param)) return { date: param, label: formatDate(param) };
      const session = sessions.find((s) => s.id === param);
      return session && { date: session.date, label: `${session.name} (${formatDate(session.date)})` };
    };
    const [a, b] = [dateOf(fromParam), dateOf(toParam)];
    if (!a || !b) return ctx.render(head, empty(t('changes.unknown', { value: !a ? fromParam : toParam }), t('changes.emptyNext')));
    ctx.title(t('changes.titleOf', { from: a.label, to: b.label }));
    ctx.render(head, loading());
    const { entries, total } = await entriesBetween(a.date, b.date, ctx.signal);
    if (total === 0) return ctx.render(head, empty(t('changes.noneTitle', { from: a.label, to: b.label }), t('changes.noneNext')));
    const count = (c: string) => entries.filter((e) => e.change === c).length;
    const summary = t('changes.summary', { n: total, added: count('ADDED'), removed: count('REMOVED'), changed: count('CHANGED') });
    ctx.render(
      head,
      h('p', { class: 'changes-summary', role: 'status', 'data-total': total }, summary, entries.length < total ? [' ', t('changes.truncated', { n: entries.length })] : null),
      exportBar(ctx.element, `aenderungen-${a.date}-${b.date}`),
      diffTable(entries, t('changes.caption', { from: a.label, to: b.label }), { from: a.date, to: b.date }),
    );
  } catch (error) {
    if (isAborted(error)) return;
    ctx.render(head, errorBox(error, ctx.retry));
  }
}
