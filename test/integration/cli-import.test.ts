import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/index.js';
import { cliInProcess, cliProcess } from '../helpers/cli.js';
import { clearGraph, openTestGraph, snapshot, testNeo4jUri } from '../helpers/graph.js';

// Issue 10: the exit codes the README documents (64 wrong command line, 2 rejected input), --json errors as JSON,
// and import errors that name file, line, entity and field.
const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-cli-import-'));
const SRC = 'sources: [{url: "https://www.it-planungsrat.de/"}]';

// In English (German, the default, is test/integration/cli-frame.test.ts's), in the folder of the files.
const env = () => ({ ...process.env, NEO4J_URI: testNeo4jUri(), STRATEGIEGRAPH_LANG: 'en' });
/** `strategiegraph …` through the frame in this process (its own process is the first test's). */
const cli = (...args: string[]) => cliInProcess(env(), args);

function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

describe('strategiegraph import: exit codes and errors', () => {
  let graph: Graph;
  const cwd = process.cwd();
  beforeAll(async () => {
    graph = await openTestGraph();
    await clearGraph(graph);
    // Problems name files as given, relative to the working directory (test files run in processes of their own).
    process.chdir(dir);
  });
  afterAll(async () => {
    process.chdir(cwd);
    await graph.close();
  });

  it('exits 64 for an unknown option, naming it (the command as a process of its own)', async () => {
    const run = await cliProcess(env(), ['import', '--dryrun', file('ok.yaml', 'nodes: []\n')], dir);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("Unknown option '--dryrun'");
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 for a path that does not exist, and with --json says so as JSON on stdout', async () => {
    const run = await cli('import', 'missing.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing.yaml: file, field '(path)': no such file or folder");
    const json = await cli('import', '--json', 'missing.yaml');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        exitCode: 2,
        message: 'Rejected, nothing was written.',
        problems: [{ file: 'missing.yaml', entity: 'file', field: '(path)', message: 'no such file or folder' }],
      },
    });
  });

  it('with --json a wrong command line is JSON too (exit 64)', async () => {
    const run = await cli('import', '--json', '--dryrun', 'x.yaml');
    expect(run.code).toBe(64);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: 'USAGE', exitCode: 64 });
  });

  it('exits 2 for a non-string list item, naming file, line, entity and field; nothing is written', async () => {
    const before = await snapshot(graph);
    const run = await cli('import', file('aliases.yaml', `nodes:\n  - id: sys-a\n    kind: System\n    name: A\n    aliases: [2024]\n    description: d\n    ${SRC}\n`));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("aliases.yaml:5: node sys-a, field 'aliases[0]': must be a non-empty string, got 2024");
    expect(await snapshot(graph)).toEqual(before);
  });

  it('exits 2 for an alias bomb, also with --dry-run, naming the file', async () => {
    const big = 'x'.repeat(200_000);
    const aliases = Array.from({ length: 50 }, (_, i) => `    n${i}: *big`).join('\n');
    const name = file('bomb.yaml', `nodes:\n  - id: sys-a\n    kind: System\n    name: &big "${big}"\n    description: d\n    ${SRC}\n    attributes:\n${aliases}\n`);
    for (const args of [[name], ['--dry-run', name]]) {
      const run = await cli('import', ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/bomb\.yaml:\d+: file, field '\(aliases\)': its aliases expand to more than/);
    }
  });

  it('exits 2 for invalid UTF-8 with file and line', async () => {
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from(`nodes:\n  - id: sys-a\n    kind: System\n    name: Gr`), Buffer.from([0xfc]), Buffer.from(`n\n    description: d\n    ${SRC}\n`)]));
    const run = await cli('import', 'latin1.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("latin1.yaml:4: file, field '(encoding)': is not valid UTF-8");
  });

  it('prints the summary as JSON with --json, including the nodes edited through the API', async () => {
    const run = await cli('import', '--json', '--dry-run', file('one.yaml', `nodes:\n  - id: sys-a\n    kind: System\n    name: A\n    description: d\n    ${SRC}\n`));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ dryRun: true, nodes: { System: { created: 1, updated: 0, unchanged: 0, kept: 0 } }, edited: [] });
  });
});
