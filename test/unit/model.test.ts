import { describe, expect, it } from 'vitest';
import {
  DEPENDENCY_TYPES,
  KIND_FIELDS,
  NAVIGATIONS,
  NODE_KINDS,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  allows,
  ruleOf,
  targetKinds,
  type NodeKind,
  type RelationshipType,
} from '../../src/domain/index.js';

/** The minimum table of the foundation issue: type, from kinds, to kinds, category. */
const CONTRACT: [RelationshipType, NodeKind[], NodeKind[], string][] = [
  ['HAS_VISION', ['Strategy'], ['Vision'], 'structure'],
  ['HAS_GUIDELINE', ['Strategy'], ['Guideline'], 'structure'],
  ['HAS_FOCUS_AREA', ['Strategy'], ['FocusArea'], 'structure'],
  ['HAS_TARGET_VISION', ['FocusArea'], ['TargetVision'], 'structure'],
  ['HAS_PROGRAMME', ['FocusArea'], ['Programme'], 'structure'],
  ['INCLUDES', ['Programme'], ['Project'], 'structure'],
  ['CONTRIBUTES_TO', ['Project', 'Programme'], ['TargetVision'], 'alignment'],
  ['LED_BY', ['Project', 'Programme'], ['Institution'], 'organisation'],
  ['PARTICIPATES_IN', ['Institution'], ['Project', 'Programme'], 'organisation'],
  ['FUNDED_BY', ['Project', 'Programme'], ['Institution'], 'organisation'],
  ['OPERATED_BY', ['System'], ['Institution'], 'organisation'],
  ['MEMBER_OF', ['Institution'], ['Institution'], 'organisation'],
  ['INTEGRATES', ['Project', 'Programme'], ['System'], 'dependency'],
  ['DIGITALISES', ['Project', 'Programme'], ['Service'], 'dependency'],
  ['SUPPORTS', ['System'], ['Service'], 'dependency'],
  ['HELD', ['Institution'], ['Meeting'], 'governance'],
  ['ADOPTED', ['Meeting'], ['Decision'], 'governance'],
  ['APPROVES', ['Decision'], ['Strategy', 'FocusArea', 'TargetVision', 'Programme', 'Project'], 'governance'],
];

describe('the model', () => {
  it('has the kinds the foundation issue requires', () => {
    for (const kind of ['Strategy', 'Vision', 'Guideline', 'FocusArea', 'TargetVision', 'Programme', 'Project',
      'Institution', 'System', 'Service', 'Topic', 'Meeting', 'Decision'] as const) {
      expect(NODE_KINDS).toContain(kind);
    }
    expect(new Set(NODE_KINDS).size).toBe(NODE_KINDS.length);
  });

  it.each(CONTRACT)('%s connects %j to %j as %s', (type, from, to, category) => {
    expect(ruleOf(type).category).toBe(category);
    for (const f of from) for (const t of to) expect(allows(type, f, t)).toBe(true);
  });

  it('rejects relationships outside the rules', () => {
    expect(allows('HAS_VISION', 'FocusArea', 'Vision')).toBe(false);
    expect(allows('SUPPORTS', 'Service', 'System')).toBe(false);
    expect(allows('OPERATED_BY', 'Project', 'Institution')).toBe(false);
    expect(allows('APPROVES', 'Decision', 'Institution')).toBe(false);
  });

  it('lets DEPENDS_ON join a project to a project and a system to a system, never across', () => {
    expect(allows('DEPENDS_ON', 'Project', 'Project')).toBe(true);
    expect(allows('DEPENDS_ON', 'System', 'System')).toBe(true);
    expect(allows('DEPENDS_ON', 'Project', 'System')).toBe(false);
    expect(allows('DEPENDS_ON', 'System', 'Project')).toBe(false);
    expect(targetKinds('DEPENDS_ON', 'Project')).toEqual(['Project']);
  });

  it('lets any kind be TAGGED with a Topic', () => {
    for (const kind of NODE_KINDS) expect(allows('TAGGED', kind, 'Topic')).toBe(true);
    expect(allows('TAGGED', 'Project', 'System')).toBe(false);
  });

  it('defines dependency relationships by category, including the five the traversals name', () => {
    expect(DEPENDENCY_TYPES).toEqual(expect.arrayContaining(['INTEGRATES', 'DIGITALISES', 'SUPPORTS', 'DEPENDS_ON', 'TAGGED']));
    for (const type of RELATIONSHIP_TYPES) {
      expect(DEPENDENCY_TYPES.includes(type)).toBe(ruleOf(type).category === 'dependency');
    }
  });

  it('gives every kind unique field names that do not clash with its own properties', () => {
    for (const kind of NODE_KINDS) {
      const names = [
        ...['id', 'kind', 'name', 'aliases', 'description', 'sources', 'confidence', 'note', 'attributes'],
        ...KIND_FIELDS[kind].map((f) => f.name),
        ...NAVIGATIONS[kind].map((n) => n.field),
      ];
      const duplicates = names.filter((n, i) => names.indexOf(n) !== i);
      expect(duplicates, `${kind} has clashing fields`).toEqual([]);
    }
  });

  it('derives both directions of every relationship as navigations', () => {
    expect(NAVIGATIONS.Project.find((n) => n.field === 'leadInstitutions')).toMatchObject({ type: 'LED_BY', direction: 'out', otherKinds: ['Institution'] });
    expect(NAVIGATIONS.Institution.find((n) => n.field === 'ledProjects')).toMatchObject({ type: 'LED_BY', direction: 'in', otherKinds: ['Project'] });
    expect(NAVIGATIONS.System.find((n) => n.field === 'projects')).toMatchObject({ type: 'INTEGRATES', direction: 'in' });
    expect(NAVIGATIONS.Decision.find((n) => n.field === 'approves')?.otherKinds.length).toBeGreaterThan(1);
    for (const type of RELATIONSHIP_TYPES) {
      const uses = NODE_KINDS.flatMap((k) => NAVIGATIONS[k]).filter((n) => n.type === type);
      expect(uses.some((n) => n.direction === 'out'), `${type} out`).toBe(true);
      expect(uses.some((n) => n.direction === 'in'), `${type} in`).toBe(true);
    }
  });

  it('names only known kinds in its rules', () => {
    for (const rule of Object.values(RELATIONSHIP_RULES)) {
      for (const group of rule.connects) {
        for (const side of [group.from, group.to]) {
          if (side !== 'any') for (const kind of side) expect(NODE_KINDS).toContain(kind);
        }
      }
    }
  });
});
