import type { Confidence, NodeKind, RelationshipRecord, RelationshipType, SearchMatch, SourceRef } from '../../domain/index.js';
import type { NodeView, StoredNode } from '../neo4j/mapping.js';

export type { NodeView, StoredNode };
export type Direction = 'OUT' | 'IN' | 'BOTH';

/** A search hit: the node, its match class and Lucene score there, and the passage that explains it. */
export interface SearchHit {
  readonly node: NodeView;
  readonly score: number;
  readonly match: SearchMatch;
  readonly highlight: string | null;
}

/** A relationship seen from one of its ends, with the node at the other end. */
export interface Edge extends RelationshipRecord {
  readonly other: StoredNode;
}

/** One hop of a path in its stored direction, with its evidence. */
export interface PathStep {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly confidence: Confidence;
  readonly sources: readonly SourceRef[];
  readonly note: string | null;
  /** Valid time: the hop's period (null: unbounded on that side). */
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

export interface PathResult {
  readonly hops: number;
  /** pathConfidence of the hops. */
  readonly confidence: Confidence;
  readonly nodes: readonly NodeView[];
  readonly relationships: readonly PathStep[];
}

/**
 * Filters that follow relationships; each yields the ids of the listed kind that pass it. `ref` is a node
 * reference (an id, or else an exact name or alias), resolved by the filter's statement itself.
 */
export type RelationalFilter =
  | { readonly by: 'related'; readonly ref: string; readonly type: RelationshipType; readonly direction: Direction }
  | { readonly by: 'focusArea'; readonly ref: string }
  | { readonly by: 'institution'; readonly ref: string }
  | { readonly by: 'touching'; readonly ref: string; readonly depth: number };


/** A list's property filters: the domain's (src/domain/list-page.ts), which the record's lists apply in memory too. */
export type { PropertyFilter } from '../../domain/index.js';

/**
 * A relationship field with the relationship fields selected under it, planned into one statement
 * (read/related-tree) instead of one round trip per level; without children it is the field on its own.
 * `keys`: the stored properties the selection reads of the nodes it lists (null: every property).
 */
export interface RelatedPlan {
  readonly type: RelationshipType;
  readonly direction: 'out' | 'in';
  readonly kinds: readonly NodeKind[];
  readonly first: number;
  readonly keys: readonly string[] | null;
  readonly children: readonly RelatedPlan[];
}

/**
 * node(id:) and nodes(ids:) as planned (read/nodes-planned), in one statement: the stored properties read of the
 * node (null: every property) and, for each kind whose selection has relationship fields, the plans of those fields
 * (`on`: the kind; a node of another kind gets an empty list there).
 */
export interface NodePlan {
  readonly keys: readonly string[] | null;
  readonly trees: readonly { readonly on: NodeKind; readonly plan: RelatedPlan }[];
}

/** A node read as a NodePlan says, with the nodes of each of the plan's trees (same order; empty for other kinds). */
export interface PlannedNode {
  readonly node: NodeView;
  readonly trees: readonly (readonly TreeNode[])[];
}

/** A node of a planned tree with, per child plan (same order), the nodes found under it. */
export interface TreeNode {
  readonly node: NodeView;
  readonly children: readonly (readonly TreeNode[])[];
}

/** What a reference names when it does not name exactly one node (cypher/partials/resolve-one: none, or the first 20). */
export interface Miss {
  readonly id: string;
  readonly kind: string;
  readonly name: string | null;
}

/** A reference as the parameter cypher/partials/resolve-one takes: the trimmed text, its lower case and its full-text phrase query. */
export interface ReferenceParam {
  readonly text: string;
  readonly lower: string;
  readonly phrase: string;
}
