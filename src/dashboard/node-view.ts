import { NodeDetailsDocument, NodeHistoryDocument, type NodeDetailsQuery, type NodeHistoryQuery } from '../client/index.js';
import { germanKinds, query } from './api.js';
import { errorBox, eur, h, nodeLink, show } from './dom.js';

type Details = NodeDetailsQuery['lookup'];

const DIRECTION = { OUT: '→', IN: '←' } as const;

/** The kind's own fields that have a value, as label and text. */
function fieldsOf(node: Details): [string, string][] {
  const values: Record<string, unknown> = node as unknown as Record<string, unknown>;
  const labels: [string, string][] = [
    ['status', 'Status'],
    ['budgetEur', 'Budget'],
    ['startDate', 'Beginn'],
    ['endDate', 'Ende'],
    ['type', 'Art'],
    ['sessionNumber', 'Sitzung Nr.'],
    ['number', 'Nummer'],
    ['date', 'Datum'],
    ['location', 'Ort'],
    ['leikaKey', 'LeiKa-Schlüssel'],
  ];
  return labels
    .filter(([key]) => values[key] !== undefined && values[key] !== null)
    .map(([key, label]) => [label, key === 'budgetEur' ? eur(values[key] as number) : String(values[key])]);
}

const OPERATION: Record<string, string> = {
  CREATE_NODE: 'angelegt',
  UPDATE_NODE: 'geändert',
  DELETE_NODE: 'gelöscht',
  RESTORE_NODE: 'wiederhergestellt',
  CREATE_RELATIONSHIP: 'Beziehung angelegt',
  REMOVE_RELATIONSHIP: 'Beziehung entfernt',
  IMPORT_NODE: 'importiert',
  IMPORT_RELATIONSHIP: 'Beziehung importiert',
};

/** The fields whose value differs between the states before and after a change. */
function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): string[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function historyTable(changes: NodeHistoryQuery['history']): HTMLElement {
  if (changes.length === 0) return h('p', {}, 'Keine Änderungen verzeichnet.');
  return h(
    'table',
    { class: 'history-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Wann'), h('th', {}, 'Was'), h('th', {}, 'Wer'), h('th', {}, 'Geänderte Felder'))),
    h(
      'tbody',
      {},
      changes.map((c) =>
        h(
          'tr',
          { 'data-operation': c.operation },
          h('td', {}, new Date(c.at).toLocaleString('de-DE')),
          h('td', {}, OPERATION[c.operation] ?? c.operation, c.otherId && [' ', h('small', {}, `${c.targetId} – ${c.otherId}`)]),
          // Who changed it is shown to editors and admins only (personal data).
          h('td', {}, c.actor ? `${c.actor.subject} (${c.actor.kind}${c.actor.role ? `, ${c.actor.role}` : ''})` : h('span', { class: 'muted', title: 'Nur für Redaktion und Administration sichtbar' }, 'nicht öffentlich')),
          h('td', {}, changedFields(c.before, c.after).join(', ') || '–'),
        ),
      ),
    ),
  );
}

const STRENGTH: Record<string, string> = {
  CONTESTED: 'umstritten: die Quellen widersprechen sich (siehe Anmerkung)',
  INFERRED: 'abgeleitet: unsere Lesart der Quellen (siehe Anmerkung)',
  SINGLE_SOURCE: 'von einer Quelle ausgesagt',
  MULTIPLE_SOURCES: 'von mehreren Quellen ausgesagt',
};

const CONFIDENCE: Record<string, string> = { STATED: 'belegt', INFERRED: 'abgeleitet', CONTESTED: 'umstritten' };

/** How firmly the node and its relationships are evidenced: the API's rule for the node, counts for its relationships. */
function evidenceSection(node: Details): HTMLElement {
  const e = node.evidence;
  const rels = node.relationships;
  const byConfidence = (c: string) => rels.filter((r) => r.confidence === c).length;
  const single = rels.filter((r) => r.sources.length === 1).length;
  return h(
    'section',
    { class: `evidence strength-${e.strength.toLowerCase()}`, 'data-strength': e.strength },
    h('h2', {}, 'Belegstärke'),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Knoten'),
      h('dd', { 'data-sources': e.sourceCount }, STRENGTH[e.strength] ?? e.strength, ` · ${e.sourceCount} Quelle${e.sourceCount === 1 ? '' : 'n'} von ${e.publisherCount} Herausgeber${e.publisherCount === 1 ? '' : 'n'}`),
      h('dt', {}, 'Jüngste Quelle'),
      h('dd', {}, e.newestPublished ? `veröffentlicht ${e.newestPublished}` : 'ohne Veröffentlichungsdatum'),
      h('dt', {}, 'Beziehungen'),
      h(
        'dd',
        { 'data-stated': byConfidence('STATED'), 'data-inferred': byConfidence('INFERRED'), 'data-contested': byConfidence('CONTESTED'), 'data-single-source': single },
        rels.length === 0
          ? 'keine'
          : `${rels.length}: ${byConfidence('STATED')} belegt, ${byConfidence('INFERRED')} abgeleitet, ${byConfidence('CONTESTED')} umstritten; ${single} mit nur einer Quelle`,
      ),
    ),
  );
}

const sourceLink = (s: { url: string; title?: string | null }) => h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.title || s.url);

/** A node page: the node's fields, sources (as links), every relationship, and its history. */
export async function nodeView(view: HTMLElement, ref: string): Promise<void> {
  try {
    const [{ lookup: node }, kinds] = await Promise.all([query(NodeDetailsDocument, { ref }), germanKinds()]);
    const { history } = await query(NodeHistoryDocument, { id: node.id });
    const facts: [string, string][] = [
      ['ID', node.id],
      ['Art', kinds.get(node.kind) ?? node.kind],
      ...(node.aliases.length > 0 ? [['Auch genannt', node.aliases.join(', ')] as [string, string]] : []),
      ...fieldsOf(node),
      ...Object.entries(node.attributes).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)] as [string, string]),
    ];
    show(
      view,
      h('h1', {}, node.name, h('span', { class: 'kind' }, kinds.get(node.kind) ?? node.kind)),
      h('p', { class: 'lead' }, node.description),
      node.note && h('p', { class: 'note' }, h('strong', {}, 'Anmerkung: '), node.note),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h('p', {}, h('a', { href: `#/impact?of=${encodeURIComponent(node.id)}&depth=4` }, 'Auswirkungen einer Änderung an diesem Knoten')),
      evidenceSection(node),
      h(
        'p',
        { class: 'iri' },
        'Als Linked Data: ',
        h('code', {}, node.iri),
        ' – ',
        [['turtle', 'Turtle'], ['jsonld', 'JSON-LD'], ['ntriples', 'N-Triples']].map(([format, label], i) => [i > 0 && ' · ', h('a', { href: `/id/${encodeURIComponent(node.id)}?format=${format}` }, label)]),
      ),
      h('h2', {}, 'Quellen'),
      h(
        'ul',
        { class: 'sources' },
        node.sources.map((s) => h('li', {}, sourceLink(s), s.published && ` · veröffentlicht ${s.published}`, s.retrieved && ` · abgerufen ${s.retrieved}`)),
      ),
      h('h2', {}, `Beziehungen (${node.relationships.length})`),
      h(
        'table',
        { class: 'relationships' },
        h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, 'Typ'), h('th', {}, 'Knoten'), h('th', {}, 'Art'), h('th', {}, 'Belegt'), h('th', {}, 'Quellen'))),
        h(
          'tbody',
          {},
          node.relationships.map((r) =>
            h(
              'tr',
              { 'data-type': r.type, 'data-direction': r.direction },
              h('td', { class: 'dir', title: r.direction === 'OUT' ? 'ausgehend' : 'eingehend' }, DIRECTION[r.direction as 'OUT' | 'IN'] ?? ''),
              h('td', {}, h('code', {}, r.type)),
              h(
                'td',
                {},
                nodeLink(r.node),
                Object.entries(r.properties).map(([k, v]) => h('small', { class: 'property' }, `${k}: ${String(v)}`)),
              ),
              h('td', {}, kinds.get(r.node.kind) ?? r.node.kind),
              h('td', {}, r.confidence === 'STATED' ? 'ja' : h('abbr', { class: 'inferred', title: r.note ?? '', tabindex: 0 }, CONFIDENCE[r.confidence] ?? r.confidence)),
              h('td', {}, r.sources.map((s, i) => [i > 0 && ' ', sourceLink({ url: s.url, title: s.title ? s.title : `[${i + 1}]` })])),
            ),
          ),
        ),
      ),
      h('section', { class: 'history' }, h('h2', {}, `Verlauf (Version ${node.version})`), historyTable(history)),
    );
  } catch (error) {
    show(view, h('h1', {}, 'Knoten'), errorBox(error));
  }
}
