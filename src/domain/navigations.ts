import { NODE_KINDS, type NodeKind } from './kinds.js';
import { RELATIONSHIP_TYPES, ruleOf, sourceKinds, targetKinds, type RelationshipType } from './relationships.js';

export type Direction = 'out' | 'in';

/**
 * One way to follow a relationship from a node of `kind`: the field `field` lists the nodes of
 * `otherKinds` reached over `type` in `direction`. Derived from RELATIONSHIP_RULES, never written by hand.
 */
export interface Navigation {
  readonly kind: NodeKind;
  readonly field: string;
  readonly type: RelationshipType;
  readonly direction: Direction;
  readonly otherKinds: readonly NodeKind[];
}

function inFieldName(type: RelationshipType, from: NodeKind): string | undefined {
  const names = ruleOf(type).fields.in;
  return typeof names === 'string' ? names : names[from];
}

function navigationsOf(kind: NodeKind): Navigation[] {
  const out: Navigation[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const targets = targetKinds(type, kind);
    if (targets.length > 0) {
      out.push({ kind, field: ruleOf(type).fields.out, type, direction: 'out', otherKinds: targets });
    }
    // Incoming: one field per distinct name; a name may gather several source kinds.
    const byName = new Map<string, NodeKind[]>();
    for (const from of sourceKinds(type, kind)) {
      const name = inFieldName(type, from);
      if (name === undefined) throw new Error(`${type} has no incoming field name for ${from}`);
      byName.set(name, [...(byName.get(name) ?? []), from]);
    }
    for (const [field, sources] of byName) {
      out.push({ kind, field, type, direction: 'in', otherKinds: sources });
    }
  }
  return out;
}

export const NAVIGATIONS: Readonly<Record<NodeKind, readonly Navigation[]>> = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, navigationsOf(kind)]),
) as Record<NodeKind, Navigation[]>;
