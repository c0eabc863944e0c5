import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/config/index.js';
import { CypherCatalog, compactCypher, type TreeLevel } from '../../src/graph/index.js';

describe('compactCypher (statements as they are sent)', () => {
  it('drops line and block comments and makes each run of white space one space', () => {
    expect(compactCypher('// what it does\nMATCH (n:Node)\n  /* a\n block */ WHERE n.id = $id   // trailing\nRETURN n\n')).toBe(
      'MATCH (n:Node) WHERE n.id = $id RETURN n',
    );
  });

  it('keeps string literals and backtick-quoted names exactly, comment marks and escapes included', () => {
    const text = `RETURN 'https://x.example/a  b' AS u, "say \\"//\\" twice" AS s, \`odd  \`\`name\`\` // \` AS n, 'it\\'s /* no */' AS t`;
    expect(compactCypher(text)).toBe(text);
  });

  it('keeps every literal of any text between tokens, and is idempotent', () => {
    const literal = fc.oneof(
      fc.string().map((s) => `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`),
      fc.string().map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`),
      fc.string().map((s) => `\`${s.replace(/`/g, '``')}\``),
    );
    const filler = fc.constantFrom(' ', '\n', '  \t', ' // note\n', ' /* note */ ', '\n// line\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, literal), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = `RETURN ${parts.map(([f, l]) => `${f}${l}`).join(' +')}`;
        const compact = compactCypher(text);
        expect(compact).toBe(`RETURN ${parts.map(([, l]) => l).join(' + ')}`);
        expect(compactCypher(compact)).toBe(compact);
      }),
    );
  });

  it('leaves no comment in any statement of the catalogue', () => {
    const catalog = new CypherCatalog(CYPHER_DIR);
    for (const name of catalog.names()) {
      const text = catalog.get(name).text;
      // Outside literals (none of the catalogue's literals holds these marks).
      expect(text, name).not.toMatch(/\/\/|\/\*|\n|\s{2}/);
    }
  });
});

describe('CypherCatalog.render: a search that deepens one hop at a time', () => {
  const catalog = new CypherCatalog(CYPHER_DIR);

  it('repeats the LEVELS block once per depth, 1..DEPTH, each with its own quantifier, and leaves no placeholder', () => {
    for (const depth of [1, 3, 6]) {
      const text = catalog.render('read/traversal/projects-touching', { DEPTH: String(depth), FOLLOWED: 'any' });
      const quantifiers = [...text.matchAll(/\)\{1,(\d)\}\(t\)/g)].map((m) => Number(m[1]));
      // each depth's search, then the stated count (always the whole depth)
      expect(quantifiers).toEqual([...Array.from({ length: depth }, (_, i) => i + 1), depth]);
      expect(text).not.toMatch(/\{\{/);
    }
  });

  it('refuses the block without an allowed depth', () => {
    expect(() => catalog.render('read/traversal/projects-touching', { FOLLOWED: 'any' })).toThrow(/needs \{\{DEPTH\}\}/);
    expect(() => catalog.render('read/traversal/projects-touching', { DEPTH: '7', FOLLOWED: 'any' })).toThrow(/DEPTH/);
  });
});

describe('CypherCatalog.renderTree: one text per tree shape', () => {
  const level = (type: string, direction: 'in' | 'out', first: number, kinds: string[], children: TreeLevel[] = [], on?: string): TreeLevel => ({
    type,
    direction,
    first,
    kinds,
    keys: ['id', 'name'],
    children,
    ...(on === undefined ? {} : { on }),
  });
  const tree = (first: number, deeper: boolean) => [
    level('HAS_FOCUS_AREA', 'out', first, ['FocusArea'], [level('HAS_TARGET_VISION', 'out', first + 1, ['TargetVision'], deeper ? [level('CONTRIBUTES_TO', 'in', 3, ['Project'])] : [])]),
  ];

  it('answers a tree of a shape it rendered before with that text and the tree\'s own parameters, as a fresh catalogue would', () => {
    const catalog = new CypherCatalog(CYPHER_DIR);
    const first = catalog.renderTree('read/related-tree', tree(5, true));
    const again = catalog.renderTree('read/related-tree', tree(7, true));
    const fresh = new CypherCatalog(CYPHER_DIR).renderTree('read/related-tree', tree(7, true));
    expect(again).toEqual(fresh);
    expect(again.text).toBe(first.text);
    expect(again.params).not.toEqual(first.params);
    // Another shape: another text, the one a fresh catalogue renders.
    const other = catalog.renderTree('read/related-tree', tree(7, false));
    expect(other.text).not.toBe(first.text);
    expect(other).toEqual(new CypherCatalog(CYPHER_DIR).renderTree('read/related-tree', tree(7, false)));
    // A guarded level (on a kind) is part of the shape.
    const guarded = [level('HAS_FOCUS_AREA', 'out', 5, ['FocusArea'], [], 'Strategy')];
    expect(catalog.renderTree('read/nodes-planned', guarded)).toEqual(new CypherCatalog(CYPHER_DIR).renderTree('read/nodes-planned', guarded));
    expect(() => catalog.renderTree('read/related-tree', [level('NOT_A_TYPE', 'out', 1, ['Project'])])).toThrow(/not a relationship type/);
  });
});
