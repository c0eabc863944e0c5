import { NODE_KINDS, type NodeKind } from './kinds.js';
import type { FieldSpec } from './fields.js';

/**
 * Relationship types, the kinds each may connect, and the field names the API uses to follow them.
 * A relationship outside these rules is rejected by validation and cannot be created.
 */
export const RELATIONSHIP_CATEGORIES = ['structure', 'alignment', 'organisation', 'dependency', 'interoperation', 'governance'] as const;
export type RelationshipCategory = (typeof RELATIONSHIP_CATEGORIES)[number];

type Kinds = readonly NodeKind[] | 'any';

export interface RelationshipRule {
  readonly category: RelationshipCategory;
  readonly description: string;
  /** Allowed (from → to) kind groups; a pair is allowed when any group contains it. */
  readonly connects: readonly { readonly from: Kinds; readonly to: Kinds }[];
  /** Properties beyond the common ones (see COMMON_RELATIONSHIP_PROPERTIES). */
  readonly properties?: readonly FieldSpec[];
  /** Field names for following the relationship: `out` on the source kinds, `in` on the target kinds. */
  readonly fields: { readonly out: string; readonly in: string | Partial<Record<NodeKind, string>> };
  /**
   * Whether a node may have this relationship to itself (`ELSTER DEPENDS_ON ELSTER`). No type of the model
   * allows it today: a thing does not depend on, replace, fund or amend itself.
   */
  readonly selfAllowed: boolean;
}

const amountEur: FieldSpec = { name: 'amountEur', type: 'money', description: 'Amount in euros.' };

/** Optional properties any relationship may carry. */
export const COMMON_RELATIONSHIP_PROPERTIES: readonly FieldSpec[] = [
  { name: 'role', type: 'string', description: 'The role one end plays for the other.' },
  { name: 'component', type: 'string', description: 'The part of the system the relationship is about.' },
  { name: 'nature', type: 'string', description: 'What the relationship means in this case, in words.' },
  { name: 'since', type: 'string', description: 'Since when (date or event).' },
  { name: 'until', type: 'string', description: 'Until when (date or event).' },
];

const rule = (
  category: RelationshipCategory,
  description: string,
  from: Kinds,
  to: Kinds,
  fields: RelationshipRule['fields'],
  properties?: readonly FieldSpec[],
): RelationshipRule => ({ category, description, connects: [{ from, to }], fields, properties, selfAllowed: false });

export const RELATIONSHIP_RULES = {
  // structure: how the strategy is built
  HAS_PART: rule('structure', 'A strategy has a component, programme or project.', ['Strategy'], ['Strategy', 'Programme', 'Project'], {
    out: 'parts',
    in: 'partOf',
  }),
  HAS_VISION: rule('structure', 'A strategy contains the Zukunftsbild.', ['Strategy'], ['Vision'], {
    out: 'visions',
    in: 'strategies',
  }),
  HAS_GUIDELINE: rule('structure', 'A strategy contains Leitlinien.', ['Strategy'], ['Guideline'], {
    out: 'guidelines',
    in: 'strategies',
  }),
  HAS_FOCUS_AREA: rule('structure', 'A strategy has a Schwerpunktthema.', ['Strategy'], ['FocusArea'], {
    out: 'focusAreas',
    in: 'strategies',
  }),
  HAS_TARGET_VISION: rule('structure', 'A Schwerpunktthema has a Zielbild.', ['FocusArea'], ['TargetVision'], {
    out: 'targetVisions',
    in: 'focusAreas',
  }),
  HAS_GOAL: rule('structure', 'A Zielbild names a goal.', ['TargetVision'], ['Goal'], { out: 'goals', in: 'targetVisions' }),
  HAS_PROGRAMME: rule('structure', 'A Schwerpunktthema runs a programme.', ['FocusArea'], ['Programme'], {
    out: 'programmes',
    in: 'focusAreas',
  }),
  INCLUDES: rule('structure', 'A programme includes a project.', ['Programme'], ['Project'], {
    out: 'projects',
    in: 'programmes',
  }),
  HAS_THEME: rule('structure', 'A programme\'s projects include a published theme.', ['Programme'], ['Theme'], {
    out: 'themes',
    in: 'programmes',
  }),
  SPANS: rule('structure', 'A programme\'s projects are spread over a Schwerpunktthema.', ['Programme'], ['FocusArea'], {
    out: 'spansFocusAreas',
    in: 'spannedBy',
  }),
  HAS_BASE_SERVICE: rule(
    'structure',
    'A standards framework lists a product as one of its Basisdienste (the Basisdienst in `role`).',
    ['Standard'],
    ['System', 'Project'],
    { out: 'baseServices', in: 'baseServiceOf' },
  ),

  // alignment: what contributes to which goal
  CONTRIBUTES_TO: rule(
    'alignment',
    'Contributes to a Zielbild.',
    ['Project', 'Programme', 'System', 'Theme', 'Standard'],
    ['TargetVision'],
    { out: 'targetVisions', in: { Project: 'projects', Programme: 'programmes', System: 'systems', Theme: 'themes', Standard: 'standards' } },
  ),
  ADVANCES: rule(
    'alignment',
    'Advances one goal of a Zielbild (and so contributes to that Zielbild).',
    ['Project', 'Programme', 'System', 'Theme', 'Standard'],
    ['Goal'],
    { out: 'goals', in: { Project: 'projects', Programme: 'programmes', System: 'systems', Theme: 'themes', Standard: 'standards' } },
  ),
  REFERS_TO: rule('alignment', 'A goal names a law it is about.', ['Goal'], ['Law'], { out: 'laws', in: 'goals' }),
  TARGETS: rule('alignment', 'A government agenda targets a service.', ['Policy'], ['Service'], {
    out: 'services',
    in: 'policies',
  }),

  // organisation: who leads, runs, pays and belongs
  LED_BY: rule('organisation', 'Led by an institution.', ['Project', 'Programme'], ['Institution'], {
    out: 'leadInstitutions',
    in: { Project: 'ledProjects', Programme: 'ledProgrammes' },
  }),
  PARTICIPATES_IN: rule('organisation', 'Takes part in a project.', ['Institution'], ['Project', 'Programme'], {
    out: 'participatesIn',
    in: 'participants',
  }),
  FUNDED_BY: rule(
    'organisation',
    'Funded by an institution.',
    ['Project', 'Programme', 'System'],
    ['Institution'],
    { out: 'funders', in: { Project: 'fundedProjects', Programme: 'fundedProgrammes', System: 'fundedSystems' } },
    [amountEur],
  ),
  OPERATED_BY: rule('organisation', 'A system is operated by.', ['System'], ['Institution'], {
    out: 'operators',
    in: 'operatedSystems',
  }),
  DEVELOPED_BY: rule('organisation', 'A system (or part of it) is built by.', ['System'], ['Institution'], {
    out: 'developers',
    in: 'developedSystems',
  }),
  COORDINATED_BY: rule('organisation', 'A system is coordinated by.', ['System'], ['Institution'], {
    out: 'coordinators',
    in: 'coordinatedSystems',
  }),
  COMMISSIONED_BY: rule('organisation', 'A system was commissioned by.', ['System'], ['Institution'], {
    out: 'commissionedBy',
    in: 'commissionedSystems',
  }),
  PRODUCT_OF: rule('organisation', 'A system is a product of.', ['System'], ['Institution'], {
    out: 'owners',
    in: 'products',
  }),
  STANDARDISED_BY: rule('organisation', 'The standards of a system are set by.', ['System'], ['Institution'], {
    out: 'standardisedBy',
    in: 'standardisedSystems',
  }),
  MEMBER_OF: rule('organisation', 'Is a member of.', ['Institution', 'Person'], ['Institution'], {
    out: 'memberOf',
    in: 'members',
  }),
  ASSISTS: rule('organisation', 'Supports the work of another institution.', ['Institution'], ['Institution'], {
    out: 'assists',
    in: 'assistedBy',
  }),
  SUCCEEDS: rule('organisation', 'Took over all the responsibilities of.', ['Institution'], ['Institution'], {
    out: 'succeeds',
    in: 'succeededBy',
  }),
  TOOK_OVER_TASKS_FROM: rule('organisation', 'Took over a part of another institution\'s remit (the part in `component`).', ['Institution'], ['Institution'], {
    out: 'tookOverTasksFrom',
    in: 'tasksTakenOverBy',
  }),
  PATRON_OF: rule('organisation', 'Is the Themenpate of a Schwerpunktthema.', ['Institution', 'Person'], ['FocusArea'], {
    out: 'patronOf',
    in: 'patrons',
  }),
  OWNS: rule('organisation', 'Owns a strategy.', ['Institution'], ['Strategy'], { out: 'ownedStrategies', in: 'owners' }),
  MODERATES: rule('organisation', 'Moderates the strategy process.', ['Institution'], ['Strategy'], {
    out: 'moderates',
    in: 'moderators',
  }),
  HEADS: rule('organisation', 'A person heads an institution.', ['Person'], ['Institution'], {
    out: 'heads',
    in: 'headedBy',
  }),
  REPRESENTS: rule('organisation', 'A person represents an institution.', ['Person'], ['Institution'], {
    out: 'represents',
    in: 'representatives',
  }),
  CHAIRS: rule('organisation', 'Chairs a body or a session.', ['Person', 'Institution'], ['Institution', 'Meeting'], {
    out: 'chairs',
    in: 'chairedBy',
  }),
  PUBLISHED_BY: rule('organisation', 'A standard is published by.', ['Standard'], ['Institution'], {
    out: 'publishers',
    in: 'publishedStandards',
  }),
  PRESENTED_BY: rule('organisation', 'An agenda was presented by.', ['Policy'], ['Person'], {
    out: 'presentedBy',
    in: 'presentedPolicies',
  }),
  HAS_LEGAL_BASIS: rule('organisation', 'Rests on a law or treaty.', ['System', 'Institution'], ['Law'], {
    out: 'legalBases',
    in: 'basisFor',
  }),

  // dependency: what relies on what (followed by projectsTouching and impact)
  INTEGRATES: rule('dependency', 'Integrates or builds on a system.', ['Project', 'Programme'], ['System'], {
    out: 'systems',
    in: { Project: 'projects', Programme: 'programmes' },
  }),
  DIGITALISES: rule('dependency', 'Digitalises an administrative service.', ['Project', 'Programme', 'Theme'], ['Service'], {
    out: 'services',
    in: { Project: 'projects', Programme: 'programmes', Theme: 'themes' },
  }),
  SUPPORTS: rule('dependency', 'A system supports an administrative service.', ['System'], ['Service'], {
    out: 'services',
    in: 'systems',
  }),
  DEPENDS_ON: {
    category: 'dependency',
    description: 'Depends on another project, or another system.',
    connects: [
      { from: ['Project'], to: ['Project'] },
      { from: ['System'], to: ['System'] },
    ],
    fields: { out: 'dependsOn', in: 'dependents' },
    selfAllowed: false,
  },
  REPLACES: rule(
    'dependency',
    'Is to replace a system (or a part of it).',
    ['Project', 'Programme'],
    ['System'],
    { out: 'replaces', in: 'replacedBy' },
    [{ name: 'status', type: 'enum', values: ['proposed', 'decided'], description: 'How firm the plan is.' }],
  ),
  TAGGED: rule('dependency', 'Is about a topic.', 'any', ['Topic'], { out: 'topics', in: 'tagged' }),

  // interoperation: systems that work with each other without one depending on the other (not followed by traversals)
  ACCEPTS_LOGIN_FROM: rule(
    'interoperation',
    'A system accepts the credential of another system as one of several ways to log in.',
    ['System'],
    ['System'],
    { out: 'acceptsLoginFrom', in: 'loginAcceptedBy' },
  ),

  // governance: sessions and decisions
  HELD: rule('governance', 'An institution held or hosted a session.', ['Institution'], ['Meeting'], {
    out: 'meetings',
    in: 'heldBy',
  }),
  ADOPTED: rule('governance', 'A session or a body adopted a decision.', ['Meeting', 'Institution'], ['Decision'], {
    out: 'decisions',
    in: { Meeting: 'adoptedAt', Institution: 'adoptedBy' },
  }),
  DISCUSSED: rule('governance', 'A session discussed a subject (no decision on it known).', ['Meeting'], 'any', {
    out: 'discussed',
    in: 'discussedAt',
  }),
  APPROVES: rule(
    'governance',
    'A decision adopts, approves or starts.',
    ['Decision'],
    ['Strategy', 'Vision', 'Guideline', 'FocusArea', 'TargetVision', 'Programme', 'Project'],
    { out: 'approves', in: 'approvedBy' },
    [amountEur],
  ),
  CONCERNS: rule('governance', 'A decision concerns.', ['Decision'], 'any', { out: 'concerns', in: 'concernedBy' }),
  ASSIGNS_TASK_TO: rule('governance', 'Gives an institution a task.', ['Decision', 'Policy', 'Law'], ['Institution'], {
    out: 'assignsTaskTo',
    in: 'tasksFrom',
  }),
  CONSULTS: rule('governance', 'A decision requires hearing an institution.', ['Decision'], ['Institution'], {
    out: 'consults',
    in: 'consultedBy',
  }),
  AMENDS: rule('governance', 'A decision amends an earlier one.', ['Decision'], ['Decision'], {
    out: 'amends',
    in: 'amendedBy',
  }),
  MANDATES: rule('governance', 'A law mandates the development of a system.', ['Law'], ['System'], {
    out: 'mandates',
    in: 'mandatedBy',
  }),
  RATIFIED: rule('governance', 'A state ratified a treaty (the date in `since`).', ['Institution'], ['Law'], {
    out: 'ratified',
    in: 'ratifiedBy',
  }),
} as const satisfies Record<string, RelationshipRule>;

export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as RelationshipType[];

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && Object.hasOwn(RELATIONSHIP_RULES, value);
}

export function ruleOf(type: RelationshipType): RelationshipRule {
  return RELATIONSHIP_RULES[type];
}

const expand = (kinds: Kinds): readonly NodeKind[] => (kinds === 'any' ? NODE_KINDS : kinds);

/** Whether the model allows `from -[type]-> to`. */
export function allows(type: RelationshipType, from: NodeKind, to: NodeKind): boolean {
  return ruleOf(type).connects.some((g) => expand(g.from).includes(from) && expand(g.to).includes(to));
}

/**
 * Why the model refuses `from -[type]-> to` between nodes of these kinds, or undefined when it allows it: the one
 * check behind the import, createRelationship and the editor.
 */
export function connectionProblem(
  rel: { readonly from: string; readonly type: RelationshipType; readonly to: string },
  fromKind: NodeKind,
  toKind: NodeKind,
): { readonly field: 'type' | 'to'; readonly message: string } | undefined {
  if (!allows(rel.type, fromKind, toKind)) return { field: 'type', message: `${rel.type} may not connect ${fromKind} to ${toKind}` };
  if (rel.from === rel.to && !ruleOf(rel.type).selfAllowed) {
    return { field: 'to', message: `${rel.type} may not connect a node to itself (${rel.from})` };
  }
  return undefined;
}

/** The kinds a `type` relationship may reach from a node of kind `from` (in model order). */
export function targetKinds(type: RelationshipType, from: NodeKind): NodeKind[] {
  return NODE_KINDS.filter((to) => allows(type, from, to));
}

/** The kinds a `type` relationship may come from into a node of kind `to` (in model order). */
export function sourceKinds(type: RelationshipType, to: NodeKind): NodeKind[] {
  return NODE_KINDS.filter((from) => allows(type, from, to));
}

export function typesOfCategory(category: RelationshipCategory): RelationshipType[] {
  return RELATIONSHIP_TYPES.filter((t) => ruleOf(t).category === category);
}

/** The relationship types projectsTouching and impact follow. */
export const DEPENDENCY_TYPES: readonly RelationshipType[] = typesOfCategory('dependency');

/** Every property a relationship of this type may carry. */
export function relationshipProperties(type: RelationshipType): readonly FieldSpec[] {
  return [...COMMON_RELATIONSHIP_PROPERTIES, ...(ruleOf(type).properties ?? [])];
}
