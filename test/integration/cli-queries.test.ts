import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BudgetDocument,
  CoverageReportDocument,
  NodeDetailsDocument,
  ProjectsTouchingDocument,
  SearchNodesDocument,
  ShortestPathDocument,
  ThemesTouchingDocument,
  explainImpact,
  loadImpact,
  type Runner,
} from '../../src/client/index.js';
import { documentOfFiles, reportOf } from '../../src/cli/commands/check.js';
import { DATA_DIR } from '../../src/config/index.js';
import { CLI, LABELS } from '../../src/domain/messages/index.js';
import { exportGraph } from '../../src/graph/index.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer } from '../../src/server/index.js';
import { cliInProcess, cliProcess, type Run } from '../helpers/cli.js';
import { testConfig, testNeo4jUri } from '../helpers/graph.js';
import { useShippedGraph } from '../helpers/shipped.js';

/** The labels of the API's codes in English, as the suite's CLI speaks it. */
const EN = LABELS.en;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * `strategiegraph …` against the suite's Neo4j: the frame's entry in this test's process (a process each is slow;
 * the smoke test at the end runs the command itself). The operations run in this process and in English unless a
 * test says otherwise (a developer's server on the default port is not the suite's).
 */
async function cli(...args: string[]): Promise<Run> {
  return cliWith({}, ...args);
}

const envWith = (env: Record<string, string>) => ({ ...process.env, NEO4J_URI: testNeo4jUri(), STRATEGIEGRAPH_URL: 'local', STRATEGIEGRAPH_LANG: 'en', ...env });
const cliWith = (env: Record<string, string>, ...args: string[]) => cliInProcess(envWith(env), args);

describe('the command line', () => {
  const shipped = useShippedGraph();
  let server: RunningServer;

  beforeAll(async () => {
    server = await (await createHttpServer({ executor: shipped.graph.executor, logger: createLogger('silent'), settings: testConfig() })).listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('touching: the API\'s answer as a table, as JSON, as CSV, and its paths as a Mermaid diagram; Themenfelder apart', async () => {
    const expected = { projectsTouching: (await shipped.api.data(ProjectsTouchingDocument, { target: 'Fahrzeugzulassung', maxDepth: 3 })).projectsTouching.nodes };
    const { themes } = await shipped.api.data(ThemesTouchingDocument, { target: 'Fahrzeugzulassung', maxDepth: 3 });
    expect(themes.nodes.map((t) => t.id)).toEqual(['uv-thema-e2e-digitalisierung']);
    const table = await cli('touching', 'Fahrzeugzulassung');
    expect(table.code).toBe(0);
    expect(table.stderr).toMatch(/connecting to Neo4j[\s\S]*running touching Fahrzeugzulassung \(depth 3\)[\s\S]*2 row\(s\)/);
    const [where = '', rows = '', summary = ''] = table.stdout.trim().split('\n\n');
    expect(where).toBe(`strategiegraph touching: in this process, Neo4j at ${testNeo4jUri()}`);
    const lines = rows.split('\n');
    expect(lines[0]).toMatch(/^hops\s+id\s+project\s+evidence\s+path$/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/)[1])).toEqual(expected.projectsTouching.map((t) => t.project.id));
    expect(table.stdout).toContain(`ELSTER —${EN.relationships.SUPPORTS}→ Fahrzeugzulassung (An-, Um-, Abmeldung)`);
    expect(summary).toMatch(/^Also touching: 1 Themenfeld\(er\), .*\(uv-thema-e2e-digitalisierung\)$/);

    const json = await cli('touching', 'Fahrzeugzulassung', '--json', '--quiet');
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({ ...expected, themesTouching: themes.nodes });

    // --csv is German Excel's dialect unless --csv-dialect rfc4180 says otherwise.
    const excel = (await cli('touching', 'Fahrzeugzulassung', '--csv', '-q')).stdout;
    expect(excel.startsWith('\uFEFFhops;')).toBe(true);
    const csv = parseCsv(excel, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    expect(csv.map((r) => [Number(r.hops), r.id])).toEqual(expected.projectsTouching.map((t) => [t.hops, t.project.id]));
    const rfc = parseCsv((await cli('touching', 'Fahrzeugzulassung', '--csv', '--csv-dialect', 'rfc4180', '-q')).stdout, { columns: true }) as Record<string, string>[];
    expect(rfc).toEqual(csv);
    expect((await cli('touching', 'Fahrzeugzulassung', '--json', '--csv-dialect', 'rfc4180')).code).toBe(64);
    expect((await cli('touching', 'Fahrzeugzulassung', '--csv', '--csv-dialect', 'excel-us')).code).toBe(64);

    const diagram = (await cli('touching', 'Fahrzeugzulassung', '--mermaid', '-q')).stdout;
    expect(diagram.split('\n')[0]).toBe('flowchart LR');
    const edges = diagram.split('\n').filter((l) => l.includes('-->|') || l.includes('-.->|')).length;
    const steps = new Set(expected.projectsTouching.flatMap((t) => t.path.relationships.map((r) => `${r.from}|${r.type}|${r.to}`)));
    expect(edges).toBe(steps.size);
    expect(diagram).toContain('["ELSTER<br/><small>System</small>"]');
  });

  it('impact: projects, Zielbilder and Schwerpunktthemen with the paths that explain them; --depth', async () => {
    const runner: Runner = (document, variables) => shipped.api.data(document, variables);
    const expected = await loadImpact(runner, { of: 'Fahrzeugzulassung', maxDepth: 2 });
    // Paged in small pages, the same answer, and the client says how far it got.
    const heard: string[] = [];
    expect(await loadImpact(runner, { of: 'Fahrzeugzulassung', maxDepth: 2 }, (m) => heard.push(m), { affected: 2, touching: 1 })).toEqual(expected);
    expect(heard[0]).toMatch(/^affected nodes: 2 of \d+…$/);
    expect(heard.filter((m) => m.startsWith('affected nodes'))).toHaveLength(Math.ceil(expected.impact.affected.length / 2) - 1);
    expect(heard.filter((m) => m.startsWith('projects with paths'))).toHaveLength(expected.projectsTouching.length - 1);
    const run = await cli('impact', 'Fahrzeugzulassung', '--depth', '2', '--json', '-q');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { impact: unknown; explained: unknown };
    expect(out.impact).toEqual(expected.impact);
    expect(out.explained).toEqual(explainImpact(expected));
    const table = (await cli('impact', 'Fahrzeugzulassung', '--depth', '2', '-q')).stdout;
    expect(table).toMatch(new RegExp(`^${EN.kinds.TargetVision}\\s+3\\s+zb-digitale-anwendungen`, 'm'));
    expect(table).toMatch(new RegExp(`^${EN.kinds.FocusArea}\\s+4\\s+st-digitale-infrastruktur`, 'm'));
    const themes = expected.impact.affected.filter((a) => a.node.kind === 'Theme').length;
    expect(themes).toBe(1);
    const programmes = expected.impact.programmes.totalCount;
    expect(table).toContain(
      `depth 2: ${expected.impact.affected.length} affected nodes (${expected.impact.projectCount} projects, ${programmes} programmes, ${themes} Themenfelder, ` +
        `${expected.impact.affected.length - expected.impact.projectCount - programmes - themes} others)`,
    );
  });

  it('impact and touching --as-of: the graph as it holds on that day (Mein Justizpostfach logs in via the BundID from 2023-10-12)', async () => {
    const affected = async (day: string) =>
      (JSON.parse((await cli('impact', 'sys-bundid', '--depth', '1', '--as-of', day, '--json', '-q')).stdout) as { impact: { affected: { node: { id: string } }[] } }).impact.affected.map((a) => a.node.id);
    expect(await affected('2023-10-11')).not.toContain('sys-mein-justizpostfach');
    expect(await affected('2023-10-12')).toContain('sys-mein-justizpostfach');
    expect((await cli('touching', 'ELSTER', '--as-of', '2025-13-01')).code).toBe(64);
  });

  it('impact, touching and show --recorded-at: the graph as this graph had it then (now: as it is; before its history: refused)', async () => {
    const now = new Date().toISOString();
    for (const command of [['impact', 'sys-bundid', '--depth', '2'], ['touching', 'ELSTER'], ['show', 'ELSTER']]) {
      const current = await cli(...command, '--json', '-q');
      const recorded = await cli(...command, '--recorded-at', now, '--json', '-q');
      expect([recorded.code, recorded.stderr]).toEqual([0, '']);
      expect(JSON.parse(recorded.stdout), command.join(' ')).toEqual(JSON.parse(current.stdout));
    }
    const before = await cli('impact', 'ELSTER', '--recorded-at', '2000-01-01T00:00:00Z', '-q');
    expect(before.code).toBe(2);
    expect(before.stderr).toContain("asOf.recorded 2000-01-01T00:00:00.000Z lies outside the graph's record");
    expect((await cli('touching', 'ELSTER', '--recorded-at', '2026-12-01')).code).toBe(64);
  });

  it('impact and path mark inferred hops in tables and Mermaid, and --stated-only leaves them out', async () => {
    // ELSTER's Zielbilder are reached over inferred contributions only (ZaPuK's, the Postfach programme's).
    const table = (await cli('impact', 'ELSTER', '-q')).stdout;
    expect(table).toMatch(
      new RegExp(`^${EN.kinds.TargetVision}\\s+2\\s+zb-digitale-infrastruktur\\s+.*\\s+inferred\\s+Zielbild Digitale Infrastruktur ←${EN.relationships.CONTRIBUTES_TO} \\(inferred\\)— Umsetzungsprogramm`, 'm'),
    );
    expect(table).toContain('1 affected node(s) rest on inferred hops only');
    expect(table).toMatch(/1 programmes/);
    const diagram = (await cli('impact', 'ELSTER', '--mermaid', '-q')).stdout;
    expect(diagram).toMatch(/ -\.->\|"CONTRIBUTES_TO \(inferred\)"\| /);
    expect(diagram).toMatch(/ -->\|INTEGRATES\| /);
    const stated = (await cli('impact', 'ELSTER', '--stated-only', '-q')).stdout;
    expect(stated).toContain('Stated relationships only (--stated-only).');
    expect(stated).not.toMatch(new RegExp(`^${EN.kinds.TargetVision}`, 'm'));
    expect(stated).not.toContain('(inferred)');

    const path = (await cli('path', 'sys-bundid', 'foederale-digitalstrategie', '-q')).stdout;
    expect(path).toMatch(/^step\s+from\s+relationship\s+to\s+confidence\s+note$/m);
    expect(path).toMatch(/\sinferred\s/);
    expect(path).toMatch(/2 hop\(s\), inferred: /);
    const statedPath = (await cli('path', 'sys-bundid', 'foederale-digitalstrategie', '--stated-only', '-q')).stdout;
    expect(statedPath).toMatch(/3 hop\(s\), stated: /);
  });

  it('path, show and search answer as the API does', async () => {
    const path = await shipped.api.data(ShortestPathDocument, { from: 'zapuk', to: 'ELSTER', maxDepth: 6 });
    const pathRun = await cli('path', 'zapuk', 'ELSTER', '--json', '-q');
    expect(JSON.parse(pathRun.stdout)).toEqual(path);
    // At a date: Ulbrich chaired the IT-PLR at the 47th session (one hop), not at the 48th.
    const at = async (day: string) => JSON.parse((await cli('path', 'p-ulbrich', 'org-it-planungsrat', '--as-of', day, '--json', '-q')).stdout).shortestPath.hops;
    expect([await at('2025-06-26'), await at('2025-11-26')]).toEqual([1, 2]);

    const show = await shipped.api.data(NodeDetailsDocument, { ref: 'ELSTER' });
    const showRun = await cli('show', 'ELSTER', '-q');
    expect(showRun.code).toBe(0);
    expect(showRun.stdout.split('\n')[2]).toBe(`ELSTER (${EN.kinds.System}, sys-elster), also: Elektronische Steuererklärung, Mein ELSTER, ElsterOnline-Portal`);
    expect(showRun.stdout).toMatch(/^iri: http:\/\/localhost:\d+\/id\/sys-elster$/m);
    for (const r of show.lookup.relationships) {
      const cells = [EN.enums.Direction[r.direction], EN.relationships[r.type as keyof typeof EN.relationships], EN.kinds[r.node.kind], r.node.id].map(escape);
      expect(showRun.stdout).toMatch(new RegExp(`^${cells.join('\\s+')}\\s.*\\s${r.confidence.toLowerCase()}\\s`, 'm'));
    }
    expect(showRun.stdout).toContain(`evidence: ${EN.enums.EvidenceStrength.MULTIPLE_SOURCES} (${show.lookup.evidence.sourceCount} source(s) from ${show.lookup.evidence.publisherCount} publisher(s)`);

    const hits = await shipped.api.data(SearchNodesDocument, { text: 'Fahrzeugzulassungen', kinds: ['Service'], first: 10 });
    const searchRun = await cli('search', 'Fahrzeugzulassungen', '--kind', 'Service', '--json', '-q');
    expect(JSON.parse(searchRun.stdout)).toEqual(hits);
  });

  it('check: the quality of the database as of its newest source, the same as that of the files it was imported from', async () => {
    const fromDb = await cli('check', '--json', '-q');
    expect(fromDb.code).toBe(0);
    const fromFiles = await cli('check', 'data', '--json', '-q');
    expect(JSON.parse(fromDb.stdout)).toEqual(JSON.parse(fromFiles.stdout));
    expect(JSON.parse(fromDb.stdout)).toEqual(reportOf(documentOfFiles([DATA_DIR])));
    const table = (await cli('check', '-q', '--as-of', '2027-12-01')).stdout;
    expect(table).toMatch(/^Data quality as of 2027-12-01/);
    expect(table).toMatch(/^kind\s+nodes\s+relationships\s+single source\s+inferred\s+open conflicts\s+published > 1 year ago\s+no published date$/m);
    expect(table).toMatch(/^Theme \(Themenfeld\)\s+8\s/m);
    expect(table).toContain('Open conflicts (2):');
    expect((await cli('check', '--as-of', '12/2026')).code).toBe(64);
    expect((await cli('check', 'nirgendwo.yaml', '-q')).code).not.toBe(0);
  });

  it('exit codes: 2 for an unknown node or a bad depth, 3 when nothing is found, 64 for a wrong command line', async () => {
    const unknown = await cli('impact', 'nirgendwo', '-q');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("NOT_FOUND: No node is called 'nirgendwo'");
    expect((await cli('touching', 'ELSTER', '--depth', '9', '-q')).code).toBe(2);
    const nothing = await cli('search', 'qqqxxyy', '-q');
    expect(nothing.code).toBe(3);
    expect((await cli('path', 'zapuk', 'Zielbild Informationssicherheit', '--depth', '1', '-q')).code).toBe(3);
    expect((await cli('touching', 'ELSTER', '--json', '--csv')).code).toBe(64);
    expect((await cli('search', 'ELSTER', '--mermaid')).code).toBe(64);
    expect((await cli('show')).code).toBe(64);
    expect((await cli('show', 'ELSTER', '--as-of', '2025-02-30')).code).toBe(64);
    expect((await cli('search', 'ELSTER', '--as-of', '05/2025')).code).toBe(64);
    // In this process the server's own Apollo runs the operations: its limits apply, with its code (exit 1).
    const costly = await cliWith({ LIMIT_COST: '5' }, 'coverage', '-q');
    expect(costly.code).toBe(1);
    expect(costly.stderr).toContain('QUERY_TOO_COMPLEX');
    expect(costly.stderr).toContain('The query exceeds the cost limit');
  });

  it('--url runs the same operations against a running server, with --token or STRATEGIEGRAPH_TOKEN', async () => {
    const local = await cli('impact', 'ELSTER', '--json', '-q');
    const remote = await cli('impact', 'ELSTER', '--json', '-q', '--url', server.url);
    expect(remote.code).toBe(0);
    expect(remote.stdout).toBe(local.stdout);
    // A server that needs credentials: a valid key (flag or STRATEGIEGRAPH_TOKEN) works, a bad one exits 77.
    const closed = await (
      await createHttpServer({ executor: shipped.graph.executor, logger: createLogger('silent'), settings: { ...testConfig(), auth: { anonymousRead: false, oidc: undefined } } })
    ).listen(0, '127.0.0.1');
    const { key } = await new ApiKeyRepository(shipped.graph.executor).create('cli test', 'viewer', 'test');
    try {
      expect((await cli('impact', 'ELSTER', '--json', '-q', '--url', closed.url, '--token', key)).stdout).toBe(local.stdout);
      expect((await cliWith({ STRATEGIEGRAPH_TOKEN: key }, 'impact', 'ELSTER', '--json', '-q', '--url', closed.url)).stdout).toBe(local.stdout);
      const refused = await cli('impact', 'ELSTER', '-q', '--url', closed.url, '--token', 'sgk_not-a-key');
      expect(refused.code).toBe(77);
      expect(refused.stderr).toContain('UNAUTHENTICATED');
      expect((await cli('impact', 'ELSTER', '-q', '--url', closed.url)).code).toBe(77);
    } finally {
      await closed.stop();
    }

    const down = await cli('impact', 'ELSTER', '-q', '--url', 'http://127.0.0.1:9/graphql');
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('No Strategiegraph server answers at http://127.0.0.1:9/graphql');
  });

  it('export: to stdout, or into a folder (CSV), the whole graph or a neighbourhood', async () => {
    const { files } = await exportGraph(shipped.graph.executor, { format: 'json' });
    const json = await cli('export', '--format', 'json', '-q');
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(files[0]!.content);
    // --as-of: only what holds that day (the BMDS from 2025-05-06), the same file as the export logic writes for it.
    const day = await cli('export', '--format', 'json', '--as-of', '2025-05-01', '-q');
    expect(day.stdout).toBe((await exportGraph(shipped.graph.executor, { format: 'json', validAt: '2025-05-01' })).files[0]!.content);
    expect(day.stdout).not.toContain('"org-bmds"');
    expect(json.stdout).toContain('"org-bmds"');
    // A traversal at a date streams the rows over what holds then (the same as the GraphQL connection at that date);
    // --node/--depth belong to the graph's export.
    const streamed = await cli('export', '--traversal', 'impact', '--of', 'BundID', '--max-depth', '1', '--as-of', '2023-10-11', '-q');
    expect(streamed.code).toBe(0);
    const affected = await shipped.api.run<{ impact: { affected: { nodes: { node: { id: string } }[] } } }, Record<string, never>>(
      '{ impact(of: "BundID", maxDepth: 1, asOf: {valid: "2023-10-11"}) { affected(first: 1000) { nodes { node { id } } } } }',
    );
    const lines = streamed.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { node: { id: string } });
    expect(lines.map((l) => l.node.id)).toEqual(affected.data!.impact.affected.nodes.map((n) => n.node.id));
    expect(lines.map((l) => l.node.id)).not.toContain('sys-mein-justizpostfach');
    expect((await cli('export', '--traversal', 'impact', '--of', 'ELSTER', '--depth', '2')).code).toBe(64);

    const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-cli-export-'));
    const csv = await cli('export', '--format', 'csv', '--out', dir, '--node', 'ELSTER', '--depth', '1');
    expect(csv.code).toBe(0);
    expect(csv.stderr).toMatch(/finding the nodes within 1 hop\(s\) of sys-elster[\s\S]*wrote .*nodes-System\.csv[\s\S]*exported \d+ nodes/);
    expect(readdirSync(dir)).toContain('relationships-SUPPORTS.csv');
    expect(readFileSync(join(dir, 'nodes-System.csv'), 'utf8')).toMatch(/^\uFEFFid;name;[^]*\r\nsys-elster;ELSTER;/);
    const xlsx = await cli('export', '--format', 'xlsx', '--out', dir, '-q');
    expect(xlsx.code).toBe(0);
    // A workbook is a zip ("PK"); its sheets are checked in test/integration/export.test.ts.
    expect(readFileSync(join(dir, 'strategiegraph.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await cli('export', '--format', 'json', '--csv-dialect', 'rfc4180')).code).toBe(64);

    const base = 'https://strategiegraph.example.org';
    const turtle = await cliWith({ PUBLIC_BASE_URL: base }, 'export', '--format', 'turtle', '--node', 'ELSTER', '-q');
    expect(turtle.code).toBe(0);
    expect(turtle.stdout).toBe((await exportGraph(shipped.graph.executor, { format: 'turtle', around: { id: 'sys-elster', depth: 1 }, publicBaseUrl: base })).files[0]!.content);
    expect(turtle.stdout).toContain(`@prefix sgid: <${base}/id/>`);

    expect((await cli('export', '--format', 'csv')).code).toBe(64);
    // A workbook is bytes: never to a terminal, always to --out.
    expect((await cli('export', '--format', 'xlsx')).code).toBe(64);
    expect((await cli('export', '--format', 'json', '--node', 'nirgendwo')).code).toBe(2);
  });
  it('talks to the server at --url, STRATEGIEGRAPH_URL or the local port when one answers, else in this process, and says which first', async () => {
    const port = new URL(server.url).port;
    const where = (run: Run) => run.stdout.split('\n')[0];
    // Nothing set: the local server (PORT) when it answers ...
    const found = await cliWith({ STRATEGIEGRAPH_URL: '', PORT: port }, 'search', 'ELSTER', '-q');
    expect(found.code).toBe(0);
    expect(where(found)).toBe(`strategiegraph search: server http://127.0.0.1:${port}/graphql`);
    // ... and this process when none does (port 9: discard, nothing listens).
    const none = await cliWith({ STRATEGIEGRAPH_URL: '', PORT: '9' }, 'search', 'ELSTER', '-q');
    expect(where(none)).toBe(`strategiegraph search: in this process, Neo4j at ${testNeo4jUri()}`);
    expect(none.stdout.split('\n').slice(1)).toEqual(found.stdout.split('\n').slice(1));
    expect(where(await cliWith({ STRATEGIEGRAPH_URL: server.url }, 'search', 'ELSTER', '-q'))).toBe(`strategiegraph search: server ${server.url}`);
    expect(where(await cliWith({ STRATEGIEGRAPH_URL: '', PORT: port }, 'search', 'ELSTER', '-q', '--local'))).toMatch(/: in this process, /);
    // Machine formats keep stdout for the answer: the line goes to stderr.
    const json = await cliWith({ STRATEGIEGRAPH_URL: '', PORT: port }, 'search', 'ELSTER', '--json');
    expect(json.stderr.split('\n')[0]).toBe(`strategiegraph search: server http://127.0.0.1:${port}/graphql`);
    expect(JSON.parse(json.stdout)).toEqual(await shipped.api.data(SearchNodesDocument, { text: 'ELSTER', kinds: null, first: 10 }));
    expect((await cli('search', 'ELSTER', '--url', server.url, '--local')).code).toBe(64);
  });

  it('fits tables to the terminal (COLUMNS): long cells wrap, nothing is cut but headings; --wide keeps a line per row', async () => {
    const wide = await cli('touching', 'Fahrzeugzulassung', '-q', '--wide');
    const narrow = await cliWith({ COLUMNS: '72' }, 'touching', 'Fahrzeugzulassung', '-q');
    const longest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
    expect(longest(wide.stdout)).toBeGreaterThan(72);
    expect(longest(narrow.stdout)).toBeLessThanOrEqual(72);
    expect(narrow.stdout).toContain('(fitted to 72 columns; --wide: a line per row)');
    // The same cells, only on more lines: read by the columns the dashes mark, a row going on while its first cell
    // is empty, each cell (without its spaces, where it was wrapped) is the wide table's.
    const cellsOf = (text: string) => {
      const lines = text.split('\n\n')[1]!.split('\n');
      const dashes = lines.findIndex((l) => /^[- ]+$/.test(l));
      const spans = [...lines[dashes]!.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
      const rows: string[][] = [];
      for (const line of lines.slice(dashes + 1).filter((l) => l !== '' && !l.startsWith('(fitted'))) {
        const chars = [...line];
        const cells = spans.map(([from, to], i) => chars.slice(from, i === spans.length - 1 ? undefined : to).join('').trim());
        if (cells[0] !== '' || rows.length === 0) rows.push(cells);
        else rows[rows.length - 1] = rows.at(-1)!.map((c, i) => c + cells[i]);
      }
      return rows.map((r) => r.map((c) => c.replace(/\s+/g, '')));
    };
    expect(cellsOf(narrow.stdout)).toEqual(cellsOf(wide.stdout));
    expect(cellsOf(wide.stdout).length).toBe(2);
    expect(narrow.stdout.split('\n').length).toBeGreaterThan(wide.stdout.split('\n').length);
    expect((await cli('touching', 'Fahrzeugzulassung', '--json', '--wide')).code).toBe(64);
  });

  it('coverage and budget: the API\'s reports as tables, JSON and CSV, with what is not covered and what belongs to no group', async () => {
    const coverage = await shipped.api.data(CoverageReportDocument, {});
    const json = await cli('coverage', '--json', '-q');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(coverage);
    const table = (await cli('coverage', '-q')).stdout;
    expect(table).toMatch(/^id\s+Zielbild\s+covered\s+projects\s+inferred\s+programmes\s+Themenfelder\s+known budget\s+no budget$/m);
    for (const c of coverage.coverage) {
      expect(table).toMatch(new RegExp(`^${c.targetVision.id}\\s+.*\\s${c.covered ? 'yes' : 'no'}\\s+${c.projectCount}\\s+${c.inferredProjectCount}\\s+${c.programmeCount}\\s+${c.themeCount}\\s`, 'm'));
    }
    const uncovered = coverage.coverage.filter((c) => !c.covered);
    expect(uncovered.length).toBeGreaterThan(0);
    expect(table).toContain(`${coverage.coverage.length - uncovered.length} of ${coverage.coverage.length} Zielbilder covered by a project or programme; not covered: ${uncovered.map((c) => `${c.targetVision.name} (${c.targetVision.id})`).join('; ')}.`);
    const csv = parseCsv((await cli('coverage', '--csv', '-q')).stdout, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    expect(csv.map((r) => [r.id, Number(r.projects)])).toEqual(coverage.coverage.map((c) => [c.targetVision.id, c.projectCount]));

    for (const [by, groupBy] of [['focus-area', 'FOCUS_AREA'], ['institution', 'INSTITUTION'], ['programme', 'PROGRAMME']] as const) {
      const { budget } = await shipped.api.data(BudgetDocument, { groupBy });
      expect(JSON.parse((await cli('budget', '--by', by, '--json', '-q')).stdout)).toEqual({ budget });
      if (by !== 'institution') continue;
      // The table of one grouping (the default, focus-area, is the German test's).
      const text = (await cli('budget', '--by', by, '-q')).stdout;
      for (const r of budget.rows) expect(text).toMatch(new RegExp(`^${escape(EN.kinds[r.group.kind])}\\s+${r.group.id}\\s`, 'm'));
      expect(text).toContain(`Known budget in the graph: ${Math.round(budget.totalKnownEur).toLocaleString('en-GB')} EUR, of it in no single group`);
    }
    expect((await cli('budget', '--by', 'ministry')).code).toBe(64);
    expect((await cli('coverage', 'extra')).code).toBe(64);
  }, 120_000);
  it('speaks German by default (--lang, STRATEGIEGRAPH_LANG): headings, labels of kinds, relationships and errors; --csv keeps the codes', async () => {
    const de = LABELS.de;
    const table = await cliWith({ STRATEGIEGRAPH_LANG: '' }, 'touching', 'Fahrzeugzulassung', '-q');
    const [where = '', rows = ''] = table.stdout.trim().split('\n\n');
    expect(where).toBe(`strategiegraph touching: in diesem Prozess, Neo4j unter ${testNeo4jUri()}`);
    const columns = CLI.de.columns;
    expect(rows.split('\n')[0]).toMatch(new RegExp(`^${[columns.hops, columns.id, columns.project, columns.evidence, columns.path].join('\\s+')}$`));
    expect(table.stdout).toContain(`ELSTER —${de.relationships.SUPPORTS}→ Fahrzeugzulassung (An-, Um-, Abmeldung)`);
    expect(table.stdout).toContain(`\n${CLI.de.alsoTouching.split(':')[0]}: 1 Themenfeld(er)`);
    // --lang wins over STRATEGIEGRAPH_LANG.
    expect((await cliWith({ STRATEGIEGRAPH_LANG: 'de' }, 'touching', 'Fahrzeugzulassung', '-q', '--lang', 'en')).stdout).toBe(
      (await cli('touching', 'Fahrzeugzulassung', '-q')).stdout,
    );
    const impact = (await cliWith({ STRATEGIEGRAPH_LANG: 'de' }, 'impact', 'ELSTER', '-q')).stdout;
    expect(impact).toMatch(new RegExp(`^${de.kinds.TargetVision}\\s+2\\s+zb-digitale-infrastruktur\\s+.*\\s${de.enums.Confidence.INFERRED}\\s`, 'm'));
    expect(impact).toContain(`ELSTER (${de.kinds.System}), Tiefe 4:`);
    const unknown = await cliWith({ STRATEGIEGRAPH_LANG: 'de' }, 'impact', 'nirgendwo', '-q');
    expect(unknown.code).toBe(2);
    // impact asks impact and projectsTouching at once; whichever refuses first names its argument (of / target).
    expect(unknown.stderr).toMatch(new RegExp(`^NOT_FOUND – ${escape(de.errors.NOT_FOUND)}\\nNo node is called 'nirgendwo' \\((of|target)\\)\\.\\n$`));
    // Scripts read codes: --csv has the column keys and the API's codes in every language.
    expect((await cliWith({ STRATEGIEGRAPH_LANG: 'de' }, 'touching', 'Fahrzeugzulassung', '--csv', '-q')).stdout).toBe(
      (await cli('touching', 'Fahrzeugzulassung', '--csv', '-q')).stdout,
    );
    const budget = (await cliWith({ STRATEGIEGRAPH_LANG: 'de' }, 'budget', '-q')).stdout;
    const { budget: report } = await shipped.api.data(BudgetDocument, { groupBy: 'FOCUS_AREA' });
    expect(budget).toContain(`Bekanntes Budget im Graphen: ${Math.round(report.totalKnownEur).toLocaleString('de-DE')} EUR`);
    expect((await cli('search', 'ELSTER', '--lang', 'fr')).code).toBe(64);
  });

  it('runs as a process of its own as it runs in this one: the same answer on stdout, the exit codes of the table', async () => {
    const env = envWith({});
    const table = await cliProcess(env, ['touching', 'Fahrzeugzulassung', '-q']);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe((await cli('touching', 'Fahrzeugzulassung', '-q')).stdout);
    const unknown = await cliProcess(env, ['impact', 'nirgendwo', '-q']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("NOT_FOUND: No node is called 'nirgendwo'");
    expect((await cliProcess(env, ['search', 'qqqxxyy', '-q'])).code).toBe(3);
  });
});
