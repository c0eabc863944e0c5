import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/config/index.js';
import { parseDocument, type NodeRecord, type RelationshipRecord } from '../../src/domain/index.js';
import { ARCHIMATE_NAMESPACE, Importer, exportGraph, expandPaths, readImportFile, type ExportFormat, type Graph } from '../../src/graph/index.js';
import { ALLOWED_ARCHIMATE, ARCHIMATE_ELEMENTS } from '../helpers/archimate.js';
import { clearGraph, cypher, openTestGraph, textOf } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

/** Parses XML and fails on anything a conforming parser reports, warnings included. */
function parseXml(text: string): Document {
  const fail = (level: string) => (message: string) => {
    throw new Error(`XML ${level}: ${message}`);
  };
  return new DOMParser({ onError: (level, message) => fail(level)(message) }).parseFromString(text, 'application/xml');
}

const children = (el: Element, name?: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (!name || (n as Element).localName === name));
const sortById = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
const relKey = (r: Pick<RelationshipRecord, 'from' | 'type' | 'to'>) => `${r.from}|${r.type}|${r.to}`;

describe('exports', () => {
  let graph: Graph;
  const run = async (format: ExportFormat, around?: { id: string; depth: number }) => (await exportGraph(graph.executor, { format, around })).files;
  const shipped = () => {
    const parsed = expandPaths([DATA_DIR]).map((f) => readImportFile(f));
    return { nodes: parsed.flatMap((p) => p.nodes.map((n) => n.record)), relationships: parsed.flatMap((p) => p.relationships.map((r) => r.record)) };
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
  });
  afterAll(async () => {
    await graph.close();
  });

  describe('JSON, the import format', () => {
    it('holds exactly the records of data/, and passes the importer\'s validation', async () => {
      const [file] = await run('json');
      const parsed = parseDocument(JSON.parse(textOf(file)), file!.name);
      expect(parsed.problems).toEqual([]);
      const data = shipped();
      expect(sortById(parsed.nodes.map((n) => n.record))).toEqual(sortById(data.nodes as NodeRecord[]));
      const rels = (items: RelationshipRecord[]) => [...items].sort((a, b) => (relKey(a) < relKey(b) ? -1 : 1));
      expect(rels(parsed.relationships.map((r) => r.record))).toEqual(rels(data.relationships));
    });

    it('round-trips: export, import into an empty database, export again gives the same file', async () => {
      const [first] = await run('json');
      const file = join(mkdtempSync(join(tmpdir(), 'strategiegraph-export-')), first!.name);
      writeFileSync(file, first!.content);
      await clearGraph(graph);
      await new Importer(graph.executor).importPaths([file]);
      const [second] = await run('json');
      expect(second!.content).toBe(first!.content);
    });
  });

  it('Cypher: the script rebuilds the same graph in an empty database, stored as the importer stores it', async () => {
    const [before] = await run('json');
    const [script] = await run('cypher');
    await clearGraph(graph);
    const statements = textOf(script).split(/;\n/).map((s) => s.trim()).filter((s) => s.replace(/^\/\/.*$/gm, '').trim() !== '');
    expect(statements.length).toBeGreaterThan(20);
    for (const statement of statements) await cypher(graph, statement);
    const [after] = await run('json');
    expect(after!.content).toBe(before!.content);
    // Same content hashes: importing data/ over it changes nothing.
    const summary = await new Importer(graph.executor).importPaths([DATA_DIR], { dryRun: true });
    const changed = [...Object.values(summary.nodes), ...Object.values(summary.relationships)].reduce((n, c) => n + c.created + c.updated, 0);
    expect(changed).toBe(0);
  });

  // Each dialect as a reader of that dialect parses it: German Excel's (`;`, BOM, decimal comma) and RFC 4180's.
  const DIALECTS = { 'excel-de': { delimiter: ';', bom: '\uFEFF' }, rfc4180: { delimiter: ',', bom: '' } } as const;
  it.each(Object.keys(DIALECTS) as (keyof typeof DIALECTS)[])('CSV (%s): one file per kind and per relationship type, with headers, CRLF; every value comes back', async (dialect) => {
    const files = (await exportGraph(graph.executor, { format: 'csv', ...(dialect === 'excel-de' ? {} : { csvDialect: dialect }) })).files;
    const data = shipped();
    const kinds = [...new Set(data.nodes.map((n) => n.kind))].sort();
    const types = [...new Set(data.relationships.map((r) => r.type))].sort();
    expect(files.map((f) => f.name).sort()).toEqual([...kinds.map((k) => `nodes-${k}.csv`), ...types.map((t) => `relationships-${t}.csv`)].sort());
    const { delimiter, bom } = DIALECTS[dialect];
    const table = (name: string) => {
      const text = textOf(files.find((f) => f.name === name));
      expect(text.startsWith(`${bom}${dialect === 'excel-de' ? 'id;name' : 'id,name'}`) || text.startsWith(`${bom}from`), name).toBe(true);
      expect(/(?<!\r)\n/.test(text), `${name}: a line ends without CR`).toBe(false);
      expect(text.endsWith('\r\n')).toBe(true);
      return parseCsv(text.slice(bom.length), { columns: true, delimiter, relax_quotes: false }) as Record<string, string>[];
    };
    for (const kind of kinds) {
      const rows = table(`nodes-${kind}.csv`);
      const expected = data.nodes.filter((n) => n.kind === kind);
      expect(rows.map((r) => r.id).sort()).toEqual(expected.map((n) => n.id).sort());
      for (const node of expected) {
        const row = rows.find((r) => r.id === node.id)!;
        // Text comes back as written (a leading = + - @ would be guarded with an apostrophe), umlauts included.
        expect(row.name!.replace(/^'(?=[=+\-@])/, '')).toBe(node.name);
        expect(row.description!.replace(/^'(?=[=+\-@])/, '')).toBe(node.description);
        expect(row.sources).toBe(node.sources.map((s) => s.url).join(' | '));
        expect([row.validFrom || undefined, row.validTo || undefined]).toEqual([node.validFrom, node.validTo]);
        if (node.fields.budgetEur !== undefined) expect(Number(row.budgetEur!.replace(',', '.'))).toBe(node.fields.budgetEur);
      }
    }
    expect(data.nodes.some((n) => /[äöüß]/.test(n.name))).toBe(true);
    const supports = table('relationships-SUPPORTS.csv');
    expect(Object.keys(supports[0]!)).toEqual(['from', 'to', 'validFrom', 'validTo', 'role', 'component', 'nature', 'since', 'until', 'confidence', 'note', 'sources']);
    expect(supports).toContainEqual(expect.objectContaining({ from: 'sys-elster', to: 'leistung-fahrzeugzulassung' }));
  });

  it('XLSX: one sheet per kind and per relationship type, a bold frozen header with an autofilter; every value comes back', async () => {
    const [file, ...more] = await run('xlsx');
    expect(more).toEqual([]);
    expect(file!.name).toBe('strategiegraph.xlsx');
    expect(typeof file!.content).not.toBe('string');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file!.content as Uint8Array) as unknown as ArrayBuffer);
    const data = shipped();
    const kinds = [...new Set(data.nodes.map((n) => n.kind))];
    const types = [...new Set(data.relationships.map((r) => r.type))];
    expect(workbook.worksheets.map((w) => w.name).sort()).toEqual([...kinds, ...types].sort());
    const rowsOf = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, name).toBeDefined();
      expect(sheet.getRow(1).font?.bold, name).toBe(true);
      const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const rows: Record<string, unknown>[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value ?? undefined])));
      });
      return { header, rows };
    };
    for (const kind of kinds) {
      const { rows } = rowsOf(kind);
      const expected = data.nodes.filter((n) => n.kind === kind);
      expect(rows.map((r) => r.id).sort()).toEqual(expected.map((n) => n.id).sort());
      for (const node of expected) {
        const row = rows.find((r) => r.id === node.id)!;
        // No apostrophe: a text cell of a workbook is never a formula.
        expect(row.name).toBe(node.name);
        expect(row.description).toBe(node.description);
        expect(row.sources).toBe(node.sources.map((s) => s.url).join(' | '));
        // Numbers are numbers, not text.
        if (node.fields.budgetEur !== undefined) expect(row.budgetEur).toBe(node.fields.budgetEur);
      }
    }
    expect(data.nodes.some((n) => n.fields.budgetEur !== undefined)).toBe(true);
    for (const type of types) {
      const { rows } = rowsOf(type);
      expect(rows.map((r) => `${String(r.from)}|${String(r.to)}`).sort(), type).toEqual(
        data.relationships.filter((r) => r.type === type).map((r) => `${r.from}|${r.to}`).sort(),
      );
    }
  });

  it('GraphML: well-formed, every node and relationship, every data key declared', async () => {
    const [file] = await run('graphml');
    const doc = parseXml(textOf(file));
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = new Map(children(root, 'key').map((k) => [k.getAttribute('id')!, k.getAttribute('for')!]));
    const g = children(root, 'graph')[0]!;
    expect(g.getAttribute('edgedefault')).toBe('directed');
    const nodes = children(g, 'node');
    const edges = children(g, 'edge');
    const data = shipped();
    expect(nodes.map((n) => n.getAttribute('id')).sort()).toEqual(data.nodes.map((n) => n.id).sort());
    expect(edges.map((e) => `${e.getAttribute('source')}|${children(e, 'data').find((d) => d.getAttribute('key') === 'e_label')!.textContent}|${e.getAttribute('target')}`).sort()).toEqual(
      data.relationships.map(relKey).sort(),
    );
    for (const [el, kind] of [...nodes.map((n) => [n, 'node'] as const), ...edges.map((e) => [e, 'edge'] as const)]) {
      for (const d of children(el, 'data')) expect(keys.get(d.getAttribute('key')!), d.getAttribute('key')!).toBe(kind);
    }
    const elster = nodes.find((n) => n.getAttribute('id') === 'sys-elster')!;
    expect(children(elster, 'data').find((d) => d.getAttribute('key') === 'n_label')!.textContent).toBe('ELSTER');
    // Lists are flattened as in the CSV files: aliases and source URLs joined with " | ".
    const value = (el: Element, key: string) => children(el, 'data').find((d) => d.getAttribute('key') === key)?.textContent;
    const many = data.nodes.filter((n) => n.sources.length > 1 && n.aliases.length > 1);
    expect(many.length).toBeGreaterThan(0);
    for (const node of many) {
      const el = nodes.find((n) => n.getAttribute('id') === node.id)!;
      expect(value(el, 'n_sources')).toBe(node.sources.map((s) => s.url).join(' | '));
      expect(value(el, 'n_aliases')).toBe(node.aliases.join(' | '));
    }
  });

  it('ArchiMate: well-formed exchange-format XML in the 3.1 namespace, in schema order, only relationships ArchiMate allows', async () => {
    const [file] = await run('archimate');
    const doc = parseXml(textOf(file));
    const model = doc.documentElement!;
    expect(model.namespaceURI).toBe(ARCHIMATE_NAMESPACE);
    expect(ARCHIMATE_NAMESPACE).toBe('http://www.opengroup.org/xsd/archimate/3.0/');
    expect(model.localName).toBe('model');
    expect(model.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation')).toBe(
      'http://www.opengroup.org/xsd/archimate/3.0/ http://www.opengroup.org/xsd/archimate/3.1/archimate3_Model.xsd',
    );
    // ModelType's sequence: name, documentation, (metadata, properties,) elements, relationships, (organizations,) propertyDefinitions.
    expect(children(model).map((c) => c.localName)).toEqual(['name', 'documentation', 'elements', 'relationships', 'propertyDefinitions']);
    const all = [...doc.getElementsByTagName('*')];
    expect(all.length).toBeGreaterThan(10);
    for (const el of all) expect(el.namespaceURI, el.localName ?? undefined).toBe(ARCHIMATE_NAMESPACE);

    const xsiType = (el: Element) => el.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')!;
    const elements = children(children(model, 'elements')[0]!, 'element');
    const relationships = children(children(model, 'relationships')[0]!, 'relationship');
    const definitions = new Set(children(children(model, 'propertyDefinitions')[0]!, 'propertyDefinition').map((d) => d.getAttribute('identifier')));
    const data = shipped();
    expect(elements).toHaveLength(data.nodes.length);
    expect(relationships).toHaveLength(data.relationships.length);

    const ids = [...elements, ...relationships].map((e) => e.getAttribute('identifier')!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/); // xs:ID is an NCName
    const typeOf = new Map(elements.map((e) => [e.getAttribute('identifier')!, xsiType(e)]));
    for (const e of elements) {
      expect(ARCHIMATE_ELEMENTS).toContain(xsiType(e));
      expect(children(e).map((c) => c.localName).filter((n) => n !== 'documentation')).toEqual(['name', 'properties']);
      expect(children(e, 'name')[0]!.textContent).not.toBe('');
    }
    for (const r of relationships) {
      const [source, target] = [typeOf.get(r.getAttribute('source')!), typeOf.get(r.getAttribute('target')!)];
      expect(source && target, r.getAttribute('identifier')!).toBeTruthy();
      expect(ALLOWED_ARCHIMATE.allows(source!, xsiType(r), target!), `${source} -${xsiType(r)}-> ${target}`).toBe(true);
    }
    for (const p of doc.getElementsByTagNameNS(ARCHIMATE_NAMESPACE, 'property')) expect(definitions).toContain(p.getAttribute('propertyDefinitionRef'));
    const elster = elements.find((e) => e.getAttribute('identifier') === 'id-sys-elster')!;
    expect(xsiType(elster)).toBe('ApplicationComponent');
  });

  it('a neighbourhood: the nodes within N hops of a node and the relationships among them, importable on its own', async () => {
    const [file] = await run('json', { id: 'sys-elster', depth: 1 });
    const doc = JSON.parse(textOf(file)) as { nodes: { id: string }[]; relationships: { from: string; to: string }[] };
    const expected = await cypher<{ id: string }>(graph, 'MATCH (:Node {id: "sys-elster"})--(n) RETURN DISTINCT n.id AS id');
    expect(doc.nodes.map((n) => n.id).sort()).toEqual([...expected.map((r) => r.id), 'sys-elster'].sort());
    const ids = new Set(doc.nodes.map((n) => n.id));
    const [{ count }] = (await cypher<{ count: { toNumber(): number } }>(graph, 'MATCH (a:Node)-[r]->(b:Node) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS count', { ids: [...ids] })) as [{ count: { toNumber(): number } }];
    expect(doc.relationships).toHaveLength(count.toNumber());
    expect(doc.relationships.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);

    const two = JSON.parse(textOf((await run('json', { id: 'sys-elster', depth: 2 }))[0])) as { nodes: unknown[] };
    expect(two.nodes.length).toBeGreaterThan(doc.nodes.length);

    const saved = join(mkdtempSync(join(tmpdir(), 'strategiegraph-export-')), 'elster.json');
    writeFileSync(saved, textOf(file));
    await clearGraph(graph);
    const summary = await new Importer(graph.executor).importPaths([saved]);
    expect(Object.values(summary.nodes).reduce((n, c) => n + c.created, 0)).toBe(doc.nodes.length);
    await loadShippedGraph(graph);
  });
});
