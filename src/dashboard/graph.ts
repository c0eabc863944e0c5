import cytoscape from 'cytoscape';
import { isInferred, type PathNode, type PathStep } from '../client/index.js';
import { h } from './dom.js';
import { enumLabel, relationshipLabel, t } from './i18n.js';

const COLOURS: Record<string, string> = {
  origin: '#b42318',
  project: '#1d4ed8',
  targetVision: '#047857',
  focusArea: '#7c3aed',
  end: '#047857',
  step: '#4b5563',
};

export interface GraphNode {
  readonly node: PathNode;
  /** origin, project, targetVision, focusArea, end or step: the colour. */
  readonly role: string;
}

export interface Graph {
  readonly element: HTMLElement;
  /** Draws the graph; call once `element` is in the page (Cytoscape measures its container). */
  start(): void;
  /** Highlights these nodes and relationships (ids; relationships as from|type|to), or nothing. */
  highlight(ids: ReadonlySet<string> | undefined): void;
}

export const edgeId = (step: PathStep): string => `${step.from}|${step.type}|${step.to}`;

/**
 * Nodes and relationships as an interactive graph (Cytoscape.js): pan, zoom and drag; tapping a node calls
 * `onSelect` with it. A canvas says nothing to screen readers or keyboards, so the canvas is described by
 * `alternativeId`, the table or hop list beside it that carries the same nodes and relationships as text, and the
 * figure lists both once more for screen readers.
 */
export function graph(
  rootId: string,
  nodes: ReadonlyMap<string, GraphNode>,
  edges: ReadonlyMap<string, PathStep>,
  label: string,
  alternativeId: string,
  onSelect: (nodeId: string | undefined) => void = () => {},
): Graph {
  const name = (id: string) => nodes.get(id)?.node.name ?? id;
  const canvas = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': label, 'aria-describedby': alternativeId });
  const element = h(
    'figure',
    { class: 'graph' },
    canvas,
    h('figcaption', {}, t('graph.caption', { nodes: nodes.size, edges: edges.size })),
    h('ul', { class: 'sr-only', 'aria-label': t('graph.nodes') }, [...nodes.values()].map(({ node }) => h('li', { 'data-node-id': node.id }, node.name))),
    h(
      'ul',
      { class: 'sr-only', 'aria-label': t('graph.edges') },
      [...edges.values()].map((e) =>
        h('li', {}, `${name(e.from)} ${relationshipLabel(e.type)} ${name(e.to)}${isInferred(e) ? ` (${enumLabel('Confidence', e.confidence!)}: ${e.note ?? t('impact.noNote')})` : ''}`),
      ),
    ),
  );
  let cy: cytoscape.Core | undefined;
  const start = () => {
    cy = cytoscape({
      container: canvas,
      elements: [
        ...[...nodes.values()].map(({ node, role }) => ({ data: { id: node.id, label: node.name, role }, classes: role })),
        // Inferred hops dashed and labelled "abgeleitet"; their note on hover (the table shows it on focus).
        ...[...edges.entries()].map(([id, e]) => ({
          data: { id, source: e.from, target: e.to, label: isInferred(e) ? `${relationshipLabel(e.type)} (${enumLabel('Confidence', e.confidence!)})` : relationshipLabel(e.type), note: e.note ?? '' },
          classes: isInferred(e) ? 'inferred' : '',
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': (n: cytoscape.NodeSingular) => COLOURS[n.data('role') as string] ?? COLOURS.step!,
            color: '#111827',
            'font-size': 11,
            'text-wrap': 'wrap',
            'text-max-width': '140px',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            width: 22,
            height: 22,
          },
        },
        { selector: 'node.origin', style: { width: 34, height: 34, 'font-weight': 'bold' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#6b7280',
            'target-arrow-color': '#6b7280',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 9,
            color: '#374151',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
          },
        },
        { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
        { selector: '.faded', style: { opacity: 0.2 } },
        { selector: 'edge.on-path', style: { width: 3, 'line-color': '#b45309', 'target-arrow-color': '#b45309' } },
        { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#b45309' } },
      ],
      layout: { name: 'breadthfirst', roots: [rootId], directed: false, spacingFactor: 1.1, padding: 24 },
    });
    cy.on('tap', 'node', (event) => onSelect(event.target.id() as string));
    cy.on('mouseover', 'edge.inferred', (event) => {
      canvas.title = `${event.target.data('label') as string}: ${(event.target.data('note') as string) || t('impact.noNote')}`;
    });
    cy.on('mouseout', 'edge.inferred', () => canvas.removeAttribute('title'));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelect(undefined);
    });
  };
  const highlight = (ids: ReadonlySet<string> | undefined) => {
    if (!cy) return;
    cy.elements().removeClass('faded on-path');
    if (!ids) return;
    cy.elements().forEach((el) => {
      el.addClass(ids.has(el.id()) ? 'on-path' : 'faded');
    });
  };
  return { element, start, highlight };
}
