import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { NODE_KINDS, RELATIONSHIP_TYPES, allows } from '../../src/domain/index.js';
import { ELEMENT_OF, RELATIONSHIP_MAPPING, relationshipFor } from '../../src/graph/index.js';
import { ALLOWED_ARCHIMATE, ARCHIMATE_ELEMENTS } from '../helpers/archimate.js';

/** The rows of the Markdown table that follows `heading` in the README. */
function readmeTable(heading: string): string[][] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(heading);
  expect(start, `README has "${heading}"`).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const table = lines.slice(first).filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));
  return table.slice(2).map((l) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/`/g, '')));
}

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
