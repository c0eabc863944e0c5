/**
 * What ArchiMate 3.1 allows, as far as the export uses it: the element types of the language, and the
 * relationships checked one by one against the specification's relationship tables (Appendix B,
 * "Relationships Between Core Elements" and the Motivation/Strategy/Implementation tables). Association
 * is allowed between any two elements; Grouping may aggregate any element. Written by hand for the tests,
 * independent of src/graph/export/archimate-mapping.ts.
 */
export const ARCHIMATE_ELEMENTS = [
  'BusinessActor', 'BusinessRole', 'BusinessCollaboration', 'BusinessInterface', 'BusinessProcess', 'BusinessFunction',
  'BusinessInteraction', 'BusinessEvent', 'BusinessService', 'BusinessObject', 'Contract', 'Representation', 'Product',
  'ApplicationComponent', 'ApplicationCollaboration', 'ApplicationInterface', 'ApplicationFunction', 'ApplicationInteraction',
  'ApplicationProcess', 'ApplicationEvent', 'ApplicationService', 'DataObject',
  'Node', 'Device', 'SystemSoftware', 'TechnologyCollaboration', 'TechnologyInterface', 'Path', 'CommunicationNetwork',
  'TechnologyFunction', 'TechnologyProcess', 'TechnologyInteraction', 'TechnologyEvent', 'TechnologyService', 'Artifact',
  'Equipment', 'Facility', 'DistributionNetwork', 'Material',
  'Stakeholder', 'Driver', 'Assessment', 'Goal', 'Outcome', 'Principle', 'Requirement', 'Constraint', 'Meaning', 'Value',
  'Resource', 'Capability', 'ValueStream', 'CourseOfAction',
  'WorkPackage', 'Deliverable', 'ImplementationEvent', 'Plateau', 'Gap',
  'Grouping', 'Location',
] as const;

const VERIFIED: readonly (readonly [string, string, string])[] = [
  ['CourseOfAction', 'Aggregation', 'CourseOfAction'],
  ['CourseOfAction', 'Realization', 'Goal'],
  ['Outcome', 'Realization', 'Goal'],
  ['WorkPackage', 'Realization', 'Goal'],
  ['WorkPackage', 'Aggregation', 'WorkPackage'],
  ['WorkPackage', 'Influence', 'Outcome'],
  ['ApplicationComponent', 'Influence', 'Outcome'],
  ['BusinessActor', 'Assignment', 'WorkPackage'],
  ['BusinessActor', 'Aggregation', 'BusinessActor'],
  ['BusinessActor', 'Serving', 'BusinessActor'],
  ['WorkPackage', 'Realization', 'BusinessService'],
  ['ApplicationComponent', 'Serving', 'BusinessService'],
  ['ApplicationComponent', 'Serving', 'ApplicationComponent'],
  ['BusinessEvent', 'Access', 'BusinessObject'],
  // §5.2.2: access is the ability of behavior and active structure elements to observe or act upon passive ones.
  ['BusinessActor', 'Access', 'BusinessObject'],
  // §6.4 / Appendix B: a structure or behaviour element may realize or (weaker) influence a goal or outcome;
  // motivation elements influence one another.
  ['WorkPackage', 'Influence', 'Goal'],
  ['ApplicationComponent', 'Influence', 'Goal'],
  ['Principle', 'Influence', 'Goal'],
  ['Principle', 'Influence', 'Outcome'],
];

export const ALLOWED_ARCHIMATE = {
  allows(source: string, relationship: string, target: string): boolean {
    if (!(ARCHIMATE_ELEMENTS as readonly string[]).includes(source) || !(ARCHIMATE_ELEMENTS as readonly string[]).includes(target)) return false;
    if (relationship === 'Association') return true;
    if (source === 'Grouping' && relationship === 'Aggregation') return true;
    return VERIFIED.some(([s, r, t]) => s === source && r === relationship && t === target);
  },
};
