import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATIONSHIP_TYPES, allows } from '../../src/domain/index.js';
import { ELEMENT_OF, RELATIONSHIP_MAPPING, relationshipFor } from '../../src/graph/index.js';
import { ALLOWED_ARCHIMATE, ARCHIMATE_ELEMENTS } from '../helpers/archimate.js';
import { readmeTable } from '../helpers/readme.js';

describe('the ArchiMate mapping', () => {
  it('maps every kind to an ArchiMate element', () => {
    for (const kind of NODE_KINDS) expect(ARCHIMATE_ELEMENTS).toContain(ELEMENT_OF[kind]);
  });

  it('uses only relationships ArchiMate allows, for every pair of kinds the model allows', () => {
    for (const type of RELATIONSHIP_TYPES) {
      for (const from of NODE_KINDS) {
        for (const to of NODE_KINDS) {
          if (!allows(type, from, to)) continue;
          const m = relationshipFor(type, from, to);
          const [source, target] = m.reversed ? [to, from] : [from, to];
          expect(ALLOWED_ARCHIMATE.allows(ELEMENT_OF[source], m.type, ELEMENT_OF[target]), `${from} -${type}-> ${to} as ${m.type}`).toBe(true);
        }
      }
    }
  });

  it('is the one the README documents', () => {
    expect(Object.fromEntries(readmeTable('### Kinds as ArchiMate elements').map(([kind, element]) => [kind, element]))).toEqual(ELEMENT_OF);
    const documented = readmeTable('### Relationships as ArchiMate relationships');
    const expected = Object.entries(RELATIONSHIP_MAPPING).map(([type, m]) => [
      type,
      m!.type,
      m!.reversed ? 'reversed' : '',
      m!.only ? `only ${m!.only.from ? `from ${m!.only.from.join(', ')}` : ''}${m!.only.to ? `to ${m!.only.to.join(', ')}` : ''}; Association otherwise` : '',
    ]);
    expect(documented.slice(0, -1)).toEqual(expected);
    expect(documented.at(-1)![0]).toBe('all others');
  });
});
