import { KIND_FIELDS } from './fields.js';
import type { NodeKind } from './kinds.js';
import { relationshipProperties, type RelationshipType } from './relationships.js';
import { periodOf, type ValidPeriod } from './valid-time.js';

/** Where a fact comes from. `published` is the source's own date, `retrieved` when it was read. */
export interface SourceRef {
  readonly url: string;
  readonly title?: string;
  readonly published?: string;
  readonly retrieved?: string;
}

/**
 * 'stated' = the source says so; 'inferred' = our reading of the sources, explained in `note`;
 * 'contested' = the sources disagree (an open conflict), the readings and their sources in `note`.
 */
export const CONFIDENCES = ['stated', 'inferred', 'contested'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * The confidence of a path from its hops': 'stated' only when every hop is stated, else the weakest hop's
 * ('contested' when a hop is contested, else 'inferred'). A path of no hops is 'stated'.
 */
export function pathConfidence(hops: readonly { readonly confidence: Confidence }[]): Confidence {
  if (hops.some((h) => h.confidence === 'contested')) return 'contested';
  return hops.some((h) => h.confidence === 'inferred') ? 'inferred' : 'stated';
}

/** Which relationships a traversal follows: all of them, or only those whose confidence is 'stated'. */
export const EVIDENCE_LEVELS = ['any', 'stated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export type AttributeValue = string | number | boolean | readonly string[];
export type FieldValue = string | number;

export interface NodeRecord extends ValidPeriod {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly sources: readonly SourceRef[];
  readonly confidence: Confidence;
  readonly note?: string;
  /** Facts without a field of their own, kept with their sources. */
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** Kind-specific fields (KIND_FIELDS), only those with a known value. */
  readonly fields: Readonly<Record<string, FieldValue>>;
}

export interface RelationshipRecord extends ValidPeriod {
  readonly from: string;
  readonly type: RelationshipType;
  readonly to: string;
  readonly sources: readonly SourceRef[];
  readonly confidence: Confidence;
  readonly note?: string;
  readonly properties: Readonly<Record<string, FieldValue>>;
}

/** A relationship is identified by its ends and type: at most one of each per pair. */
export function relationshipKey(r: Pick<RelationshipRecord, 'from' | 'type' | 'to'>): string {
  return `${r.from} -[${r.type}]-> ${r.to}`;
}

export interface GraphDocument {
  readonly nodes: readonly NodeRecord[];
  readonly relationships: readonly RelationshipRecord[];
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;

/**
 * A node in the import format — what the import reads, the JSON export writes and the history keeps, the one
 * writer of it: keys in a fixed order (the kind's fields in model order), empty optional values left out, so that
 * the same node always gives the same text.
 */
export function nodeToImportFormat(n: NodeRecord): Record<string, unknown> {
  const fields = Object.fromEntries(KIND_FIELDS[n.kind].filter((f) => n.fields[f.name] !== undefined).map((f) => [f.name, n.fields[f.name]]));
  return {
    id: n.id,
    kind: n.kind,
    name: n.name,
    ...(n.aliases.length > 0 ? { aliases: [...n.aliases] } : {}),
    description: n.description,
    ...periodOf(n),
    ...fields,
    sources: n.sources.map((s) => ({ ...s })),
    confidence: n.confidence,
    ...(n.note === undefined ? {} : { note: n.note }),
    ...(Object.keys(n.attributes).length > 0 ? { attributes: { ...n.attributes } } : {}),
  };
}

/** A relationship in the import format (the one writer of it; properties in model order). */
export function relationshipToImportFormat(r: RelationshipRecord): Record<string, unknown> {
  const properties = Object.fromEntries(
    relationshipProperties(r.type).filter((p) => r.properties[p.name] !== undefined).map((p) => [p.name, r.properties[p.name]]),
  );
  return {
    from: r.from,
    type: r.type,
    to: r.to,
    ...periodOf(r),
    sources: r.sources.map((s) => ({ ...s })),
    confidence: r.confidence,
    ...(r.note === undefined ? {} : { note: r.note }),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}
