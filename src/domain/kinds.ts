/**
 * Node kinds of the strategy graph: the allow-list every label, enum and validation rule derives from.
 * German terms are the ones the Föderale Digitalstrategie itself uses.
 */
export const NODE_KINDS = [
  'Strategy',
  'Vision',
  'Guideline',
  'FocusArea',
  'TargetVision',
  'Goal',
  'Programme',
  'Project',
  'Theme',
  'Institution',
  'System',
  'Service',
  'Topic',
  'Meeting',
  'Decision',
  'Person',
  'Law',
  'Policy',
  'Standard',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

export interface KindInfo {
  /** The German term used by the IT-Planungsrat. */
  readonly german: string;
  /** Name of the list of this kind (API root fields, CLI, exports). */
  readonly plural: string;
  readonly description: string;
}

export const KIND_INFO: Readonly<Record<NodeKind, KindInfo>> = {
  Strategy: { plural: 'strategies', german: 'Strategie', description: 'A strategy or one of its components (Dachstrategie).' },
  Vision: { plural: 'visions', german: 'Zukunftsbild', description: 'The vision of the administration of the future.' },
  Guideline: { plural: 'guidelines', german: 'Leitlinie', description: 'Guiding principles for federal cooperation.' },
  FocusArea: { plural: 'focusAreas', german: 'Schwerpunktthema', description: 'One of the five focus areas of the strategy.' },
  TargetVision: { plural: 'targetVisions', german: 'Zielbild', description: 'The target picture adopted for a focus area.' },
  Goal: { plural: 'goals', german: 'Ziel', description: 'One of the goals a Zielbild names.' },
  Programme: { plural: 'programmes', german: 'Programm', description: 'A bundle of projects, or an implementation programme.' },
  Project: { plural: 'projects', german: 'Umsetzungsvorhaben / Vorhaben', description: 'One named implementation project.' },
  Theme: {
    plural: 'themes',
    german: 'Themenfeld',
    description: 'A published theme of projects whose names, leads and budgets are not public: not a project itself.',
  },
  Institution: { plural: 'institutions', german: 'Institution', description: 'A body, authority, government, Land or company.' },
  System: { plural: 'systems', german: 'IT-System / Basiskomponente', description: 'An IT system, platform or base component.' },
  Service: { plural: 'services', german: 'Verwaltungsleistung', description: 'An administrative service for citizens or businesses.' },
  Topic: { plural: 'topics', german: 'Thema', description: 'A cross-cutting topic used to tag nodes.' },
  Meeting: { plural: 'meetings', german: 'Sitzung', description: 'A session, Klausur or congress of the IT-Planungsrat or another body.' },
  Decision: { plural: 'decisions', german: 'Beschluss', description: 'A decision of the IT-Planungsrat or another body.' },
  Person: { plural: 'people', german: 'Person', description: 'A person holding a role in the governance.' },
  Law: { plural: 'laws', german: 'Gesetz / Staatsvertrag', description: 'A law or state treaty.' },
  Policy: { plural: 'policies', german: 'Agenda / politisches Programm', description: 'A government agenda outside the strategy.' },
  Standard: { plural: 'standards', german: 'Standard / Richtlinie', description: 'A binding standard or guideline document.' },
};
