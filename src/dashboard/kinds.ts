import type { NodeKind } from '../client/index.js';

/** The node kinds, in the model's order (the API's NodeKind). */
export const KINDS: readonly NodeKind[] = [
  'Strategy', 'Vision', 'Guideline', 'FocusArea', 'TargetVision', 'Goal', 'Programme', 'Project', 'Theme', 'Institution',
  'System', 'Service', 'Topic', 'Meeting', 'Decision', 'Person', 'Law', 'Policy', 'Standard',
];

export const isKind = (value: unknown): value is NodeKind => KINDS.includes(value as NodeKind);

/** Kinds whose question is "what does a change affect?": their hits open the impact analysis, the others their page. */
export const IMPACT_KINDS: ReadonlySet<string> = new Set(['System', 'Service', 'Project', 'Programme', 'Theme', 'Topic', 'Standard', 'Law']);
