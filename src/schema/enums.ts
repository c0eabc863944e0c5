import { registerEnumType } from 'type-graphql';
import {
  CONFIDENCES,
  EVIDENCE_LEVELS,
  EVIDENCE_STRENGTHS,
  INSTITUTION_TYPES,
  KIND_INFO,
  NODE_KINDS,
  PROJECT_STATUSES,
  RELATIONSHIP_CATEGORIES,
  RELATIONSHIP_TYPES,
  SEARCH_MATCHES,
  SORT_FIELDS,
  ruleOf,
} from '../domain/index.js';
import { BUDGET_GROUPINGS } from '../graph/index.js';

/**
 * GraphQL enums, all derived from the model's allow-lists. Values the API shows in UPPER_SNAKE_CASE map to
 * the model's values (e.g. THEMATIC_AREA → 'thematic-area'); kinds and relationship types keep their names.
 */
const upper = (v: string) => v.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/-/g, '_').toUpperCase();
const enumOf = <T extends string>(values: readonly T[], key: (v: T) => string = upper): Record<string, T> =>
  Object.fromEntries(values.map((v) => [key(v), v]));

export const NodeKindEnum = enumOf(NODE_KINDS, (k) => k);
registerEnumType(NodeKindEnum, {
  name: 'NodeKind',
  description: 'The kinds of node in the strategy graph (German terms in the value descriptions).',
  valuesConfig: Object.fromEntries(NODE_KINDS.map((k) => [k, { description: `${KIND_INFO[k].german}: ${KIND_INFO[k].description}` }])),
});

export const RelationshipTypeEnum = enumOf(RELATIONSHIP_TYPES, (t) => t);
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  valuesConfig: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, { description: `${ruleOf(t).category}: ${ruleOf(t).description}` }])),
});

export const RelationshipCategoryEnum = enumOf(RELATIONSHIP_CATEGORIES);
registerEnumType(RelationshipCategoryEnum, {
  name: 'RelationshipCategory',
  description: 'DEPENDENCY relationships are the ones projectsTouching and impact follow.',
});

export const ConfidenceEnum = enumOf(CONFIDENCES);
registerEnumType(ConfidenceEnum, {
  name: 'Confidence',
  valuesConfig: {
    STATED: { description: 'The cited source says so.' },
    INFERRED: { description: 'Our reading of the sources; the note explains it.' },
    CONTESTED: { description: 'The sources disagree (an open conflict); the note gives the readings and their sources.' },
  },
});

export const EvidenceEnum = enumOf(EVIDENCE_LEVELS);
registerEnumType(EvidenceEnum, {
  name: 'EvidenceLevel',
  description: 'Which relationships a traversal follows (named so beside the Evidence object type of a node).',
  valuesConfig: {
    ANY: { description: 'Every relationship, whatever its confidence.' },
    STATED: { description: 'Only relationships whose confidence is STATED: every hop of every path is sourced.' },
  },
});

export const EvidenceStrengthEnum = enumOf(EVIDENCE_STRENGTHS);
registerEnumType(EvidenceStrengthEnum, {
  name: 'EvidenceStrength',
  description: 'How firmly a fact is evidenced, weakest first.',
  valuesConfig: {
    CONTESTED: { description: 'The sources disagree (an open conflict).' },
    INFERRED: { description: 'Our reading of the sources, not stated by them.' },
    SINGLE_SOURCE: { description: 'Stated by one cited source.' },
    MULTIPLE_SOURCES: { description: 'Stated, and cited with several sources.' },
  },
});

export const SearchMatchEnum = enumOf(SEARCH_MATCHES, (m) => m);
registerEnumType(SearchMatchEnum, {
  name: 'SearchMatch',
  description: 'Why a search hit is there; hits are ordered by these classes first (in this order), then by score.',
  valuesConfig: {
    EXACT: { description: 'A name or alias equals the text, ignoring case, diacritics, hyphens and spaces ("Deutschland ID" = "DeutschlandID", "Fuehrerschein" = "Führerschein").' },
    NAME: { description: 'Every word of the text is in the name or the aliases, as a word or a part of a compound ("Zulassung" in "Fahrzeugzulassung").' },
    DESCRIPTION: { description: 'Every word of the text is in the name, the aliases or the description.' },
    FUZZY: {
      description:
        'Only when no hit of the other classes exists: words of the text match words of the name with typos (4–7 letters ' +
        'one edit, longer words two), or parts of compound words or only some of the words match.',
    },
  },
});

export const ProjectStatusEnum = enumOf(PROJECT_STATUSES);
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus' });

export const InstitutionTypeEnum = enumOf(INSTITUTION_TYPES);
registerEnumType(InstitutionTypeEnum, { name: 'InstitutionType' });

export const DirectionEnum = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' } as const;
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Direction of a relationship as seen from the node it is asked on.',
});

export const SortFieldEnum = enumOf(SORT_FIELDS);
registerEnumType(SortFieldEnum, { name: 'SortField' });

export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

export const BudgetGroupingEnum = enumOf(BUDGET_GROUPINGS);
registerEnumType(BudgetGroupingEnum, { name: 'BudgetGrouping' });
