import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, checkGraph, formatProblem, parseDocument, type NodeKind, type Problem } from '../../src/domain/index.js';
import { expandPaths, readImportFile } from '../../src/graph/import/read-files.js';

const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-validation-'));
const SRC = 'sources: [{url: "https://www.it-planungsrat.de/"}]';

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Every problem of a set of files, as one-line messages, checked against an optional database state. */
function problems(paths: string[], db: Record<string, NodeKind> = {}): string[] {
  const parsed = paths.map((p) => readImportFile(p, dir));
  const all: Problem[] = [...parsed.flatMap((p) => p.problems), ...checkGraph(parsed, (id) => (db[id] ? { kind: db[id] } : undefined))];
  return all.map(formatProblem);
}

const node = (id: string, kind = 'System', extra = '') =>
  `  - id: ${id}\n    kind: ${kind}\n    name: ${id}\n    description: d\n    ${SRC}\n${extra}`;

describe('import validation', () => {
  it('accepts a valid document in YAML and in JSON', () => {
    const yaml = file('ok.yaml', `nodes:\n${node('sys-a')}${node('leistung-b', 'Service')}relationships:\n  - {from: sys-a, type: SUPPORTS, to: leistung-b, ${SRC}}\n`);
    const json = file('ok.json', JSON.stringify({ nodes: [{ id: 'p-x', kind: 'Person', name: 'X', description: 'd', sources: [{ url: 'https://a.de' }] }] }));
    expect(problems([yaml, json])).toEqual([]);
  });

  it('names file, line, entity and field for a bad id', () => {
    const f = file('bad-id.yaml', `nodes:\n${node('Bad_Id')}`);
    expect(problems([f])).toEqual([`bad-id.yaml:2: node Bad_Id, field 'id': 'Bad_Id' is not a slug (^[a-z0-9][a-z0-9-]{0,127}$)`]);
  });

  it('reports unknown kinds and relationship types', () => {
    const f = file('unknown.yaml', `nodes:\n${node('x-1', 'Projekt')}relationships:\n  - {from: x-1, type: TOUCHES, to: x-1, ${SRC}}\n`);
    const out = problems([f]);
    expect(out).toContain(`unknown.yaml:3: node x-1, field 'kind': unknown kind "Projekt"`);
    expect(out).toContain(`unknown.yaml:8: relationship x-1 -[TOUCHES]-> x-1, field 'type': unknown relationship type "TOUCHES"`);
  });

  it('requires at least one source on nodes and relationships, and checks source URLs', () => {
    const f = file(
      'sources.yaml',
      `nodes:\n  - {id: a-1, kind: Topic, name: A, description: d}\n  - {id: a-2, kind: Topic, name: B, description: d, sources: [{url: "ftp://x"}]}\nrelationships:\n  - {from: a-1, type: TAGGED, to: a-2}\n`,
    );
    expect(problems([f])).toEqual([
      `sources.yaml:2: node a-1, field 'sources': at least one source {url, title?, published?, retrieved?} is required`,
      `sources.yaml:3: node a-2, field 'sources[0].url': 'ftp://x' is not an http(s) URL`,
      `sources.yaml:5: relationship a-1 -[TAGGED]-> a-2, field 'sources': at least one source {url, title?, published?, retrieved?} is required`,
    ]);
  });

  it('checks the schema of each record: required fields, types, enum values and unknown fields', () => {
    const f = file(
      'schema.yaml',
      `nodes:\n  - {id: p-1, kind: Project, description: d, ${SRC}, status: maybe, budgetEur: -3, colour: red}\n  - {id: m-1, kind: Meeting, name: S, description: d, ${SRC}, number: "47", date: 26.06.2025}\n`,
    );
    expect(problems([f])).toEqual([
      `schema.yaml:2: node p-1, field 'name': is required`,
      `schema.yaml:2: node p-1, field 'colour': is not a field of kind Project`,
      `schema.yaml:2: node p-1, field 'status': must be one of proposed, approved, running, completed, discontinued, got "maybe"`,
      `schema.yaml:2: node p-1, field 'budgetEur': must be a non-negative number of euros, got -3`,
      `schema.yaml:3: node m-1, field 'number': must be an integer, got "47"`,
      `schema.yaml:3: node m-1, field 'date': must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "26.06.2025"`,
    ]);
  });

  it('checks a LeiKa key\'s form, and that source URLs are IRIs (the RDF exports cite them)', () => {
    const f = file(
      'leika.yaml',
      `nodes:\n  - {id: l-1, kind: Service, name: A, description: d, ${SRC}, leikaKey: "99050012104000"}\n  - {id: l-2, kind: Service, name: B, description: d, ${SRC}, leikaKey: 99050012104000}\n  - {id: l-3, kind: Service, name: C, description: d, ${SRC}, leikaKey: "9905"}\n  - {id: l-4, kind: Topic, name: D, description: d, sources: [{url: "https://example.org/a b"}, {url: "https://example.org/<x>"}]}\n`,
    );
    expect(problems([f])).toEqual([
      `leika.yaml:3: node l-2, field 'leikaKey': must be a non-empty string, got 99050012104000`,
      `leika.yaml:4: node l-3, field 'leikaKey': must be a LeiKa key of 14 digits (in YAML, quote it: "99050012104000"), got "9905"`,
      `leika.yaml:5: node l-4, field 'sources[0].url': 'https://example.org/a b' is not an http(s) URL`,
      `leika.yaml:5: node l-4, field 'sources[1].url': 'https://example.org/<x>' is not an http(s) URL`,
    ]);
  });

  it('rejects relationship properties the type does not have', () => {
    const f = file('props.yaml', `nodes:\n${node('s-1')}${node('i-1', 'Institution')}relationships:\n  - {from: s-1, type: OPERATED_BY, to: i-1, ${SRC}, properties: {amountEur: 5}}\n`);
    expect(problems([f])[0]).toMatch(/props\.yaml:13: relationship s-1 -\[OPERATED_BY\]-> i-1, field 'properties.amountEur': is not a property of OPERATED_BY/);
  });

  it('finds duplicate ids across the files of one import and names both places', () => {
    const a = file('dup-a.yaml', `nodes:\n${node('same-id')}`);
    const b = file('dup-b.yaml', `nodes:\n${node('other')}${node('same-id')}`);
    expect(problems([a, b])).toEqual([`dup-b.yaml:7: node same-id, field 'id': duplicate id (first defined at dup-a.yaml:2)`]);
  });

  it('finds duplicate relationships', () => {
    const rel = `  - {from: s-1, type: SUPPORTS, to: l-1, ${SRC}}\n`;
    const f = file('duprel.yaml', `nodes:\n${node('s-1')}${node('l-1', 'Service')}relationships:\n${rel}${rel}`);
    expect(problems([f])).toEqual([`duprel.yaml:14: relationship s-1 -[SUPPORTS]-> l-1, field 'type': duplicate relationship (first at duprel.yaml:13)`]);
  });

  it('resolves relationship endpoints in the files or the database, and reports those in neither', () => {
    const f = file('ends.yaml', `nodes:\n${node('s-1')}relationships:\n  - {from: s-1, type: SUPPORTS, to: leistung-db, ${SRC}}\n  - {from: s-1, type: SUPPORTS, to: nowhere, ${SRC}}\n`);
    expect(problems([f], { 'leistung-db': 'Service' })).toEqual([
      `ends.yaml:9: relationship s-1 -[SUPPORTS]-> nowhere, field 'to': no node 'nowhere' in the import or the database`,
    ]);
  });

  it('applies the kind rules, also to endpoints that only the database knows', () => {
    const f = file('rules.yaml', `relationships:\n  - {from: leistung-db, type: SUPPORTS, to: sys-db, ${SRC}}\n`);
    expect(problems([f], { 'leistung-db': 'Service', 'sys-db': 'System' })).toEqual([
      `rules.yaml:2: relationship leistung-db -[SUPPORTS]-> sys-db, field 'type': SUPPORTS may not connect Service to System`,
    ]);
  });

  it('refuses to change the kind of a node the database holds', () => {
    const f = file('kind.yaml', `nodes:\n${node('sys-elster', 'Service')}`);
    expect(problems([f], { 'sys-elster': 'System' })).toEqual([
      `kind.yaml:2: node sys-elster, field 'kind': the database holds sys-elster as System; a node cannot change its kind`,
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const f = file('syntax.yaml', 'nodes:\n  - id: a\n    name: [unclosed\n');
    const out = problems([f]);
    expect(out.length).toBeGreaterThan(0);
    expect(out[0]).toMatch(/^syntax\.yaml:\d+: file, field '\(syntax\)': /);
  });

  it('reports every problem, not only the first', () => {
    const f = file('many.yaml', `nodes:\n${node('A')}${node('B')}${node('C')}`);
    expect(problems([f])).toHaveLength(3);
  });

  it('reads a folder as one import, in a stable order', () => {
    const sub = join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    file('folder/2.yaml', `nodes:\n${node('z-2')}`);
    file('folder/1.json', JSON.stringify({ nodes: [] }));
    file('folder/notes.txt', 'ignored');
    expect(expandPaths([sub]).map((p) => p.slice(sub.length + 1))).toEqual(['1.json', '2.yaml']);
  });
});

describe('import validation, for any input (property-based)', () => {
  const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
  const anyNodeish = fc.record(
    {
      id: fc.oneof(slug, fc.string(), fc.integer()),
      kind: fc.oneof(fc.constantFrom('System', 'Project', 'Service', 'Topic'), fc.string()),
      name: fc.oneof(fc.string(), fc.constant(undefined)),
      description: fc.oneof(fc.string(), fc.integer()),
      sources: fc.oneof(fc.array(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()) })), fc.anything()),
      budgetEur: fc.oneof(fc.double(), fc.string(), fc.constant(undefined)),
    },
    { requiredKeys: [] },
  );

  // Well-formed nodes too, so that accepted documents with nodes are common, not a rare accident of the above.
  const validNode = fc.record({
    id: slug,
    kind: fc.constantFrom('System', 'Service', 'Topic'),
    name: fc.stringMatching(/^[A-Za-zÄÖÜäöüß][\w äöüß-]{0,30}$/),
    description: fc.string(),
    sources: fc.array(fc.record({ url: fc.webUrl() }), { minLength: 1, maxLength: 3 }),
  });

  it('never throws: it returns problems or records, and accepted records keep the rules', () => {
    let acceptedNodes = 0;
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ nodes: fc.array(fc.oneof(anyNodeish, validNode), { maxLength: 5 }) })), (raw) => {
        const parsed = parseDocument(raw, 'fuzz.json');
        for (const p of parsed.problems) expect(p.message.length).toBeGreaterThan(0);
        if (parsed.problems.length === 0) {
          acceptedNodes += parsed.nodes.length;
          for (const { record } of parsed.nodes) {
            expect(record.id).toMatch(ID_PATTERN);
            expect(record.sources.length).toBeGreaterThan(0);
            expect(record.name.trim().length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 3000 },
    );
    expect(acceptedNodes).toBeGreaterThan(100);
  });
});
