/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The state a read answers on. `valid`: the date at which the facts hold in the world (valid time: nodes and relationships with validFrom/validTo; a fact without them holds at every date). Default: today (Europe/Berlin). `recorded`: the instant whose record to read (recorded time: the graph as this graph had it then, replayed from its append-only history; answered by node, nodes, lookup, the lists of every kind, impact, projectsTouching, coverage and uncoveredTargetVisions and the fields under them). Default: now. One asOf per request: the fields under a root field read at its asOf, and the root fields of a request must not disagree. The answer names the state it was computed on in extensions.asOf. */
export type AsOf = {
  /** Recorded time: the instant (ISO 8601) whose record to read, to the millisecond; between the first entry of the history and now (else BAD_USER_INPUT, naming the range). Default: now (the current graph). Answered by node, nodes, lookup, the lists, impact, projectsTouching, coverage and uncoveredTargetVisions. */
  recorded?: unknown;
  /** Valid time: the date (YYYY-MM-DD) the facts hold at. Default: today. */
  valid?: unknown;
};

export type BudgetGrouping =
  | 'FOCUS_AREA'
  | 'INSTITUTION'
  | 'PROGRAMME';

export type ChangeOperation =
  | 'CREATE_NODE'
  | 'CREATE_RELATIONSHIP'
  | 'DELETE_NODE'
  | 'IMPORT_NODE'
  | 'IMPORT_RELATIONSHIP'
  | 'REMOVE_RELATIONSHIP'
  | 'RESTORE_NODE'
  | 'UPDATE_NODE';

export type Confidence =
  /** The sources disagree (an open conflict); the note gives the readings and their sources. */
  | 'CONTESTED'
  /** Our reading of the sources; the note explains it. */
  | 'INFERRED'
  /** The cited source says so. */
  | 'STATED';

export type DecisionFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

/** ADDED: only in the later state; REMOVED: only in the earlier; CHANGED: in both, with fields that differ. */
export type DiffChange =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** What a diff entry is about. */
export type DiffEntity =
  | 'NODE'
  | 'RELATIONSHIP';

/** Direction of a relationship as seen from the node it is asked on. */
export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** Which relationships a traversal follows (named so beside the Evidence object type of a node). */
export type EvidenceLevel =
  /** Every relationship, whatever its confidence. */
  | 'ANY'
  /** Only relationships whose confidence is STATED: every hop of every path is sourced. */
  | 'STATED';

/** How firmly a fact is evidenced, weakest first. */
export type EvidenceStrength =
  /** The sources disagree (an open conflict). */
  | 'CONTESTED'
  /** Our reading of the sources, not stated by them. */
  | 'INFERRED'
  /** Stated, and cited with several sources. */
  | 'MULTIPLE_SOURCES'
  /** Stated by one cited source. */
  | 'SINGLE_SOURCE';

export type FocusAreaFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type GoalFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type GuidelineFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type InstitutionFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
  /** Any of these types. */
  type?: Array<InstitutionType> | null | undefined;
};

export type InstitutionType =
  | 'AGENCY'
  | 'BODY'
  | 'CHAMBER'
  | 'COMPANY'
  | 'COOPERATIVE'
  | 'FEDERAL'
  | 'MUNICIPAL'
  | 'STATE';

export type LawFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type MeetingFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type MoneyRange = {
  max?: number | null | undefined;
  min?: number | null | undefined;
};

/** A new node; checked with the same rules as the import. */
export type NodeInput = {
  aliases?: Array<string> | null | undefined;
  attributes?: Record<string, unknown> | null | undefined;
  confidence?: Confidence | null | undefined;
  description: string;
  /** The kind's own fields, e.g. {status: "approved", budgetEur: 1000000}. */
  fields?: Record<string, unknown> | null | undefined;
  id: string | number;
  kind: NodeKind;
  name: string;
  note?: string | null | undefined;
  sources: Array<SourceInput>;
  /** Valid time: the first date the fact holds (YYYY-MM-DD, inclusive). */
  validFrom?: string | null | undefined;
  /** Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive). */
  validTo?: string | null | undefined;
};

/** The kinds of node in the strategy graph (German terms in the value descriptions). */
export type NodeKind =
  /** Beschluss: A decision of the IT-Planungsrat or another body. */
  | 'Decision'
  /** Schwerpunktthema: One of the five focus areas of the strategy. */
  | 'FocusArea'
  /** Ziel: One of the goals a Zielbild names. */
  | 'Goal'
  /** Leitlinie: Guiding principles for federal cooperation. */
  | 'Guideline'
  /** Institution: A body, authority, government, Land or company. */
  | 'Institution'
  /** Gesetz / Staatsvertrag: A law or state treaty. */
  | 'Law'
  /** Sitzung: A session, Klausur or congress of the IT-Planungsrat or another body. */
  | 'Meeting'
  /** Person: A person holding a role in the governance. */
  | 'Person'
  /** Agenda / politisches Programm: A government agenda outside the strategy. */
  | 'Policy'
  /** Programm: A bundle of projects, or an implementation programme. */
  | 'Programme'
  /** Umsetzungsvorhaben / Vorhaben: One named implementation project. */
  | 'Project'
  /** Verwaltungsleistung: An administrative service for citizens or businesses. */
  | 'Service'
  /** Standard / Richtlinie: A binding standard or guideline document. */
  | 'Standard'
  /** Strategie: A strategy or one of its components (Dachstrategie). */
  | 'Strategy'
  /** IT-System / Basiskomponente: An IT system, platform or base component. */
  | 'System'
  /** Zielbild: The target picture adopted for a focus area. */
  | 'TargetVision'
  /** Themenfeld: A published theme of projects whose names, leads and budgets are not public: not a project itself. */
  | 'Theme'
  /** Thema: A cross-cutting topic used to tag nodes. */
  | 'Topic'
  /** Zukunftsbild: The vision of the administration of the future. */
  | 'Vision';

/** Fields to change; omitted ones stay. In `fields`, null removes a value. */
export type NodeUpdate = {
  aliases?: Array<string> | null | undefined;
  attributes?: Record<string, unknown> | null | undefined;
  confidence?: Confidence | null | undefined;
  description?: string | null | undefined;
  fields?: Record<string, unknown> | null | undefined;
  name?: string | null | undefined;
  note?: string | null | undefined;
  sources?: Array<SourceInput> | null | undefined;
  /** Valid time: the first date the fact holds (YYYY-MM-DD, inclusive). Null removes it. */
  validFrom?: string | null | undefined;
  /** Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive). Null removes it. */
  validTo?: string | null | undefined;
};

export type OrderBy = {
  direction?: SortDirection;
  field?: SortField;
};

export type PersonFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type PolicyFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type ProgrammeFilter = {
  /** Published budget within the range. */
  budgetEur?: MoneyRange | null | undefined;
  confidence?: Confidence | null | undefined;
  /** Led, funded or joined by this institution. */
  institution?: string | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Any of these statuses. */
  status?: Array<ProjectStatus> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type ProjectFilter = {
  /** Published budget within the range. */
  budgetEur?: MoneyRange | null | undefined;
  confidence?: Confidence | null | undefined;
  /** Projects of a Schwerpunktthema (via its programmes or Zielbilder). */
  focusArea?: string | null | undefined;
  /** Led, funded or joined by this institution. */
  institution?: string | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Any of these statuses. */
  status?: Array<ProjectStatus> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type ProjectStatus =
  | 'APPROVED'
  | 'COMPLETED'
  | 'DISCONTINUED'
  | 'PROPOSED'
  | 'RUNNING';

/** Keeps the nodes linked to another node over a relationship type. */
export type RelatedTo = {
  /** OUT: the listed node is the source. */
  direction?: Direction;
  /** A node reference: id, or exact name or alias (ignoring case). */
  node: string;
  type: RelationshipType;
};

/** DEPENDENCY relationships are the ones projectsTouching and impact follow. */
export type RelationshipCategory =
  | 'ALIGNMENT'
  | 'DEPENDENCY'
  | 'GOVERNANCE'
  | 'INTEROPERATION'
  | 'ORGANISATION'
  | 'STRUCTURE';

export type RelationshipInput = {
  confidence?: Confidence | null | undefined;
  from: string | number;
  note?: string | null | undefined;
  properties?: Record<string, unknown> | null | undefined;
  sources: Array<SourceInput>;
  to: string | number;
  type: RelationshipType;
  /** Valid time: the first date the fact holds (YYYY-MM-DD, inclusive). Within the periods of both nodes. */
  validFrom?: string | null | undefined;
  /** Valid time: the first date it no longer holds (YYYY-MM-DD, exclusive). Within the periods of both nodes. */
  validTo?: string | null | undefined;
};

export type RelationshipType =
  /** interoperation: A system accepts the credential of another system as one of several ways to log in. */
  | 'ACCEPTS_LOGIN_FROM'
  /** governance: A session or a body adopted a decision. */
  | 'ADOPTED'
  /** alignment: Advances one goal of a Zielbild (and so contributes to that Zielbild). */
  | 'ADVANCES'
  /** governance: A decision amends an earlier one. */
  | 'AMENDS'
  /** governance: A decision adopts, approves or starts. */
  | 'APPROVES'
  /** governance: Gives an institution a task. */
  | 'ASSIGNS_TASK_TO'
  /** organisation: Supports the work of another institution. */
  | 'ASSISTS'
  /** organisation: Chairs a body or a session. */
  | 'CHAIRS'
  /** organisation: A system was commissioned by. */
  | 'COMMISSIONED_BY'
  /** governance: A decision concerns. */
  | 'CONCERNS'
  /** governance: A decision requires hearing an institution. */
  | 'CONSULTS'
  /** alignment: Contributes to a Zielbild. */
  | 'CONTRIBUTES_TO'
  /** organisation: A system is coordinated by. */
  | 'COORDINATED_BY'
  /** dependency: Depends on another project, or another system. */
  | 'DEPENDS_ON'
  /** organisation: A system (or part of it) is built by. */
  | 'DEVELOPED_BY'
  /** dependency: Digitalises an administrative service. */
  | 'DIGITALISES'
  /** governance: A session discussed a subject (no decision on it known). */
  | 'DISCUSSED'
  /** organisation: Funded by an institution. */
  | 'FUNDED_BY'
  /** structure: A standards framework lists a product as one of its Basisdienste (the Basisdienst in `role`). */
  | 'HAS_BASE_SERVICE'
  /** structure: A strategy has a Schwerpunktthema. */
  | 'HAS_FOCUS_AREA'
  /** structure: A Zielbild names a goal. */
  | 'HAS_GOAL'
  /** structure: A strategy contains Leitlinien. */
  | 'HAS_GUIDELINE'
  /** organisation: Rests on a law or treaty. */
  | 'HAS_LEGAL_BASIS'
  /** structure: A strategy has a component, programme or project. */
  | 'HAS_PART'
  /** structure: A Schwerpunktthema runs a programme. */
  | 'HAS_PROGRAMME'
  /** structure: A Schwerpunktthema has a Zielbild. */
  | 'HAS_TARGET_VISION'
  /** structure: A programme's projects include a published theme. */
  | 'HAS_THEME'
  /** structure: A strategy contains the Zukunftsbild. */
  | 'HAS_VISION'
  /** organisation: A person heads an institution. */
  | 'HEADS'
  /** governance: An institution held or hosted a session. */
  | 'HELD'
  /** structure: A programme includes a project. */
  | 'INCLUDES'
  /** dependency: Integrates or builds on a system. */
  | 'INTEGRATES'
  /** organisation: Led by an institution. */
  | 'LED_BY'
  /** governance: A law mandates the development of a system. */
  | 'MANDATES'
  /** organisation: Is a member of. */
  | 'MEMBER_OF'
  /** organisation: Moderates the strategy process. */
  | 'MODERATES'
  /** organisation: A system is operated by. */
  | 'OPERATED_BY'
  /** organisation: Owns a strategy. */
  | 'OWNS'
  /** organisation: Takes part in a project. */
  | 'PARTICIPATES_IN'
  /** organisation: Is the Themenpate of a Schwerpunktthema. */
  | 'PATRON_OF'
  /** organisation: An agenda was presented by. */
  | 'PRESENTED_BY'
  /** organisation: A system is a product of. */
  | 'PRODUCT_OF'
  /** organisation: A standard is published by. */
  | 'PUBLISHED_BY'
  /** governance: A state ratified a treaty (the date in `since`). */
  | 'RATIFIED'
  /** alignment: A goal names a law it is about. */
  | 'REFERS_TO'
  /** dependency: Is to replace a system (or a part of it). */
  | 'REPLACES'
  /** organisation: A person represents an institution. */
  | 'REPRESENTS'
  /** structure: A programme's projects are spread over a Schwerpunktthema. */
  | 'SPANS'
  /** organisation: The standards of a system are set by. */
  | 'STANDARDISED_BY'
  /** organisation: Took over all the responsibilities of. */
  | 'SUCCEEDS'
  /** dependency: A system supports an administrative service. */
  | 'SUPPORTS'
  /** dependency: Is about a topic. */
  | 'TAGGED'
  /** alignment: A government agenda targets a service. */
  | 'TARGETS'
  /** organisation: Took over a part of another institution's remit (the part in `component`). */
  | 'TOOK_OVER_TASKS_FROM';

/** Why a search hit is there; hits are ordered by these classes first (in this order), then by score. */
export type SearchMatch =
  /** Every word of the text is in the name, the aliases or the description. */
  | 'DESCRIPTION'
  /** A name or alias equals the text, ignoring case, diacritics, hyphens and spaces ("Deutschland ID" = "DeutschlandID", "Fuehrerschein" = "Führerschein"). */
  | 'EXACT'
  /** Only when no hit of the other classes exists: words of the text match words of the name with typos (4–7 letters one edit, longer words two), or parts of compound words or only some of the words match. */
  | 'FUZZY'
  /** Every word of the text is in the name or the aliases, as a word or a part of a compound ("Zulassung" in "Fahrzeugzulassung"). */
  | 'NAME';

export type ServiceFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SortField =
  | 'BUDGET_EUR'
  | 'DATE'
  | 'END_DATE'
  | 'NAME'
  | 'NUMBER'
  | 'START_DATE'
  | 'STATUS'
  | 'UPDATED_AT';

export type SourceInput = {
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  published?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  retrieved?: string | null | undefined;
  title?: string | null | undefined;
  url: string;
};

export type StandardFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type StrategyFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type SystemFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type TargetVisionFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type ThemeFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type TopicFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type VisionFilter = {
  confidence?: Confidence | null | undefined;
  /** Name or an alias contains this text (case and accents ignored). */
  nameContains?: string | null | undefined;
  /** All of these links must exist. */
  relatedTo?: Array<RelatedTo> | null | undefined;
  /** Has a dependency path to this node (see projectsTouching). */
  touching?: string | null | undefined;
  /** Hops for `touching` (1..6). */
  touchingDepth?: number | null | undefined;
};

export type ProjectListQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectListQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, status: ProjectStatus | null, budgetEur: number | null } }> } };

export type InstitutionListQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstitutionListQuery = { institutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, type: InstitutionType | null }> } };

export type SystemListQueryVariables = Exact<{
  filter?: SystemFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type SystemListQuery = { systems: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type ThemeListQueryVariables = Exact<{
  filter?: ThemeFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ThemeListQuery = { themes: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type CreateNodeMutationVariables = Exact<{
  input: NodeInput;
}>;


export type CreateNodeMutation = { createNode:
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
    | { id: string, kind: NodeKind, name: string, version: number }
   };

export type UpdateNodeMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: NodeUpdate;
}>;


export type UpdateNodeMutation = { updateNode:
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
   };

export type DeleteNodeMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeleteNodeMutation = { deleteNode: { id: string, version: number } };

export type RestoreNodeMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreNodeMutation = { restoreNode: { id: string, skippedRelationships: Array<string> } };

export type CreateRelationshipMutationVariables = Exact<{
  input: RelationshipInput;
}>;


export type CreateRelationshipMutation = { createRelationship: { type: RelationshipType, from: string, to: string, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type RemoveRelationshipMutationVariables = Exact<{
  from: string | number;
  type: RelationshipType;
  to: string | number;
}>;


export type RemoveRelationshipMutation = { removeRelationship: boolean };

export type NodeVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeVersionQuery = { node:
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
    | { id: string, version: number, description: string }
   | null };

export type ChangeEntryFragment = { id: string, at: string, operation: ChangeOperation, targetId: string, otherId: string | null, requestId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { kind: string, subject: string, role: string | null } | null };

export type HistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type HistoryQuery = { history: Array<{ id: string, at: string, operation: ChangeOperation, targetId: string, otherId: string | null, requestId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { kind: string, subject: string, role: string | null } | null }> };

export type ImportDocumentsMutationVariables = Exact<{
  documents: Array<Record<string, unknown>> | Record<string, unknown>;
  dryRun?: boolean | null | undefined;
  keepEdits?: boolean | null | undefined;
}>;


export type ImportDocumentsMutation = { importDocuments: { dryRun: boolean, nodes: Array<{ name: string, created: number, updated: number, unchanged: number, kept: number }>, relationships: Array<{ name: string, created: number, updated: number, unchanged: number }>, edited: Array<{ id: string, kind: string, operation: string, at: string, kept: boolean }> } };

export type CreateApiKeyMutationVariables = Exact<{
  name: string;
  role: string;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, info: { id: string, name: string, role: string, createdAt: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: boolean };

export type ChangesQueryVariables = Exact<{
  since: unknown;
  until?: unknown;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangesQuery = { changes: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, operation: ChangeOperation, targetId: string, otherId: string | null, requestId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: Array<{ field: string, before: unknown, after: unknown }>, actor: { kind: string, subject: string, role: string | null } | null } }> } };

export type DiffQueryVariables = Exact<{
  from: AsOf;
  to: AsOf;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DiffQuery = { diff: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { entity: DiffEntity, change: DiffChange, id: string, kind: string, name: string, from: string | null, to: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: Array<{ field: string, before: unknown, after: unknown }> } }> } };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
   | null> };

export type ProjectsWithNeighboursQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProjectsWithNeighboursQuery = { projects: { nodes: Array<{ id: string, leadInstitutions: Array<{ id: string }>, systems: Array<{ id: string }>, services: Array<{ id: string }>, targetVisions: Array<{ id: string }>, programmes: Array<{ id: string }> }> } };

export type SystemNeighboursQueryVariables = Exact<{
  id: string | number;
}>;


export type SystemNeighboursQuery = { node:
    | { __typename: 'Decision', id: string }
    | { __typename: 'FocusArea', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'Guideline', id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'Law', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'Service', id: string }
    | { __typename: 'Standard', id: string }
    | { __typename: 'Strategy', id: string }
    | { __typename: 'System', id: string, projects: Array<{ id: string }>, programmes: Array<{ id: string }>, services: Array<{ id: string }>, operators: Array<{ id: string, name: string }>, coordinators: Array<{ id: string, name: string }>, dependsOn: Array<{ id: string }>, dependents: Array<{ id: string }>, loginAcceptedBy: Array<{ id: string }> }
    | { __typename: 'TargetVision', id: string }
    | { __typename: 'Theme', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'Vision', id: string }
   | null };

export type ModelQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelQuery = { model: { kinds: Array<{ kind: NodeKind, german: string, plural: string, description: string }>, relationshipTypes: Array<{ type: RelationshipType, category: RelationshipCategory, description: string, from: Array<NodeKind>, to: Array<NodeKind> }> } };

export type ProjectsTouchingQueryVariables = Exact<{
  target: string;
  maxDepth?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  evidence?: EvidenceLevel | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type ProjectsTouchingQuery = { projectsTouching: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ hops: number, project: { id: string, name: string, status: ProjectStatus | null }, path: { hops: number, confidence: Confidence, nodes: Array<
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null }> } }> } };

export type ImpactQueryVariables = Exact<{
  of: string;
  maxDepth?: number | null | undefined;
  first?: number | null | undefined;
  evidence?: EvidenceLevel | null | undefined;
}>;


export type ImpactQuery = { impact: { totalBudgetEur: number, of:
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
    , affected: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ hops: number, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
         }> }, projects: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string }> }, programmes: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string }> }, targetVisions: Array<{ id: string, name: string }>, focusAreas: Array<{ id: string, name: string }>, targetVisionPaths: Array<{ node: { id: string, name: string }, path: { hops: number, confidence: Confidence, nodes: Array<
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null }> } }>, focusAreaPaths: Array<{ node: { id: string, name: string }, path: { hops: number, confidence: Confidence, nodes: Array<
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null }> } }> } };

export type ShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
  maxDepth?: number | null | undefined;
  evidence?: EvidenceLevel | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type ShortestPathQuery = { shortestPath: { hops: number, confidence: Confidence, nodes: Array<
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
    >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ url: string, title: string | null }> }> } | null };

export type CoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageQuery = { coverage: Array<{ covered: boolean, projectCount: number, statedProjectCount: number, inferredProjectCount: number, programmeCount: number, statedProgrammeCount: number, inferredProgrammeCount: number, themeCount: number, knownBudgetEur: number, projectsWithoutBudget: number, targetVision: { id: string, name: string }, focusAreas: Array<{ id: string, name: string }> }>, uncoveredTargetVisions: Array<{ id: string, name: string }>, goalCoverage: Array<{ covered: boolean, statedCount: number, inferredCount: number, themeCount: number, goal: { id: string, name: string }, targetVisions: Array<{ id: string, name: string }>, contributions: Array<{ confidence: Confidence, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       }> }>, uncoveredGoals: Array<{ id: string, name: string }> };

export type BudgetQueryVariables = Exact<{
  groupBy: BudgetGrouping;
}>;


export type BudgetQuery = { budget: { unassignedEur: number, totalKnownEur: number, rows: Array<{ projectCount: number, knownBudgetEur: number, projectsWithoutBudget: number, programmeBudgetEur: number, programmeCount: number, group:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       }> } };

export type StrategyTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategyTreeQuery = { strategies: { nodes: Array<{ id: string, name: string, focusAreas: Array<{ name: string, targetVisions: Array<{ name: string, goals: Array<{ name: string }>, themes: Array<{ name: string }>, projects: Array<{ name: string, status: ProjectStatus | null, leadInstitutions: Array<{ name: string }>, systems: Array<{ name: string }>, services: Array<{ name: string }> }> }> }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type SearchQuery = { search: Array<{ match: SearchMatch, score: number, highlight: string | null, node:
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
     }> };

export type NodePageQueryVariables = Exact<{
  id: string | number;
}>;


export type NodePageQuery = { node:
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, relationships: Array<{ type: RelationshipType, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string }> }> }
   | null };

export type ProjectsOfInstitutionQueryVariables = Exact<{
  institution: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectsOfInstitutionQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, status: ProjectStatus | null }> } };

export type BrowseStrategyQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: StrategyFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseStrategyQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseVisionQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: VisionFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseVisionQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseGuidelineQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: GuidelineFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseGuidelineQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseFocusAreaQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: FocusAreaFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseFocusAreaQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseTargetVisionQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: TargetVisionFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseTargetVisionQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseGoalQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: GoalFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseGoalQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseProgrammeQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProgrammeFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseProgrammeQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: ProjectStatus | null, budgetEur: number | null, startDate: string | null, endDate: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseProjectQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseProjectQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: ProjectStatus | null, budgetEur: number | null, startDate: string | null, endDate: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseThemeQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ThemeFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseThemeQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseInstitutionQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: InstitutionFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseInstitutionQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ type: InstitutionType | null, id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseSystemQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SystemFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseSystemQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseServiceQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ServiceFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseServiceQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ leikaKey: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseTopicQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: TopicFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseTopicQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseMeetingQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MeetingFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseMeetingQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ date: string | null, location: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence, sessionNumber: number | null }> } };

export type BrowseDecisionQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DecisionFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseDecisionQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ number: string | null, date: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowsePersonQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowsePersonQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseLawQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: LawFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseLawQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowsePolicyQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PolicyFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowsePolicyQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ date: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

export type BrowseStandardQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: StandardFilter | null | undefined;
  orderBy?: OrderBy | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type BrowseStandardQuery = { list: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ date: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence }> } };

type BrowseRow_Decision_Fragment = { number: string | null, date: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_FocusArea_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Goal_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Guideline_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Institution_Fragment = { type: InstitutionType | null, id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Law_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Meeting_Fragment = { date: string | null, location: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence, sessionNumber: number | null };

type BrowseRow_Person_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Policy_Fragment = { date: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Programme_Fragment = { status: ProjectStatus | null, budgetEur: number | null, startDate: string | null, endDate: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Project_Fragment = { status: ProjectStatus | null, budgetEur: number | null, startDate: string | null, endDate: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Service_Fragment = { leikaKey: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Standard_Fragment = { date: string | null, id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Strategy_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_System_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_TargetVision_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Theme_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Topic_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

type BrowseRow_Vision_Fragment = { id: string, kind: NodeKind, name: string, confidence: Confidence };

export type BrowseRowFragment =
  | BrowseRow_Decision_Fragment
  | BrowseRow_FocusArea_Fragment
  | BrowseRow_Goal_Fragment
  | BrowseRow_Guideline_Fragment
  | BrowseRow_Institution_Fragment
  | BrowseRow_Law_Fragment
  | BrowseRow_Meeting_Fragment
  | BrowseRow_Person_Fragment
  | BrowseRow_Policy_Fragment
  | BrowseRow_Programme_Fragment
  | BrowseRow_Project_Fragment
  | BrowseRow_Service_Fragment
  | BrowseRow_Standard_Fragment
  | BrowseRow_Strategy_Fragment
  | BrowseRow_System_Fragment
  | BrowseRow_TargetVision_Fragment
  | BrowseRow_Theme_Fragment
  | BrowseRow_Topic_Fragment
  | BrowseRow_Vision_Fragment
;

export type CoverageMatrixQueryVariables = Exact<{
  asOf?: AsOf | null | undefined;
}>;


export type CoverageMatrixQuery = { focusAreas: { nodes: Array<{ id: string, name: string, targetVisions: Array<{ id: string, name: string }> }> }, coverage: Array<{ covered: boolean, projectCount: number, statedProjectCount: number, inferredProjectCount: number, programmeCount: number, statedProgrammeCount: number, inferredProgrammeCount: number, themeCount: number, knownBudgetEur: number, projectsWithoutBudget: number, targetVision: { id: string, name: string } }>, goalCoverage: Array<{ covered: boolean, statedCount: number, inferredCount: number, goal: { id: string, name: string }, targetVisions: Array<{ id: string }>, contributions: Array<{ confidence: Confidence, note: string | null, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       }> }>, budget: { unassignedEur: number, totalKnownEur: number, rows: Array<{ projectCount: number, knownBudgetEur: number, projectsWithoutBudget: number, programmeBudgetEur: number, group:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type FocusAreaProjectsQueryVariables = Exact<{
  focusArea: string;
  after?: string | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type FocusAreaProjectsQuery = { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, budgetEur: number | null, targetVisions: Array<{ id: string }> }> } };

export type CoverageReportQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageReportQuery = { coverage: Array<{ covered: boolean, projectCount: number, inferredProjectCount: number, programmeCount: number, themeCount: number, knownBudgetEur: number, projectsWithoutBudget: number, targetVision: { id: string, name: string } }>, goalCoverage: Array<{ covered: boolean, statedCount: number, inferredCount: number, goal: { id: string, name: string } }> };

export type ImpactExplorerQueryVariables = Exact<{
  of: string;
  maxDepth: number;
  first?: number | null | undefined;
  touchingFirst?: number | null | undefined;
  evidence?: EvidenceLevel | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type ImpactExplorerQuery = { impact: { totalBudgetEur: number, of:
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
    , affected: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ hops: number, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
         }> }, projects: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, programmes: { totalCount: number, inferredCount: number, nodes: Array<{ id: string, kind: NodeKind, name: string }> }, targetVisionPaths: Array<{ node: { id: string, kind: NodeKind, name: string }, path: { hops: number, confidence: Confidence, nodes: Array<
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null, validFrom: string | null, validTo: string | null }> } }>, focusAreaPaths: Array<{ node: { id: string, kind: NodeKind, name: string }, path: { hops: number, confidence: Confidence, nodes: Array<
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null, validFrom: string | null, validTo: string | null }> } }> }, projectsTouching: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ hops: number, project: { id: string, kind: NodeKind, name: string, budgetEur: number | null }, path: { hops: number, confidence: Confidence, nodes: Array<
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null, validFrom: string | null, validTo: string | null }> } }> } };

export type ImpactAffectedPageQueryVariables = Exact<{
  of: string;
  maxDepth: number;
  first?: number | null | undefined;
  after: string;
  evidence?: EvidenceLevel | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type ImpactAffectedPageQuery = { impact: { affected: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ hops: number, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
         }> } } };

export type ExplainedTouchingPageQueryVariables = Exact<{
  target: string;
  maxDepth: number;
  first?: number | null | undefined;
  after: string;
  evidence?: EvidenceLevel | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type ExplainedTouchingPageQuery = { projectsTouching: { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ hops: number, project: { id: string, kind: NodeKind, name: string, budgetEur: number | null }, path: { hops: number, confidence: Confidence, nodes: Array<
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null, validFrom: string | null, validTo: string | null }> } }> } };

export type ExplainedPathFragment = { hops: number, confidence: Confidence, nodes: Array<
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
  >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null, validFrom: string | null, validTo: string | null }> };

export type ImpactAffectedPageFragment = { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ hops: number, node:
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
     }> };

export type ExplainedTouchingPageFragment = { totalCount: number, inferredCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ hops: number, project: { id: string, kind: NodeKind, name: string, budgetEur: number | null }, path: { hops: number, confidence: Confidence, nodes: Array<
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      >, relationships: Array<{ type: string, from: string, to: string, confidence: Confidence, note: string | null, validFrom: string | null, validTo: string | null }> } }> };

export type NodeDetailsQueryVariables = Exact<{
  ref: string;
  asOf?: AsOf | null | undefined;
}>;


export type NodeDetailsQuery = { lookup:
    | { number: string | null, date: string | null, id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { type: InstitutionType | null, id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { date: string | null, location: string | null, id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sessionNumber: number | null, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { date: string | null, id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { status: ProjectStatus | null, budgetEur: number | null, startDate: string | null, endDate: string | null, id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { status: ProjectStatus | null, budgetEur: number | null, startDate: string | null, endDate: string | null, id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { leikaKey: string | null, id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { date: string | null, id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
    | { id: string, iri: string, kind: NodeKind, name: string, aliases: Array<string>, description: string, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, attributes: Record<string, unknown>, version: number, sources: Array<{ url: string, title: string | null, published: string | null, retrieved: string | null }>, evidence: { strength: EvidenceStrength, sourceCount: number, publisherCount: number, newestPublished: string | null }, relationships: Array<{ type: RelationshipType, category: RelationshipCategory, direction: Direction, confidence: Confidence, note: string | null, properties: Record<string, unknown>, validFrom: string | null, validTo: string | null, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , sources: Array<{ url: string, title: string | null }> }> }
   };

export type NodeHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeHistoryQuery = { history: Array<{ id: string, at: string, operation: ChangeOperation, targetId: string, otherId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { kind: string, subject: string, role: string | null } | null }> };

export type SearchNodesQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first: number;
  asOf?: AsOf | null | undefined;
}>;


export type SearchNodesQuery = { search: Array<{ match: SearchMatch, score: number, highlight: string | null, node:
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
      | { id: string, kind: NodeKind, name: string, description: string }
     }> };

export type ThemesTouchingQueryVariables = Exact<{
  target: string;
  maxDepth?: number | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type ThemesTouchingQuery = { themes: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type WhatChangedQueryVariables = Exact<{
  from: AsOf;
  to: AsOf;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhatChangedQuery = { diff: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ entity: DiffEntity, change: DiffChange, id: string, kind: string, name: string, from: string | null, to: string | null, fields: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type WhatChangedSessionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WhatChangedSessionsQuery = { meetings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, date: string | null }> } };

export const ChangeEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"otherId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<ChangeEntryFragment, unknown>;
export const BrowseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseRowFragment, unknown>;
export const ImpactAffectedPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactAffectedPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffectedConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactAffectedPageFragment, unknown>;
export const ExplainedPathFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplainedPath"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Path"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<ExplainedPathFragment, unknown>;
export const ExplainedTouchingPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplainedTouchingPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TouchingProjectConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplainedPath"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplainedPath"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Path"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<ExplainedTouchingPageFragment, unknown>;
export const ProjectListDocument = {"__meta__":{"hash":"sha256:7888e9750382492cd179b9256c0879f8d6e5f8ab522b773297249cc37d8a9023"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectListQuery, ProjectListQueryVariables>;
export const InstitutionListDocument = {"__meta__":{"hash":"sha256:322d901ac5e64106e20483e8285512bb0057d1446cde60f2fc05579e058bdf2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionListQuery, InstitutionListQueryVariables>;
export const SystemListDocument = {"__meta__":{"hash":"sha256:eef5a3673cc654d800b6a4357fea115c4de582d7e527fca3cba51aa7ce6f76bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SystemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SystemListQuery, SystemListQueryVariables>;
export const ThemeListDocument = {"__meta__":{"hash":"sha256:45994673c4c2de651e6bf6114993f59eb017c056698c4cc7206b58c0d802b26d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThemeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ThemeListQuery, ThemeListQueryVariables>;
export const CreateNodeDocument = {"__meta__":{"hash":"sha256:ef0e3d5f06680018bcb5286526c73ed2cdb6f96659470e89e3bfd65f6814bef3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateNodeMutation, CreateNodeMutationVariables>;
export const UpdateNodeDocument = {"__meta__":{"hash":"sha256:a33a4a947c19a1cc214a66efbc654a38f758c7cd0fbf7953861c7f62d69bc28b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const DeleteNodeDocument = {"__meta__":{"hash":"sha256:4d75cc4401eb334568a19a233941bbd1e2466923157839fdd2d3c8401727e626"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DeleteNodeMutation, DeleteNodeMutationVariables>;
export const RestoreNodeDocument = {"__meta__":{"hash":"sha256:a821d293a5f4ea4b659c1d6950816112fa6fb9bc26c992d3f0ce9e2cd55eeaaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skippedRelationships"}}]}}]}}]} as unknown as DocumentNode<RestoreNodeMutation, RestoreNodeMutationVariables>;
export const CreateRelationshipDocument = {"__meta__":{"hash":"sha256:719f891644f9244a73469faabd68dfc02ed90539c32a38d9bc3a1ea3e1dffbda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRelationshipMutation, CreateRelationshipMutationVariables>;
export const RemoveRelationshipDocument = {"__meta__":{"hash":"sha256:9a3e8f527e69921a4db9be374d4b0dd3d9803ad68db93026584c98174e39cbdb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<RemoveRelationshipMutation, RemoveRelationshipMutationVariables>;
export const NodeVersionDocument = {"__meta__":{"hash":"sha256:7b2f9462a9844c0d1975f908db8bb5422cb244ac4c767227dc30355ec8ef2a8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<NodeVersionQuery, NodeVersionQueryVariables>;
export const HistoryDocument = {"__meta__":{"hash":"sha256:53772abf0e4f80212becd0fa9ce8af919b9724c9fe1d2c9ddef31dc442326c29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"History"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"otherId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<HistoryQuery, HistoryQueryVariables>;
export const ImportDocumentsDocument = {"__meta__":{"hash":"sha256:cbac2a98654a68e4df2812f64725fa94ff4856a7fc911d18fd68eab640b73e2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documents"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepEdits"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documents"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"keepEdits"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepEdits"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDocumentsMutation, ImportDocumentsMutationVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"sha256:ec6fb718d206fdbf0bef6f3e99cb64df49a54c37b8f066b5f898e9d258455429"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"sha256:94eae462670f9a7708b8dd4e86cd65b90c59302e32050edaa13ed09041fead63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ChangesDocument = {"__meta__":{"hash":"sha256:643473f48707b0bd77c8988c235755094b15e9dfa5d26857637edd66f23a86c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEntry"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"otherId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const DiffDocument = {"__meta__":{"hash":"sha256:778bea1245e59feb9208aae37854d3cee7be376675e864cf627e81745545f433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Diff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiffQuery, DiffQueryVariables>;
export const NodesByIdsDocument = {"__meta__":{"hash":"sha256:80641ce41ffdcc5bfed6701f13b385e323602533c3a8bc03eb717c3682881207"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const ProjectsWithNeighboursDocument = {"__meta__":{"hash":"sha256:0f3f449f9c5a54d4750a6a53d4ed1897192a89234954fc6dc0902e3c924046d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsWithNeighbours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetVisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsWithNeighboursQuery, ProjectsWithNeighboursQueryVariables>;
export const SystemNeighboursDocument = {"__meta__":{"hash":"sha256:2444bfa87d700f80082b903c49375c2f8467258d50d9ea18f95fea8eca7ab15d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemNeighbours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"System"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loginAcceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SystemNeighboursQuery, SystemNeighboursQueryVariables>;
export const ModelDocument = {"__meta__":{"hash":"sha256:cae67a09bce389a32cf5db52724e8ff440c11f4cab232d91d24f261e791a8658"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"german"}},{"kind":"Field","name":{"kind":"Name","value":"plural"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<ModelQuery, ModelQueryVariables>;
export const ProjectsTouchingDocument = {"__meta__":{"hash":"sha256:d4177cccce7c46978125016976c863d902a62820eb95e2f19e956639ba546d9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsTouching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLevel"}},"defaultValue":{"kind":"EnumValue","value":"ANY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectsTouching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsTouchingQuery, ProjectsTouchingQueryVariables>;
export const ImpactDocument = {"__meta__":{"hash":"sha256:e58f34e7cea417af150ddd0cf95cd5ae34d7f8ea5bbcc72a1a081319bf298602"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Impact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLevel"}},"defaultValue":{"kind":"EnumValue","value":"ANY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetVisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetVisionPaths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreaPaths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetEur"}}]}}]}}]} as unknown as DocumentNode<ImpactQuery, ImpactQueryVariables>;
export const ShortestPathDocument = {"__meta__":{"hash":"sha256:678b1f89071eb3f45f4ac3b5500acd06e8dbde9fedc1a7fe23f23e227f58d194"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLevel"}},"defaultValue":{"kind":"EnumValue","value":"ANY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const CoverageDocument = {"__meta__":{"hash":"sha256:5566705866613f32edf60b95ed591f37217bffb4ad931e30ad1330488886be13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetVision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"statedProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCount"}},{"kind":"Field","name":{"kind":"Name","value":"statedProgrammeCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredProgrammeCount"}},{"kind":"Field","name":{"kind":"Name","value":"themeCount"}},{"kind":"Field","name":{"kind":"Name","value":"knownBudgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"projectsWithoutBudget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredTargetVisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetVisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"statedCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"themeCount"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const BudgetDocument = {"__meta__":{"hash":"sha256:374b863271f772f85e380abdb1c26b32ce769f17e63f6f6bb9f48dfafb2f0396"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Budget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"knownBudgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"projectsWithoutBudget"}},{"kind":"Field","name":{"kind":"Name","value":"programmeBudgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassignedEur"}},{"kind":"Field","name":{"kind":"Name","value":"totalKnownEur"}}]}}]}}]} as unknown as DocumentNode<BudgetQuery, BudgetQueryVariables>;
export const StrategyTreeDocument = {"__meta__":{"hash":"sha256:eb7dcad4f7f102fb06ce4a55abd3c841177edb3994792274a53bb62ddb768b0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategyTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"StringValue","value":"Föderale Digitalstrategie","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetVisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StrategyTreeQuery, StrategyTreeQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:cf50eddb3b74c844fb56027b90fc41eefcf10ea2eb511632292da7101c196c2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const NodePageDocument = {"__meta__":{"hash":"sha256:b437f8960b1a46b247c321c5c92438d8ba381a95fa190ce79c9b952edd7acf4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"retrieved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodePageQuery, NodePageQueryVariables>;
export const ProjectsOfInstitutionDocument = {"__meta__":{"hash":"sha256:d3bf789490f28bc652599b43bf7a6c5e15c51f5e4e21ae159cd646eef300dd4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsOfInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"institution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institution"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsOfInstitutionQuery, ProjectsOfInstitutionQueryVariables>;
export const BrowseStrategyDocument = {"__meta__":{"hash":"sha256:229603a841f528fad8bffa63b759172c558c2d5187767b34c0ed7424b7e8a23c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StrategyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"strategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseStrategyQuery, BrowseStrategyQueryVariables>;
export const BrowseVisionDocument = {"__meta__":{"hash":"sha256:1dc91149a26b67ecfffa691c26332812ba932789d5c1d783d7bdda33221f6088"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseVision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VisionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"visions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseVisionQuery, BrowseVisionQueryVariables>;
export const BrowseGuidelineDocument = {"__meta__":{"hash":"sha256:5328b3608296834a3a5f0714c38f6f35be24d220fb0ee1f6e5c5f2fd48fb440e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseGuideline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GuidelineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"guidelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseGuidelineQuery, BrowseGuidelineQueryVariables>;
export const BrowseFocusAreaDocument = {"__meta__":{"hash":"sha256:aceb120402b303c312ba0604699dfd0b950b10785814fb630f6a5e730f03f75a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseFocusArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FocusAreaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"focusAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseFocusAreaQuery, BrowseFocusAreaQueryVariables>;
export const BrowseTargetVisionDocument = {"__meta__":{"hash":"sha256:a5b17c5273ba190aa06eea2ccf6b98140fc3e1a42edb9a0fd242dccbf12d62f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseTargetVision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetVisionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"targetVisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseTargetVisionQuery, BrowseTargetVisionQueryVariables>;
export const BrowseGoalDocument = {"__meta__":{"hash":"sha256:ce4835a05129611f692459f3a1ab8c275a097e7e45e3b6c0fed7f34dec6ff673"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseGoalQuery, BrowseGoalQueryVariables>;
export const BrowseProgrammeDocument = {"__meta__":{"hash":"sha256:733ae93a7d427beb290a89b3a70f61e3c206efaf920738b24917202273c27223"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseProgrammeQuery, BrowseProgrammeQueryVariables>;
export const BrowseProjectDocument = {"__meta__":{"hash":"sha256:fa69791fd19d1add669a0215233acbf9ea72cd6d55f78585d720491868fe29e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseProjectQuery, BrowseProjectQueryVariables>;
export const BrowseThemeDocument = {"__meta__":{"hash":"sha256:b82f817f648d8b5240ca1720f46c290d76c6a41515dfdbe5e5ed34b94a6db6f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseThemeQuery, BrowseThemeQueryVariables>;
export const BrowseInstitutionDocument = {"__meta__":{"hash":"sha256:8df90408d5b8bfc5241c2514df1af4a6279f0f56ca0a99578ca48463ff63e197"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseInstitutionQuery, BrowseInstitutionQueryVariables>;
export const BrowseSystemDocument = {"__meta__":{"hash":"sha256:0885997f41bfafa13ff0ddc4d776a042bda5f8b0457db935708ba3ad4a6f3a0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SystemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"systems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseSystemQuery, BrowseSystemQueryVariables>;
export const BrowseServiceDocument = {"__meta__":{"hash":"sha256:0ec181d72f71aab7a52e00c113899a0d5d69bbb264b3eccd7045bcc7ead44585"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseServiceQuery, BrowseServiceQueryVariables>;
export const BrowseTopicDocument = {"__meta__":{"hash":"sha256:12145c313644318ae50084ba17c1d39a3579fddfa69901954c9c1820b134b17c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TopicFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseTopicQuery, BrowseTopicQueryVariables>;
export const BrowseMeetingDocument = {"__meta__":{"hash":"sha256:685ebb7c0f0d589a012b86f3e428bcbf4ecee1842e1da438852d259f38234bfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseMeetingQuery, BrowseMeetingQueryVariables>;
export const BrowseDecisionDocument = {"__meta__":{"hash":"sha256:3f0f076a560587426e823c5e6354df41c16b17532ff15169d616e7dbda0ae276"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseDecisionQuery, BrowseDecisionQueryVariables>;
export const BrowsePersonDocument = {"__meta__":{"hash":"sha256:526f76e6f6541405e8678960ed4ef2cb4b6c71e99de8f99277a273b3d1be12ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowsePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowsePersonQuery, BrowsePersonQueryVariables>;
export const BrowseLawDocument = {"__meta__":{"hash":"sha256:606ac05b17667b2f14b3a2427d4885c4810f7b71d8d0bb24927c9937777c9bc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseLaw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LawFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"laws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseLawQuery, BrowseLawQueryVariables>;
export const BrowsePolicyDocument = {"__meta__":{"hash":"sha256:af62409c9ee1bc304a74ea90cd779594916e7c32439c8eba209a2538fa761bc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowsePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowsePolicyQuery, BrowsePolicyQueryVariables>;
export const BrowseStandardDocument = {"__meta__":{"hash":"sha256:4780470d8faaaca0d3b7e9ffdda60ec0025ce2c5b850ac32bc5edac5cd1f023a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrowseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrowseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<BrowseStandardQuery, BrowseStandardQueryVariables>;
export const CoverageMatrixDocument = {"__meta__":{"hash":"sha256:ae2d7608d646458f3d4bc4651374e8f3ea8c1624ce95f811a1270fef2a767fc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetVisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetVision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"statedProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCount"}},{"kind":"Field","name":{"kind":"Name","value":"statedProgrammeCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredProgrammeCount"}},{"kind":"Field","name":{"kind":"Name","value":"themeCount"}},{"kind":"Field","name":{"kind":"Name","value":"knownBudgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"projectsWithoutBudget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetVisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"statedCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"FOCUS_AREA"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"knownBudgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"projectsWithoutBudget"}},{"kind":"Field","name":{"kind":"Name","value":"programmeBudgetEur"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassignedEur"}},{"kind":"Field","name":{"kind":"Name","value":"totalKnownEur"}}]}}]}}]} as unknown as DocumentNode<CoverageMatrixQuery, CoverageMatrixQueryVariables>;
export const FocusAreaProjectsDocument = {"__meta__":{"hash":"sha256:0fdfd03efba72e6d17a87f565af81365aa29d40b81477ae287e991047e19bd6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocusAreaProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"focusArea"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"focusArea"},"value":{"kind":"Variable","name":{"kind":"Name","value":"focusArea"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"targetVisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FocusAreaProjectsQuery, FocusAreaProjectsQueryVariables>;
export const CoverageReportDocument = {"__meta__":{"hash":"sha256:2c609383bd22c98541130c2cfc832bbba1ae6406ec28cd1c257ad96464c13b2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetVision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCount"}},{"kind":"Field","name":{"kind":"Name","value":"themeCount"}},{"kind":"Field","name":{"kind":"Name","value":"knownBudgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"projectsWithoutBudget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"statedCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}}]}}]}}]} as unknown as DocumentNode<CoverageReportQuery, CoverageReportQueryVariables>;
export const ImpactExplorerDocument = {"__meta__":{"hash":"sha256:af1cd72e1b205c2b88bbadfaf4c3b9f7cbeaf12bc74da55138317d3de0655ce1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactExplorer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1000"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchingFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLevel"}},"defaultValue":{"kind":"EnumValue","value":"ANY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactAffectedPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetVisionPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplainedPath"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreaPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplainedPath"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetEur"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectsTouching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchingFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplainedTouchingPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplainedPath"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Path"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactAffectedPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffectedConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplainedTouchingPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TouchingProjectConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplainedPath"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactExplorerQuery, ImpactExplorerQueryVariables>;
export const ImpactAffectedPageDocument = {"__meta__":{"hash":"sha256:6afd9c27b72589b61f4cf199d8a59b76ffa0662888a9017eb7b96499957d4c8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactAffectedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1000"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLevel"}},"defaultValue":{"kind":"EnumValue","value":"ANY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactAffectedPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactAffectedPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffectedConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactAffectedPageQuery, ImpactAffectedPageQueryVariables>;
export const ExplainedTouchingPageDocument = {"__meta__":{"hash":"sha256:b2a6a02d37b700640e2f498734d2b827682d18fcb3124bc00c60fdc970737c2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainedTouchingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLevel"}},"defaultValue":{"kind":"EnumValue","value":"ANY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectsTouching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplainedTouchingPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplainedPath"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Path"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplainedTouchingPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TouchingProjectConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"inferredCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplainedPath"}}]}}]}}]}}]} as unknown as DocumentNode<ExplainedTouchingPageQuery, ExplainedTouchingPageQueryVariables>;
export const NodeDetailsDocument = {"__meta__":{"hash":"sha256:c9ecb3056b137a33c102d2785d9697b542f16407b84675ae55b8b9ce1b4555ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iri"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"retrieved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publisherCount"}},{"kind":"Field","name":{"kind":"Name","value":"newestPublished"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Standard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NodeHistoryDocument = {"__meta__":{"hash":"sha256:4364dd68feeb233d43be0a72a77ff9667653d844751bbd6b6fffd3a41eb36241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"otherId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const SearchNodesDocument = {"__meta__":{"hash":"sha256:a84b6138dd49d3c4dfacf68c5346c33bfdc86a5cb370e1052b2ade3a0efd4440"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;
export const ThemesTouchingDocument = {"__meta__":{"hash":"sha256:571d8511f5271df89e68cc7b2c3cf540ba66136d2f90fb08aeb14d3a5cb5b10b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThemesTouching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"touching"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"touchingDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ThemesTouchingQuery, ThemesTouchingQueryVariables>;
export const WhatChangedDocument = {"__meta__":{"hash":"sha256:6b99daad4bc9511124a9916dfe68c0f847a896f6694cbddf617ee0d483e6628d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatChangedQuery, WhatChangedQueryVariables>;
export const WhatChangedSessionsDocument = {"__meta__":{"hash":"sha256:43e55769561ef4623eca59e0370e6e47d1624d3236e138e5e25ca28a6cd5a53b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatChangedSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<WhatChangedSessionsQuery, WhatChangedSessionsQueryVariables>;