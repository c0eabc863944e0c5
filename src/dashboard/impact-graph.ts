import cytoscape from 'cytoscape';
import { isInferred, type ExplainedImpact, type PathNode, type PathStep } from '../client/index.js';
import { h } from './dom.js';

const COLOURS: Record<string, string> = {
  origin: '#b42318',
  project: '#1d4ed8',
  targetVision: '#047857',
  focusArea: '#7c3aed',
  step: '#6b7280',
};

export interface ImpactGraph {
  readonly element: HTMLElement;
  /** Draws the graph; call once `element` is in the page (Cytoscape measures its container). */
  start(): void;
  /** Highlights the path of one row (or nothing). */
  highlight(row: ExplainedImpact | undefined): void;
}

/**
 * The explained impact as an interactive graph (Cytoscape.js): the node that changes, the affected projects,
 * Zielbilder and Schwerpunktthemen, and the nodes and relationships on the paths between them. Pan, zoom and
 * drag as usual; tapping a node calls `onSelect` with it. Canvas is invisible to screen readers, so the
 * figure also lists its nodes and relationships as text.
 */
export function impactGraph(origin: PathNode, rows: readonly ExplainedImpact[], onSelect: (nodeId: string | undefined) => void): ImpactGraph {
  const nodes = new Map<string, { node: PathNode; role: string }>([[origin.id, { node: origin, role: 'origin' }]]);
  const edges = new Map<string, PathStep>();
  for (const row of rows) {
    for (const node of row.path.nodes) if (!nodes.has(node.id)) nodes.set(node.id, { node, role: 'step' });
    nodes.set(row.node.id, { node: row.node, role: row.role });
    for (const step of row.path.relationships) edges.set(`${step.from}|${step.type}|${step.to}`, step);
  }
  const canvas = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': `Graph der Auswirkungen von ${origin.name}` });
  const element = h(
    'figure',
    { class: 'graph' },
    canvas,
    h('figcaption', {}, `${nodes.size} Knoten, ${edges.size} Beziehungen. Ziehen, zoomen, Knoten antippen.`),
    h('ul', { class: 'sr-only', 'aria-label': 'Knoten im Graphen' }, [...nodes.values()].map(({ node }) => h('li', { 'data-node-id': node.id }, node.name))),
    h(
      'ul',
      { class: 'sr-only', 'aria-label': 'Beziehungen im Graphen' },
      [...edges.values()].map((e) => h('li', {}, `${e.from} ${e.type} ${e.to}${isInferred(e) ? ` (abgeleitet: ${e.note ?? 'ohne Erläuterung'})` : ''}`)),
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
          data: { id, source: e.from, target: e.to, label: isInferred(e) ? `${e.type} (abgeleitet)` : e.type, note: e.note ?? '' },
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
            'line-color': '#9ca3af',
            'target-arrow-color': '#9ca3af',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 8,
            color: '#6b7280',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
          },
        },
        { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
        { selector: '.faded', style: { opacity: 0.2 } },
        { selector: 'edge.on-path', style: { width: 3, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' } },
        { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
      ],
      layout: { name: 'breadthfirst', roots: [origin.id], directed: false, spacingFactor: 1.1, padding: 24 },
    });
    cy.on('tap', 'node', (event) => onSelect(event.target.id() as string));
    cy.on('mouseover', 'edge.inferred', (event) => {
      canvas.title = `${event.target.data('label') as string}: ${(event.target.data('note') as string) || 'ohne Erläuterung'}`;
    });
    cy.on('mouseout', 'edge.inferred', () => canvas.removeAttribute('title'));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelect(undefined);
    });
  };
  const highlight = (row: ExplainedImpact | undefined) => {
    if (!cy) return;
    cy.elements().removeClass('faded on-path');
    if (!row) return;
    const ids = new Set([...row.path.nodes.map((n) => n.id), ...row.path.relationships.map((r) => `${r.from}|${r.type}|${r.to}`)]);
    cy.elements().forEach((el) => {
      el.addClass(ids.has(el.id()) ? 'on-path' : 'faded');
    });
  };
  return { element, start, highlight };
}
