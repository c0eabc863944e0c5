/**
 * Paths as the API returns them (nodes, and the relationships between consecutive nodes in the direction
 * they are stored), and how they read as text: "Projekt —INTEGRATES→ ELSTER ←REPLACES— …".
 */
export interface PathNode {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
}

export interface PathStep {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

/** nodes[i] and nodes[i + 1] are joined by relationships[i], in either direction. */
export interface Chain {
  readonly nodes: readonly PathNode[];
  readonly relationships: readonly PathStep[];
}

/** The chain as one line of text, each arrow pointing the way the relationship is stored. */
export function chainText(chain: Chain): string {
  return chain.nodes
    .map((node, i) => {
      const step = chain.relationships[i];
      if (!step) return node.name;
      return step.from === node.id ? `${node.name} —${step.type}→ ` : `${node.name} ←${step.type}— `;
    })
    .join('');
}

/** The chain with one more node in front: `node` joined to the chain's first node by `step`. */
export function prepend(node: PathNode, step: PathStep, chain: Chain): Chain {
  return { nodes: [node, ...chain.nodes], relationships: [step, ...chain.relationships] };
}
