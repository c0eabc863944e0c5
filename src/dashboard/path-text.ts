import { isInferred, type Chain, type PathStep } from '../client/index.js';
import { h, inferredMark, nodeLink } from './dom.js';
import { enumLabel, kindLabel, relationshipLabel, t, validText } from './i18n.js';

/** An inferred or contested hop: dashed, labelled "abgeleitet" (or "umstritten"), its note on hover and on focus. */
const inferredArrow = (step: PathStep, arrow: string): HTMLElement =>
  inferredMark('rel inferred', step.confidence!, step.note, arrow, h('span', { class: 'evidence' }, ` (${enumLabel('Confidence', step.confidence!)})`));

const arrowOf = (step: PathStep, fromId: string) => (step.from === fromId ? ` —${relationshipLabel(step.type)}→ ` : ` ←${relationshipLabel(step.type)}— `);

/** A path on one line, each node linked to its page and each arrow pointing the way the relationship is stored. */
export function pathCell(chain: Chain): HTMLElement {
  return h(
    'span',
    { class: 'path' },
    chain.nodes.map((node, i) => {
      const step = chain.relationships[i];
      const arrow = step && arrowOf(step, node.id);
      return [nodeLink(node), step && arrow && (isInferred(step) ? inferredArrow(step, arrow) : h('span', { class: 'rel', 'data-type': step.type }, arrow))];
    }),
  );
}

export interface SourcedStep extends PathStep {
  readonly sources?: readonly { readonly url: string; readonly title?: string | null }[];
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
}

/**
 * A path as a table of hops: from, relationship (with its direction and evidence), to, sources. The text
 * alternative of the path's graph, with the same nodes and relationships.
 */
export function hopTable(chain: { nodes: Chain['nodes']; relationships: readonly SourcedStep[] }, id: string): HTMLElement {
  return h(
    'table',
    { class: 'hops', id, 'data-export': t('path.hopsTable') },
    h('caption', {}, t('path.hopsCaption', { hops: chain.relationships.length })),
    h('thead', {}, h('tr', {}, ['#', t('path.from'), t('path.relationship'), t('path.to'), t('path.evidence'), t('node.sources')].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      chain.relationships.map((step, i) => {
        const a = chain.nodes[i]!;
        const b = chain.nodes[i + 1]!;
        const forward = step.from === a.id;
        return h(
          'tr',
          { 'data-type': step.type, 'data-confidence': step.confidence ?? 'STATED' },
          h('td', { 'data-value': i + 1 }, String(i + 1)),
          h('td', {}, nodeLink(a), h('small', { class: 'kind' }, ` ${kindLabel(a.kind)}`)),
          h(
            'td',
            {},
            forward ? `${relationshipLabel(step.type)} →` : `← ${relationshipLabel(step.type)}`,
            (step.validFrom || step.validTo) && h('small', { class: 'hop-period' }, ` (${validText(step.validFrom, step.validTo)})`),
          ),
          h('td', {}, nodeLink(b), h('small', { class: 'kind' }, ` ${kindLabel(b.kind)}`)),
          h('td', {}, enumLabel('Confidence', step.confidence ?? 'STATED'), step.note && h('small', { class: 'hop-note' }, ` ${step.note}`)),
          h('td', {}, (step.sources ?? []).map((s, j) => [j > 0 && ' ', h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.title || `[${j + 1}]`)])),
        );
      }),
    ),
  );
}
