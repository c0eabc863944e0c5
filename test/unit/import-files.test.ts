import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  checkGraph,
  connectionProblem,
  formatProblem,
  nodeToImportFormat,
  parseDocument,
  relationshipToImportFormat,
  RELATIONSHIP_TYPES,
  ruleOf,
  type NodeKind,
  type Problem,
} from '../../src/domain/index.js';
import { ALIAS_EXPANSION, expandPaths, readImportFile } from '../../src/graph/import/read-files.js';
import { DATA_DIR } from '../../src/config/index.js';
import { firstDuplicateKey } from '../../src/graph/import/json-keys.js';

// Defects of issue 10 in reading import files: each of these passed the old reader or crashed it.
const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-import-files-'));
const SRC = 'sources: [{url: "https://www.it-planungsrat.de/"}]';
const source = [{ url: 'https://www.it-planungsrat.de/' }];

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function problems(paths: string[], db: Record<string, NodeKind> = {}): string[] {
  const parsed = paths.map((p) => readImportFile(p, dir));
  const all: Problem[] = [...parsed.flatMap((p) => p.problems), ...checkGraph(parsed, (id) => (db[id] ? { kind: db[id] } : undefined))];
  return all.map(formatProblem);
}

describe('reading import files: exact errors', () => {
  it('reports non-string list items with file, line, entity and field instead of crashing (YAML and JSON)', () => {
    const yaml = file('aliases.yaml', `nodes:\n  - id: sys-a\n    kind: System\n    name: A\n    aliases: [2024]\n    description: d\n    ${SRC}\n`);
    expect(problems([yaml])).toEqual([`aliases.yaml:5: node sys-a, field 'aliases[0]': must be a non-empty string, got 2024`]);
    const json = file(
      'aliases.json',
      JSON.stringify({ nodes: [{ id: 'sys-b', kind: 'System', name: 'B', aliases: ['ok', null], description: 'd', sources: source }] }, null, 1),
    );
    expect(problems([json])).toEqual([`aliases.json:9: node sys-b, field 'aliases[1]': must be a non-empty string, got null`]);
  });

  it('refuses invalid UTF-8 with its line instead of storing U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from(`nodes:\n  - id: sys-a\n    kind: System\n    name: "Gr`), Buffer.from([0xfc]), Buffer.from(`n"\n    description: d\n    ${SRC}\n`)]);
    const f = file('latin1.yaml', bytes);
    expect(problems([f])).toEqual([`latin1.yaml:4: file, field '(encoding)': is not valid UTF-8 (byte 51: 0xfc); save the file as UTF-8`]);
    // Overlong forms and surrogates are invalid too; valid multi-byte text (and a real U+FFFD) is accepted.
    expect(problems([file('overlong.json', Buffer.from([0x7b, 0xc0, 0xaf, 0x7d]))])[0]).toContain('is not valid UTF-8 (byte 1: 0xc0)');
    expect(problems([file('surrogate.json', Buffer.from([0x7b, 0xed, 0xa0, 0x80, 0x7d]))])[0]).toContain('is not valid UTF-8 (byte 1: 0xed)');
    const ok = file('ok.json', JSON.stringify({ nodes: [{ id: 'sys-c', kind: 'System', name: 'Grün 🌳 \uFFFD', description: 'd', sources: source }] }));
    expect(problems([ok])).toEqual([]);
    expect(readImportFile(ok, dir).nodes[0]!.record.name).toBe('Grün 🌳 \uFFFD');
  });

  it('refuses duplicate keys in JSON as it does in YAML, naming the record and the key', () => {
    const text = '{"nodes": [\n{"id": "sys-a", "kind": "System", "name": "A", "description": "d",\n "sources": [{"url": "https://a.de"}], "kind": "Person"}\n]}';
    expect(problems([file('dup.json', text)])).toEqual([`dup.json:3: node sys-a, field 'kind': duplicate key (first at line 2); a key may appear once`]);
    const yaml = file('dup.yaml', `nodes:\n  - id: sys-a\n    kind: System\n    kind: Person\n    name: A\n    description: d\n    ${SRC}\n`);
    expect(problems([yaml])[0]).toMatch(/^dup\.yaml:4: file, field '\(duplicate key\)': Map keys must be unique/);
  });

  it('finds duplicate keys exactly: escaped keys, strings with quotes and braces, nested objects and arrays', () => {
    expect(firstDuplicateKey('{"a": "x\\"}{", "b": [{"a": 1}, {"a": 2}], "c": {"a": {"a": 1}}}')).toBeUndefined();
    expect(firstDuplicateKey('{"a": 1, "\\u0061": 2}')).toEqual({ path: ['a'], line: 1, firstLine: 1 });
    expect(firstDuplicateKey('{"x": [{}, {"k": "\\\\", "k": 1}]}')).toEqual({ path: ['x', 1, 'k'], line: 1, firstLine: 1 });
  });

  it('refuses a YAML alias bomb before expanding it, with the file name and line (the old reader took it)', () => {
    // 1 MB value aliased 150 times: ~150 MB once expanded.
    const big = 'x'.repeat(1_000_000);
    const aliases = Array.from({ length: 150 }, (_, i) => `    note${i}: *big`).join('\n');
    const f = file('bomb.yaml', `nodes:\n  - id: sys-a\n    kind: System\n    name: &big "${big}"\n    description: d\n    ${SRC}\n    attributes:\n${aliases}\n`);
    const found = problems([f]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^bomb\.yaml:\d+: file, field '\(aliases\)': its aliases expand to more than [\d,]+ characters/);
    // A billion laughs: ten levels of ten aliases each, 10^10 items once expanded: the test could not finish if
    // anything were expanded (bench/import-scale.ts measures how fast the refusal is).
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) levels.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const laughs = file('laughs.yaml', `${levels.join('\n')}\nnodes: []\n`);
    expect(problems([laughs])[0]).toMatch(/^laughs\.yaml:\d+: file, field '\(aliases\)'/);
  });

  it('still accepts aliases that share a value a few times', () => {
    const f = file(
      'shared.yaml',
      `nodes:\n  - id: sys-a\n    kind: System\n    name: A\n    description: d\n    sources: &src [{url: "https://a.de"}]\n  - id: sys-b\n    kind: System\n    name: B\n    description: d\n    sources: *src\n`,
    );
    expect(problems([f])).toEqual([]);
    expect(readImportFile(f, dir).nodes[1]!.record.sources).toEqual([{ url: 'https://a.de' }]);
    expect(ALIAS_EXPANSION.factor).toBeGreaterThanOrEqual(1);
  });

  it('rejects a path that does not exist as input (exit 2), naming every missing path', () => {
    const error = (() => {
      try {
        expandPaths([join(dir, 'missing.yaml'), dir, join(dir, 'gone')]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => [p.file, p.field, p.message])).toEqual([
      [join(dir, 'missing.yaml'), '(path)', 'no such file or folder'],
      [join(dir, 'gone'), '(path)', 'no such file or folder'],
    ]);
  });
});

describe('reading YAML record by record (bounded memory for big files)', () => {
  it('gives exactly what the whole-document parse gives: comments, blank lines, CRLF, block scalars, aliases across records', async () => {
    const { parse } = await import('yaml');
    const { parseDocument } = await import('../../src/domain/index.js');
    const text = [
      '# Kommentar',
      'nodes:',
      '- id: sys-a',
      '  kind: System',
      '  name: A',
      '  description: |',
      '    - keine Liste',
      '    zweite Zeile',
      '  sources: &src [{url: "https://a.de"}]',
      '',
      '# zwischen den Knoten',
      '- id: sys-b',
      '  kind: System',
      '  name: B   # Kommentar',
      '  description: >-',
      '    gefaltet',
      '    und weiter',
      '  sources: *src',
      'relationships:',
      '  - {from: sys-a, type: DEPENDS_ON, to: sys-b, sources: *src}',
      '',
    ].join('\r\n');
    const f = file('items.yaml', text);
    const read = readImportFile(f, dir);
    expect(read.problems).toEqual([]);
    const expected = parseDocument(parse(text), 'items.yaml');
    expect(read.nodes.map((n) => n.record)).toEqual(expected.nodes.map((n) => n.record));
    expect(read.relationships.map((r) => r.record)).toEqual(expected.relationships.map((r) => r.record));
    expect(read.nodes[0]!.record.description).toBe('- keine Liste\nzweite Zeile\n'.trim());
    // Lines of problems are those of the file.
    const bad = file('items-bad.yaml', text.replace('name: B', 'name: ""'));
    expect(problems([bad])).toEqual([
      `items-bad.yaml:14: node sys-b, field 'name': must be a non-empty string`,
      `items-bad.yaml:20: relationship sys-a -[DEPENDS_ON]-> sys-b, field 'to': no node 'sys-b' in the import or the database`,
    ]);
  });
});

describe('self-relationships are a rule of the model', () => {
  it('every relationship type says whether a node may be related to itself; none allows it', () => {
    for (const type of RELATIONSHIP_TYPES) expect(ruleOf(type).selfAllowed, type).toBe(false);
    expect(connectionProblem({ from: 'sys-a', type: 'DEPENDS_ON', to: 'sys-a' }, 'System', 'System')).toEqual({
      field: 'to',
      message: 'DEPENDS_ON may not connect a node to itself (sys-a)',
    });
    expect(connectionProblem({ from: 'sys-a', type: 'DEPENDS_ON', to: 'sys-b' }, 'System', 'System')).toBeUndefined();
  });

  it('the import refuses ELSTER DEPENDS_ON ELSTER with file, line, entity and field', () => {
    const f = file('self.yaml', `nodes:\n  - id: sys-elster\n    kind: System\n    name: ELSTER\n    description: d\n    ${SRC}\nrelationships:\n  - {from: sys-elster, type: DEPENDS_ON, to: sys-elster, ${SRC}}\n`);
    expect(problems([f])).toEqual([
      `self.yaml:8: relationship sys-elster -[DEPENDS_ON]-> sys-elster, field 'to': DEPENDS_ON may not connect a node to itself (sys-elster)`,
    ]);
  });
});

describe('transaction memory: read from the database settings', () => {
  it('parses Neo4j byte sizes; 0 and unreadable values mean no limit', async () => {
    const { parseBytes } = await import('../../src/graph/import/importer.js');
    expect(parseBytes('716.80MiB')).toBe(Math.floor(716.8 * 2 ** 20));
    expect(parseBytes('2.00GiB')).toBe(2 * 2 ** 30);
    expect(parseBytes('512k')).toBe(512 * 1024);
    expect(parseBytes('0B')).toBeUndefined();
    expect(parseBytes(null)).toBeUndefined();
    expect(parseBytes('lots')).toBeUndefined();
  });
});

describe('the one import-format writer', () => {
  it('writes every shipped record so that the import reads back the same record, in one stable key order', () => {
    const files = expandPaths([DATA_DIR]).map((f) => readImportFile(f));
    const nodes = files.flatMap((f) => f.nodes.map((n) => n.record));
    const relationships = files.flatMap((f) => f.relationships.map((r) => r.record));
    expect(nodes.length).toBeGreaterThan(100);
    expect(relationships.length).toBeGreaterThan(100);
    const again = parseDocument(JSON.parse(JSON.stringify({ nodes: nodes.map(nodeToImportFormat), relationships: relationships.map(relationshipToImportFormat) })), 'again.json');
    expect(again.problems).toEqual([]);
    expect(again.nodes.map((n) => n.record)).toEqual(nodes);
    expect(again.relationships.map((r) => r.record)).toEqual(relationships);
    // The same node gives the same text whatever order its record was built in; empty optionals are left out.
    const node = nodes.find((n) => n.aliases.length === 0)!;
    const shuffled = Object.fromEntries(Object.entries(node).reverse()) as typeof node;
    expect(JSON.stringify(nodeToImportFormat(shuffled))).toBe(JSON.stringify(nodeToImportFormat(node)));
    expect(Object.keys(nodeToImportFormat(node))).not.toContain('aliases');
    expect(Object.keys(nodeToImportFormat(node)).slice(0, 3)).toEqual(['id', 'kind', 'name']);
  });
});
