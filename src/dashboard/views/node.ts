import { asOfOf, standForm, standOf, standParam } from '../stand.js';
import { NodeDetailsDocument, NodeHistoryDocument, type NodeDetailsQuery, type NodeHistoryQuery } from '../../client/index.js';
import { isAborted, query } from '../api.js';
import type { ViewContext } from '../context.js';
import { data, errorBox, h, inferredMark, loading, nodeLink } from '../dom.js';
import { exportBar } from '../export.js';
import { enumLabel, eur, formatDate, kindLabel, relationshipLabel, t, validText } from '../i18n.js';
import { impactUrl } from './impact.js';
import { IMPACT_KINDS } from '../kinds.js';

type Details = NodeDetailsQuery['lookup'];

const DIRECTION = { OUT: '→', IN: '←' } as const;

/** The kind's own fields that have a value, as label and text (enum values and dates translated). */
function fieldsOf(node: Details): [string, string][] {
  const values: Record<string, unknown> = node;
  const fields: [string, Parameters<typeof t>[0], (v: unknown) => string][] = [
    ['status', 'field.status', (v) => enumLabel('ProjectStatus', String(v))],
    ['budgetEur', 'field.budget', (v) => eur(v as number)],
    ['startDate', 'field.start', (v) => formatDate(String(v))],
    ['endDate', 'field.end', (v) => formatDate(String(v))],
    ['type', 'field.institutionType', (v) => enumLabel('InstitutionType', String(v))],
    ['sessionNumber', 'field.sessionNumber', String],
    ['number', 'field.number', String],
    ['date', 'field.date', (v) => formatDate(String(v))],
    ['location', 'field.location', String],
    ['leikaKey', 'field.leikaKey', String],
  ];
  return fields.filter(([key]) => values[key] !== undefined && values[key] !== null).map(([key, label, text]) => [t(label), text(values[key])]);
}

/** An attribute key as published ("operative_phase_seit") as a label ("Operative phase seit"). */
const attributeLabel = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');

/** The fields whose value differs between the states before and after a change. */
function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): string[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function historyTable(changes: NodeHistoryQuery['history']): HTMLElement {
  if (changes.length === 0) return h('p', {}, t('node.noHistory'));
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('node.historyName') },
    h(
    'table',
    { class: 'history-table', 'data-export': t('node.historyName') },
    h('thead', {}, h('tr', {}, [t('node.when'), t('node.what'), t('node.who'), t('node.changedFields')].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      changes.map((c) =>
        h(
          'tr',
          { 'data-operation': c.operation },
          h('td', { 'data-value': c.at }, formatDate(c.at)),
          h('td', {}, enumLabel('ChangeOperation', c.operation), c.otherId && [' ', h('small', {}, `${c.targetId} – ${c.otherId}`)]),
          // Who changed it is shown to editors and admins only (personal data).
          h('td', {}, c.actor ? `${c.actor.subject} (${c.actor.kind}${c.actor.role ? `, ${c.actor.role}` : ''})` : h('span', { class: 'muted', title: t('node.notPublicTitle') }, t('node.notPublic'))),
          h('td', {}, h('code', {}, changedFields(c.before, c.after).join(', ') || '–')),
        ),
      ),
    ),
    ),
  );
}

/**
 * The node's timeline, oldest first: when it and its relationships (those shown, at the Stand) begin and stop to hold
 * (valid time, a day), and when this graph recorded each change to the node itself (recorded time, an instant). On one day the
 * valid entries come before the recorded ones.
 */
function timeline(node: Details, changes: NodeHistoryQuery['history']): HTMLElement {
  type Entry = { at: string; recorded: boolean; what: () => (string | Node)[] };
  // `what` makes its elements anew for each entry (an element can stand in one place only).
  const bounds = (from: string | null | undefined, to: string | null | undefined, what: () => (string | Node)[]): Entry[] => [
    ...(from ? [{ at: from, recorded: false, what: () => [t('node.timelineFrom'), ' ', ...what()] }] : []),
    ...(to ? [{ at: to, recorded: false, what: () => [t('node.timelineTo'), ' ', ...what()] }] : []),
  ];
  const entries: Entry[] = [
    ...bounds(node.validFrom, node.validTo, () => [t('node.timelineNode')]),
    ...node.relationships.flatMap((r) =>
      bounds(r.validFrom, r.validTo, () => [relationshipLabel(r.type), ` (${enumLabel('Direction', r.direction)}): `, nodeLink(r.node)]),
    ),
    // The node's own changes (its relationships' are in the history below).
    ...changes.filter((c) => !c.otherId).map((c) => ({ at: c.at, recorded: true, what: () => [t('node.timelineRecorded'), ' ', enumLabel('ChangeOperation', c.operation)] })),
  ].sort((a, b) => (a.at.slice(0, 10) < b.at.slice(0, 10) ? -1 : a.at.slice(0, 10) > b.at.slice(0, 10) ? 1 : Number(a.recorded) - Number(b.recorded) || (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)));
  return h(
    'section',
    { class: 'timeline' },
    h('h2', {}, t('node.timeline')),
    h('p', { class: 'help' }, t('node.timelineLead')),
    h('ol', { class: 'timeline-list' }, entries.map((e) => h('li', { 'data-recorded': String(e.recorded) }, h('time', { datetime: e.at }, formatDate(e.at)), ' ', ...e.what()))),
  );
}

/** How firmly the node and its relationships are evidenced: the API's rule for the node, counts for its relationships. */
function evidenceSection(node: Details): HTMLElement {
  const e = node.evidence;
  const rels = node.relationships;
  const byConfidence = (c: string) => rels.filter((r) => r.confidence === c).length;
  const single = rels.filter((r) => r.sources.length === 1).length;
  return h(
    'section',
    { class: `evidence strength-${e.strength.toLowerCase()}`, 'data-strength': e.strength },
    h('h2', {}, t('node.evidence')),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('node.evidenceNode')),
      h('dd', { 'data-sources': e.sourceCount }, enumLabel('EvidenceStrength', e.strength), ' · ', t('node.sourceCount', { sources: e.sourceCount, publishers: e.publisherCount })),
      h('dt', {}, t('node.newestSource')),
      h('dd', {}, e.newestPublished ? t('node.published', { date: formatDate(e.newestPublished) }) : t('node.noPublished')),
      h('dt', {}, t('node.relationshipsShort')),
      h(
        'dd',
        { 'data-stated': byConfidence('STATED'), 'data-inferred': byConfidence('INFERRED'), 'data-contested': byConfidence('CONTESTED') , 'data-single-source': single },
        rels.length === 0
          ? t('node.none')
          : t('node.relationshipEvidence', { n: rels.length, stated: byConfidence('STATED'), inferred: byConfidence('INFERRED'), contested: byConfidence('CONTESTED'), single }),
      ),
    ),
  );
}


const sourceLink = (s: { url: string; title?: string | null }) => h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.title || s.url);

/** A node page: the node's fields, sources (as links), every relationship, and its history. */
export async function nodeView(ctx: ViewContext): Promise<void> {
  const ref = decodeURIComponent(ctx.rest.join('/'));
  const stand = standOf(ctx.params);
  const standControl = standForm(stand, (day) => (location.hash = `#/node/${encodeURIComponent(ref)}${standParam(day, true)}`));
  ctx.title(ref);
  ctx.render(h('h1', { tabindex: -1 }, ref), standControl, loading());
  try {
    const { lookup: node } = await query(NodeDetailsDocument, { ref, asOf: asOfOf(stand) }, ctx.signal);
    const { history } = await query(NodeHistoryDocument, { id: node.id }, ctx.signal);
    ctx.title(`${node.name} (${kindLabel(node.kind)})`);
    const facts: [string, string | Node][] = [
      [t('node.id'), node.id],
      [t('browse.kind'), kindLabel(node.kind)],
      ...(node.aliases.length > 0 ? [[t('node.aliases'), data(node.aliases.join(', '))] as [string, string | Node]] : []),
      ...(node.validFrom || node.validTo ? [[t('node.valid'), validText(node.validFrom, node.validTo)] as [string, string | Node]] : []),
      ...fieldsOf(node),
      ...Object.entries(node.attributes).map(([k, v]) => [attributeLabel(k), data(Array.isArray(v) ? v.join(', ') : String(v))] as [string, string | Node]),
    ];
    const impactLink = IMPACT_KINDS.has(node.kind) || node.relationships.length > 0;
    ctx.render(
      h('h1', { tabindex: -1 }, data(node.name), h('span', { class: 'kind' }, kindLabel(node.kind))),
      standControl,
      h('p', { class: 'lead' }, data(node.description)),
      node.note && h('p', { class: 'note' }, h('strong', {}, t('node.note')), ' ', data(node.note)),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h(
        'p',
        { class: 'node-actions' },
        impactLink && h('a', { href: impactUrl(node.id) }, t('node.impactLink')),
        ' · ',
        h('a', { href: `#/path?from=${encodeURIComponent(node.id)}` }, t('node.pathLink')),
      ),
      evidenceSection(node),
      h(
        'p',
        { class: 'iri' },
        t('node.linkedData'),
        ' ',
        h('code', {}, node.iri),
        ' – ',
        [['turtle', 'Turtle'], ['jsonld', 'JSON-LD'], ['ntriples', 'N-Triples']].map(([format, label], i) => [i > 0 && ' · ', h('a', { href: `/id/${encodeURIComponent(node.id)}?format=${format}`, lang: 'en' }, label)]),
      ),
      h('h2', {}, t('node.sources')),
      h(
        'ul',
        { class: 'sources' },
        node.sources.map((s) =>
          h('li', {}, sourceLink(s), s.published && ` · ${t('node.published', { date: formatDate(s.published) })}`, s.retrieved && ` · ${t('node.retrieved', { date: formatDate(s.retrieved) })}`),
        ),
      ),
      h('h2', {}, t('node.relationships', { n: node.relationships.length })),
      exportBar(ctx.element, node.id),
      h(
        'div',
        { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('node.relationshipsName') },
        h(
          'table',
          { class: 'relationships', 'data-export': t('node.relationshipsName') },
          h('thead', {}, h('tr', {}, [t('node.direction'), t('node.type'), t('node.other'), t('browse.kind'), t('path.evidence'), t('node.sources')].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            node.relationships.map((r) =>
              h(
                'tr',
                { 'data-type': r.type, 'data-direction': r.direction },
                h('td', { class: 'dir', 'data-value': enumLabel('Direction', r.direction) }, h('span', { 'aria-hidden': 'true' }, DIRECTION[r.direction as 'OUT' | 'IN'] ?? ''), h('span', { class: 'sr-only' }, enumLabel('Direction', r.direction))),
                h('td', {}, relationshipLabel(r.type)),
                h('td', {}, nodeLink(r.node), Object.entries(r.properties).map(([k, v]) => h('small', { class: 'property' }, `${attributeLabel(k)}: ${String(v)}`))),
                h('td', {}, kindLabel(r.node.kind)),
                h('td', {}, r.confidence === 'STATED' ? enumLabel('Confidence', 'STATED') : inferredMark('mark inferred', r.confidence, r.note, enumLabel('Confidence', r.confidence))),
                h('td', {}, r.sources.map((s, i) => [i > 0 && ' ', sourceLink({ url: s.url, title: s.title ? s.title : `[${i + 1}]` })])),
              ),
            ),
          ),
        ),
      ),
      timeline(node, history),
      h('section', { class: 'history' }, h('h2', {}, t('node.history', { version: node.version })), historyTable(history)),
    );
  } catch (error) {
    if (isAborted(error)) return;
    ctx.render(h('h1', { tabindex: -1 }, ref), standControl, errorBox(error, ctx.retry));
  }
}
