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
  'Programme',
  'Project',
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
  readonly description: string;
}

export const KIND_INFO: Readonly<Record<NodeKind, KindInfo>> = {
  Strategy: { german: 'Strategie', description: 'A strategy or one of its components (Dachstrategie).' },
  Vision: { german: 'Zukunftsbild', description: 'The vision of the administration of the future.' },
  Guideline: { german: 'Leitlinie', description: 'Guiding principles for federal cooperation.' },
  FocusArea: { german: 'Schwerpunktthema', description: 'One of the five focus areas of the strategy.' },
  TargetVision: { german: 'Zielbild', description: 'The target picture adopted for a focus area.' },
  Programme: { german: 'Programm', description: 'A bundle of projects, or an implementation programme.' },
  Project: { german: 'Umsetzungsvorhaben / Vorhaben', description: 'An implementation project.' },
  Institution: { german: 'Institution', description: 'A body, authority, government, Land or company.' },
  System: { german: 'IT-System / Basiskomponente', description: 'An IT system, platform or base component.' },
  Service: { german: 'Verwaltungsleistung', description: 'An administrative service for citizens or businesses.' },
  Topic: { german: 'Thema', description: 'A cross-cutting theme used to tag nodes.' },
  Meeting: { german: 'Sitzung', description: 'A session of the IT-Planungsrat.' },
  Decision: { german: 'Beschluss', description: 'A decision of the IT-Planungsrat or another body.' },
  Person: { german: 'Person', description: 'A person holding a role in the governance.' },
  Law: { german: 'Gesetz / Staatsvertrag', description: 'A law or state treaty.' },
  Policy: { german: 'Agenda / politisches Programm', description: 'A government agenda outside the strategy.' },
  Standard: { german: 'Standard / Richtlinie', description: 'A binding standard or guideline document.' },
};
