import type { NodeKind } from './kinds.js';

/**
 * Kind-specific properties. Every value is optional: where the public record is silent the field
 * stays empty rather than guessed. Each spec is the single rule for validation, storage and the API.
 */
export type FieldType = 'string' | 'enum' | 'money' | 'date' | 'integer';

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  /** Allowed values for `enum` fields. */
  readonly values?: readonly string[];
  /** The form a `string` field must have, and how to say it. */
  readonly pattern?: { readonly regex: RegExp; readonly expected: string };
}

export const PROJECT_STATUSES = ['proposed', 'approved', 'running', 'completed', 'discontinued'] as const;
export const INSTITUTION_TYPES = [
  'federal',
  'state',
  'municipal',
  'body',
  'agency',
  'chamber',
  'cooperative',
  'company',
] as const;

const budget: FieldSpec = { name: 'budgetEur', type: 'money', description: 'Budget in euros, where published.' };
const status: FieldSpec = {
  name: 'status',
  type: 'enum',
  values: PROJECT_STATUSES,
  description: 'Lifecycle status, where published.',
};
const startDate: FieldSpec = { name: 'startDate', type: 'date', description: 'Start (YYYY, YYYY-MM or YYYY-MM-DD).' };
const endDate: FieldSpec = { name: 'endDate', type: 'date', description: 'Planned or actual end.' };
const date: FieldSpec = { name: 'date', type: 'date', description: 'Date (YYYY, YYYY-MM or YYYY-MM-DD).' };
const leikaKey: FieldSpec = {
  name: 'leikaKey',
  type: 'string',
  pattern: { regex: /^\d{14}$/, expected: 'a LeiKa key of 14 digits (in YAML, quote it: "99050012104000")' },
  description: 'The service\'s key in the Leistungskatalog (LeiKa, FIM), where published: the join key of German e-government.',
};

export const KIND_FIELDS: Readonly<Record<NodeKind, readonly FieldSpec[]>> = {
  Strategy: [],
  Vision: [],
  Guideline: [],
  FocusArea: [],
  TargetVision: [],
  Goal: [],
  Programme: [status, budget, startDate, endDate],
  Project: [status, budget, startDate, endDate],
  Theme: [],
  Institution: [{ name: 'type', type: 'enum', values: INSTITUTION_TYPES, description: 'What sort of institution.' }],
  System: [],
  Service: [leikaKey],
  Topic: [],
  Meeting: [
    { name: 'number', type: 'integer', description: 'Sequence number of the session.' },
    date,
    { name: 'location', type: 'string', description: 'Where the session took place.' },
  ],
  Decision: [{ name: 'number', type: 'string', description: 'Official decision number, e.g. 2025/02.' }, date],
  Person: [],
  Law: [],
  Policy: [date],
  Standard: [date],
};

/** Dates may be partial: the sources often give only a year or a month. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
