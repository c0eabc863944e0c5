import {
  COMMON_RELATIONSHIP_PROPERTIES,
  INSTITUTION_TYPES,
  KIND_FIELDS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  ruleOf,
  type NodeKind,
  type RelationshipType,
} from '../../domain/index.js';

/**
 * How the model maps onto RDF: a table per kind, per relationship type and per field, like the ArchiMate
 * mapping. Standard vocabularies where they fit — SKOS for the strategy's hierarchy, CPOV/ORG for institutions,
 * CPSV-AP for services, FOAF for people, ELI for laws — and the project's own small vocabulary (`sg:`, served
 * at <base>/vocab and written to docs/vocabulary.ttl) for the rest. Every kind and every type has a class or
 * property of its own in `sg:`; `classes` and `also` name the standard terms it specialises, which the exports
 * state as well (SPARQL has no inference). The README shows these tables; a test keeps them complete.
 */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  org: 'http://www.w3.org/ns/org#',
  cv: 'http://data.europa.eu/m8g/',
  cpsv: 'http://purl.org/vocab/cpsv#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  eli: 'http://data.europa.eu/eli/ontology#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
} as const;

const term = (prefix: keyof typeof NS, local: string) => `${NS[prefix]}${local}`;

export interface Label {
  readonly de: string;
  readonly en: string;
}

/** The SKOS concept schemes: <base>/scheme/<name>. */
export const SCHEMES = {
  strategie: { label: { de: 'Föderale Digitalstrategie: Dachstrategie, Schwerpunktthemen und Zielbilder', en: 'Federal digital strategy: umbrella strategy, focus areas and target visions' } },
  themen: { label: { de: 'Themen', en: 'Topics' } },
} as const satisfies Record<string, { label: Label }>;
export type SchemeName = keyof typeof SCHEMES;

export interface KindMapping {
  /** Labels of the kind's class `sg:<Kind>`. */
  readonly label: Label;
  /** Standard classes the kind's class specialises; every node of the kind is typed with them too. */
  readonly classes: readonly string[];
  /** More classes for the nodes whose field has one of these values (e.g. public bodies as CPOV public organisations). */
  readonly classesWhen?: { readonly field: string; readonly values: readonly string[]; readonly classes: readonly string[] };
  /** The property the standard vocabulary names things with, stated besides rdfs:label. */
  readonly nameProperty?: string;
  /** The concept scheme the kind's nodes belong to (they are SKOS concepts). */
  readonly scheme?: SchemeName;
}

const PUBLIC_INSTITUTION_TYPES: readonly (typeof INSTITUTION_TYPES)[number][] = ['federal', 'state', 'municipal', 'body', 'agency', 'chamber'];
const concept = (label: Label, scheme: SchemeName): KindMapping => ({ label, classes: [term('skos', 'Concept')], nameProperty: term('skos', 'prefLabel'), scheme });

export const KIND_MAPPING: Readonly<Record<NodeKind, KindMapping>> = {
  Strategy: concept({ de: 'Strategie', en: 'Strategy' }, 'strategie'),
  Vision: concept({ de: 'Zukunftsbild', en: 'Vision' }, 'strategie'),
  Guideline: concept({ de: 'Leitlinie', en: 'Guideline' }, 'strategie'),
  FocusArea: concept({ de: 'Schwerpunktthema', en: 'Focus area' }, 'strategie'),
  TargetVision: concept({ de: 'Zielbild', en: 'Target vision' }, 'strategie'),
  Programme: { label: { de: 'Programm', en: 'Programme' }, classes: [] },
  Project: { label: { de: 'Umsetzungsvorhaben', en: 'Implementation project' }, classes: [] },
  Institution: {
    label: { de: 'Institution', en: 'Institution' },
    classes: [term('org', 'Organization')],
    classesWhen: { field: 'type', values: PUBLIC_INSTITUTION_TYPES, classes: [term('cv', 'PublicOrganisation')] },
    nameProperty: term('skos', 'prefLabel'),
  },
  System: { label: { de: 'IT-System', en: 'IT system' }, classes: [] },
  Service: { label: { de: 'Verwaltungsleistung', en: 'Public service' }, classes: [term('cpsv', 'PublicService')], nameProperty: term('dct', 'title') },
  Topic: concept({ de: 'Thema', en: 'Topic' }, 'themen'),
  Meeting: { label: { de: 'Sitzung', en: 'Session' }, classes: [] },
  Decision: { label: { de: 'Beschluss', en: 'Decision' }, classes: [], nameProperty: term('dct', 'title') },
  Person: { label: { de: 'Person', en: 'Person' }, classes: [term('foaf', 'Person')], nameProperty: term('foaf', 'name') },
  Law: { label: { de: 'Gesetz oder Staatsvertrag', en: 'Law or state treaty' }, classes: [term('eli', 'LegalResource')] },
  Policy: { label: { de: 'Agenda', en: 'Policy agenda' }, classes: [] },
  Standard: { label: { de: 'Standard oder Richtlinie', en: 'Standard or guideline' }, classes: [term('dct', 'Standard')], nameProperty: term('dct', 'title') },
  Goal: concept({ de: 'Ziel', en: 'Goal' }, 'strategie'),
  Theme: { label: { de: 'Themenfeld', en: 'Theme' }, classes: [] },
};

export interface TypeMapping {
  /** The local name of the type's property `sg:<property>`. */
  readonly property: string;
  readonly label: Label;
  /** Standard properties the type's property specialises; the exports state them too. */
  readonly also?: readonly string[];
  /** Part of the SKOS hierarchy: between two concepts the exports also state skos:narrower and skos:broader. */
  readonly narrower?: true;
}

const t = (property: string, de: string, en: string, extra: Omit<TypeMapping, 'property' | 'label'> = {}): TypeMapping => ({ property, label: { de, en }, ...extra });

export const TYPE_MAPPING: Readonly<Record<RelationshipType, TypeMapping>> = {
  HAS_PART: t('hasPart', 'hat Bestandteil', 'has part', { also: [term('dct', 'hasPart')], narrower: true }),
  HAS_VISION: t('hasVision', 'hat Zukunftsbild', 'has vision', { narrower: true }),
  HAS_GUIDELINE: t('hasGuideline', 'hat Leitlinie', 'has guideline', { narrower: true }),
  HAS_FOCUS_AREA: t('hasFocusArea', 'hat Schwerpunktthema', 'has focus area', { narrower: true }),
  HAS_TARGET_VISION: t('hasTargetVision', 'hat Zielbild', 'has target vision', { narrower: true }),
  HAS_PROGRAMME: t('hasProgramme', 'hat Programm', 'runs programme'),
  INCLUDES: t('includes', 'umfasst Vorhaben', 'includes', { also: [term('dct', 'hasPart')] }),
  CONTRIBUTES_TO: t('contributesTo', 'trägt bei zu', 'contributes to'),
  HAS_GOAL: t('hasGoal', 'hat Ziel', 'has goal', { narrower: true }),
  ADVANCES: t('advances', 'fördert das Ziel', 'advances'),
  REFERS_TO: t('refersTo', 'bezieht sich auf', 'refers to', { also: [term('dct', 'references')] }),
  HAS_THEME: t('hasTheme', 'umfasst Themenfeld', 'has theme'),
  SPANS: t('spans', 'erstreckt sich auf', 'spans'),
  HAS_BASE_SERVICE: t('hasBaseService', 'hat Basisdienst', 'has base service'),
  TOOK_OVER_TASKS_FROM: t('tookOverTasksFrom', 'übernahm Aufgaben von', 'took over tasks from'),
  ACCEPTS_LOGIN_FROM: t('acceptsLoginFrom', 'akzeptiert Anmeldung mit', 'accepts login from'),
  DISCUSSED: t('discussed', 'beriet über', 'discussed'),
  RATIFIED: t('ratified', 'ratifizierte', 'ratified'),
  TARGETS: t('targets', 'zielt auf', 'targets'),
  LED_BY: t('ledBy', 'geleitet von', 'led by'),
  PARTICIPATES_IN: t('participatesIn', 'beteiligt an', 'participates in'),
  FUNDED_BY: t('fundedBy', 'finanziert von', 'funded by'),
  OPERATED_BY: t('operatedBy', 'betrieben von', 'operated by'),
  DEVELOPED_BY: t('developedBy', 'entwickelt von', 'developed by'),
  COORDINATED_BY: t('coordinatedBy', 'koordiniert von', 'coordinated by'),
  COMMISSIONED_BY: t('commissionedBy', 'beauftragt von', 'commissioned by'),
  PRODUCT_OF: t('productOf', 'Produkt von', 'product of'),
  STANDARDISED_BY: t('standardisedBy', 'standardisiert von', 'standardised by'),
  MEMBER_OF: t('memberOf', 'Mitglied von', 'member of', { also: [term('org', 'memberOf')] }),
  ASSISTS: t('assists', 'unterstützt die Arbeit von', 'assists'),
  SUCCEEDS: t('succeeds', 'Nachfolger von', 'succeeds'),
  PATRON_OF: t('patronOf', 'Themenpate von', 'patron of'),
  OWNS: t('owns', 'verantwortet', 'owns'),
  MODERATES: t('moderates', 'moderiert', 'moderates'),
  HEADS: t('heads', 'leitet', 'heads', { also: [term('org', 'headOf')] }),
  REPRESENTS: t('represents', 'vertritt', 'represents'),
  CHAIRS: t('chairs', 'hat den Vorsitz von', 'chairs'),
  PUBLISHED_BY: t('publishedBy', 'herausgegeben von', 'published by', { also: [term('dct', 'publisher')] }),
  PRESENTED_BY: t('presentedBy', 'vorgestellt von', 'presented by'),
  HAS_LEGAL_BASIS: t('hasLegalBasis', 'hat Rechtsgrundlage', 'has legal basis'),
  INTEGRATES: t('integrates', 'integriert', 'integrates'),
  DIGITALISES: t('digitalises', 'digitalisiert', 'digitalises'),
  SUPPORTS: t('supports', 'unterstützt die Leistung', 'supports'),
  DEPENDS_ON: t('dependsOn', 'hängt ab von', 'depends on'),
  REPLACES: t('replaces', 'soll ablösen', 'is to replace'),
  TAGGED: t('tagged', 'hat Thema', 'is about', { also: [term('dct', 'subject')] }),
  HELD: t('held', 'hielt Sitzung', 'held'),
  ADOPTED: t('adopted', 'fasste Beschluss', 'adopted'),
  APPROVES: t('approves', 'beschließt', 'approves'),
  CONCERNS: t('concerns', 'betrifft', 'concerns'),
  ASSIGNS_TASK_TO: t('assignsTaskTo', 'beauftragt', 'assigns a task to'),
  CONSULTS: t('consults', 'sieht Anhörung vor von', 'consults'),
  AMENDS: t('amends', 'ändert', 'amends'),
  MANDATES: t('mandates', 'schreibt vor', 'mandates'),
};

export interface FieldMapping {
  /** The local name of `sg:<property>`, or a standard property's IRI. */
  readonly property: string;
  readonly label: Label;
}

/** Kind fields and relationship properties by name (a name means the same wherever it occurs). */
export const FIELD_MAPPING: Readonly<Record<string, FieldMapping>> = {
  status: { property: 'status', label: { de: 'Status', en: 'status' } },
  budgetEur: { property: 'budgetEur', label: { de: 'Budget (Euro)', en: 'budget (euros)' } },
  startDate: { property: 'startDate', label: { de: 'Beginn', en: 'start' } },
  endDate: { property: 'endDate', label: { de: 'Ende', en: 'end' } },
  type: { property: 'institutionType', label: { de: 'Art der Institution', en: 'type of institution' } },
  number: { property: 'number', label: { de: 'Nummer', en: 'number' } },
  date: { property: term('dct', 'date'), label: { de: 'Datum', en: 'date' } },
  location: { property: 'location', label: { de: 'Ort', en: 'location' } },
  leikaKey: { property: 'leikaKey', label: { de: 'LeiKa-Schlüssel', en: 'LeiKa key' } },
  role: { property: 'role', label: { de: 'Rolle', en: 'role' } },
  component: { property: 'component', label: { de: 'Komponente', en: 'component' } },
  nature: { property: 'nature', label: { de: 'Art der Beziehung', en: 'nature' } },
  since: { property: 'since', label: { de: 'seit', en: 'since' } },
  until: { property: 'until', label: { de: 'bis', en: 'until' } },
  amountEur: { property: 'amountEur', label: { de: 'Betrag (Euro)', en: 'amount (euros)' } },
};

/** Every field name the model has: kind fields and relationship properties. */
export const MODEL_FIELD_NAMES: readonly string[] = [
  ...new Set([
    ...NODE_KINDS.flatMap((k) => KIND_FIELDS[k].map((f) => f.name)),
    ...COMMON_RELATIONSHIP_PROPERTIES.map((p) => p.name),
    ...RELATIONSHIP_TYPES.flatMap((type) => (ruleOf(type).properties ?? []).map((p) => p.name)),
  ]),
];

/** The project's own terms that are not a kind, a type or a field. */
export const COMMON_TERMS = {
  Confidence: { kind: 'class', label: { de: 'Verlässlichkeit', en: 'Confidence' }, comment: 'How a fact is known: stated by its sources, inferred from them, or contested between them.' },
  stated: { kind: 'individual', label: { de: 'belegt', en: 'stated' }, comment: 'The sources say so.' },
  inferred: { kind: 'individual', label: { de: 'gefolgert', en: 'inferred' }, comment: 'Our reading of the sources, explained in the note.' },
  contested: { kind: 'individual', label: { de: 'umstritten', en: 'contested' }, comment: 'The sources disagree (an open conflict); the readings and their sources are in the note.' },
  confidence: { kind: 'object', label: { de: 'Verlässlichkeit', en: 'confidence' }, comment: 'How the node or the relationship (the rdf:Statement) is known.' },
  attributes: { kind: 'datatype', label: { de: 'weitere Angaben', en: 'attributes' }, comment: 'Facts without a property of their own, as published, as a JSON object (rdf:JSON).' },
  position: { kind: 'datatype', label: { de: 'Position', en: 'position' }, comment: 'The place of a source among those a node or relationship cites (1 = first).' },
  sourceTitle: { kind: 'datatype', label: { de: 'Titel der Quelle', en: 'source title' }, comment: 'The title of the cited source, as cited.' },
  sourcePublished: { kind: 'datatype', label: { de: 'Veröffentlichung der Quelle', en: 'source published' }, comment: 'When the cited source was published, as cited.' },
  retrieved: { kind: 'datatype', label: { de: 'abgerufen', en: 'retrieved' }, comment: 'When the cited source was read for the graph.' },
  validFrom: { kind: 'datatype', label: { de: 'gültig ab', en: 'valid from' }, comment: 'Valid time: the first day the node or the relationship (the rdf:Statement) holds (inclusive, xsd:date).' },
  validTo: { kind: 'datatype', label: { de: 'gültig bis vor', en: 'valid until before' }, comment: 'Valid time: the first day the node or the relationship (the rdf:Statement) no longer holds (exclusive, xsd:date).' },
} as const satisfies Record<string, { kind: 'class' | 'individual' | 'object' | 'datatype'; label: Label; comment: string }>;
