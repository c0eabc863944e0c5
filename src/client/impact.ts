import type { ImpactExplorerQuery } from './generated/graphql.js';
import { prepend, type Chain, type PathNode } from './paths.js';

export type ImpactRole = 'project' | 'targetVision' | 'focusArea';

/** One affected project, Zielbild or Schwerpunktthema, with the path that explains why it is affected. */
export interface ExplainedImpact {
  readonly role: ImpactRole;
  readonly node: PathNode;
  /** Relationships on the path from the node to the one that changes. */
  readonly hops: number;
  /** From this node to the one that changes. */
  readonly path: Chain;
}

/**
 * Explains an impact answer: every affected project with its shortest dependency path (projectsTouching),
 * every Zielbild through the nearest affected project contributing to it (CONTRIBUTES_TO), and every
 * Schwerpunktthema through its Zielbild (HAS_TARGET_VISION). Projects come sorted by hops, then name; a
 * Zielbild or Schwerpunktthema is explained by the first path that reaches it.
 */
export function explainImpact(data: ImpactExplorerQuery): ExplainedImpact[] {
  const origin = data.impact.of.id;
  const rows: ExplainedImpact[] = [];
  const seen = new Set<string>();
  const add = (role: ImpactRole, node: PathNode, path: Chain) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    rows.push({ role, node, hops: path.relationships.length, path });
  };
  const touching = data.projectsTouching.filter((t) => t.project.id !== origin);
  for (const t of touching) add('project', t.project, t.path);
  const visions: { tv: (typeof touching)[number]['project']['targetVisions'][number]; path: Chain }[] = [];
  for (const t of touching) {
    for (const tv of t.project.targetVisions) {
      const path = prepend(tv, { type: 'CONTRIBUTES_TO', from: t.project.id, to: tv.id }, t.path);
      if (!seen.has(tv.id)) visions.push({ tv, path });
      add('targetVision', tv, path);
    }
  }
  for (const { tv, path } of visions) {
    for (const fa of tv.focusAreas) add('focusArea', fa, prepend(fa, { type: 'HAS_TARGET_VISION', from: fa.id, to: tv.id }, path));
  }
  return rows;
}
