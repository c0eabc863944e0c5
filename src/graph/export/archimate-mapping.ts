import type { NodeKind, RelationshipType } from '../../domain/index.js';

/**
 * How the model maps onto ArchiMate 3.1. Every relationship below is one the ArchiMate relationship
 * tables allow between the two element types; where none fits the meaning, Association (allowed between
 * any two elements) keeps our type as its name. The README shows these tables; a test keeps them in step.
 */
export type ArchimateElement =
  | 'CourseOfAction'
  | 'Goal'
  | 'Principle'
  | 'Outcome'
  | 'WorkPackage'
  | 'BusinessActor'
  | 'ApplicationComponent'
  | 'BusinessService'
  | 'Grouping'
  | 'BusinessEvent'
  | 'BusinessObject'
  | 'Constraint'
  | 'Driver';

export const ELEMENT_OF: Readonly<Record<NodeKind, ArchimateElement>> = {
  Strategy: 'CourseOfAction',
  Vision: 'Goal',
  Guideline: 'Principle',
  FocusArea: 'Goal',
  TargetVision: 'Outcome',
  Goal: 'Goal',
  Programme: 'WorkPackage',
  Project: 'WorkPackage',
  Theme: 'WorkPackage',
  Institution: 'BusinessActor',
  System: 'ApplicationComponent',
  Service: 'BusinessService',
  Topic: 'Grouping',
  Meeting: 'BusinessEvent',
  Decision: 'BusinessObject',
  Person: 'BusinessActor',
  Law: 'Constraint',
  Policy: 'Driver',
  Standard: 'Principle',
};

export type ArchimateRelationship = 'Association' | 'Aggregation' | 'Realization' | 'Influence' | 'Assignment' | 'Serving' | 'Access';

export interface RelationshipMapping {
  readonly type: ArchimateRelationship;
  /** The ArchiMate relationship runs the other way (its source is our `to`). */
  readonly reversed?: boolean;
  /** Only between these kinds (from → to); Association otherwise. */
  readonly only?: { readonly from?: readonly NodeKind[]; readonly to?: readonly NodeKind[] };
}

const ASSOCIATION: RelationshipMapping = { type: 'Association' };

/** Relationship types not listed here become a directed Association named after the type. */
export const RELATIONSHIP_MAPPING: Readonly<Partial<Record<RelationshipType, RelationshipMapping>>> = {
  HAS_PART: { type: 'Aggregation', only: { to: ['Strategy'] } },
  HAS_VISION: { type: 'Realization' },
  HAS_FOCUS_AREA: { type: 'Realization' },
  HAS_TARGET_VISION: { type: 'Realization', reversed: true },
  HAS_GOAL: { type: 'Realization' },
  HAS_PROGRAMME: { type: 'Realization', reversed: true },
  INCLUDES: { type: 'Aggregation' },
  HAS_THEME: { type: 'Aggregation' },
  CONTRIBUTES_TO: { type: 'Influence' },
  ADVANCES: { type: 'Influence' },
  LED_BY: { type: 'Assignment', reversed: true },
  PARTICIPATES_IN: { type: 'Assignment' },
  MEMBER_OF: { type: 'Aggregation', reversed: true },
  ASSISTS: { type: 'Serving' },
  DIGITALISES: { type: 'Realization' },
  SUPPORTS: { type: 'Serving' },
  DEPENDS_ON: { type: 'Serving', reversed: true, only: { from: ['System'] } },
  TAGGED: { type: 'Aggregation', reversed: true },
  ACCEPTS_LOGIN_FROM: { type: 'Serving', reversed: true },
  ADOPTED: { type: 'Access' },
};

/** The ArchiMate relationship for one of ours between nodes of these kinds. */
export function relationshipFor(type: RelationshipType, from: NodeKind, to: NodeKind): RelationshipMapping {
  const mapping = RELATIONSHIP_MAPPING[type];
  if (!mapping) return ASSOCIATION;
  const fits = (!mapping.only?.from || mapping.only.from.includes(from)) && (!mapping.only?.to || mapping.only.to.includes(to));
  return fits ? mapping : ASSOCIATION;
}
