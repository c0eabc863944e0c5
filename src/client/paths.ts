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
  /** STATED, INFERRED or CONTESTED as the API gives it; absent counts as stated. */
  readonly confidence?: string;
  readonly note?: string | null;
}

/** Whether a hop rests on more than a cited source's word (INFERRED or CONTESTED). */
export const isInferred = (step: PathStep) => step.confidence !== undefined && step.confidence !== 'STATED';

/** nodes[i] and nodes[i + 1] are joined by relationships[i], in either direction. */
export interface Chain {
  /** The path's confidence as the API gives it (STATED only when every hop is), where known. */
  readonly confidence?: string;
  readonly nodes: readonly PathNode[];
  readonly relationships: readonly PathStep[];
}

/** How a hop's type and confidence read in a chain; by default the codes ("CONTRIBUTES_TO", "inferred"). */
export interface ChainLabels {
  type(type: string): string;
  confidence(confidence: string): string;
}
const CODES: ChainLabels = { type: (t) => t, confidence: (c) => c.toLowerCase() };

/**
 * The chain as one line of text, each arrow pointing the way the relationship is stored; an inferred or contested
 * hop is marked: "ZaPuK —CONTRIBUTES_TO (inferred)→ …" (or in `labels`' words: "ZaPuK —trägt bei zu (abgeleitet)→").
 */
export function chainText(chain: Chain, labels: ChainLabels = CODES): string {
  return chain.nodes
    .map((node, i) => {
      const step = chain.relationships[i];
      if (!step) return node.name;
      const type = isInferred(step) ? `${labels.type(step.type)} (${labels.confidence(step.confidence!)})` : labels.type(step.type);
      return step.from === node.id ? `${node.name} —${type}→ ` : `${node.name} ←${type}— `;
    })
    .join('');
}
