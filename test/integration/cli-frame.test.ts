import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { EXIT, exitCodeOf } from '../../src/cli/exit-codes.js';
import { DATA_DIR, PROJECT_ROOT } from '../../src/config/index.js';
import { CLI, CLI_HELP, LABELS, LANGS, format } from '../../src/domain/messages/index.js';
import { cliInProcess } from '../helpers/cli.js';
import { testNeo4jUri } from '../helpers/graph.js';
import { readmeTable } from '../helpers/readme.js';

// The command frame (src/cli/frame.ts) in this process: --help from the catalogue in German (the default) and
// English, errors of the command line in the language with the exit code of the one table, JSON in --json mode.
const env = (extra: Record<string, string> = {}) => ({ ...process.env, NEO4J_URI: testNeo4jUri(), STRATEGIEGRAPH_URL: 'local', STRATEGIEGRAPH_LANG: '', ...extra });
/** German, as a user without STRATEGIEGRAPH_LANG gets it. */
const cli = (...args: string[]) => cliInProcess(env(), args);
const english = (...args: string[]) => cliInProcess(env({ STRATEGIEGRAPH_LANG: 'en' }), args);
/** Help text with its line breaks and indentation folded (commander wraps descriptions to the width). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-cli-frame-'));
const SRC = 'sources: [{url: "https://www.it-planungsrat.de/"}]';
function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe('the command frame', () => {
  it('--help is German by default: every command with its text from the catalogue, and the exit codes; English with --lang en or STRATEGIEGRAPH_LANG', async () => {
    const de = await cli('--help');
    expect(de.code).toBe(0);
    expect(de.stderr).toBe('');
    expect(de.stdout.split('\n')[0]).toBe('Aufruf: strategiegraph [Optionen] [Befehl]');
    expect(de.stdout).toMatch(/^Befehle:$/m);
    expect(de.stdout).not.toMatch(/Usage:|Options:|Commands:|\[options\]|display help/);
    for (const spec of COMMANDS.filter((c) => !c.name.includes(' '))) expect(flat(de.stdout)).toContain(flat(CLI_HELP.de.commands[spec.name]));
    expect(flat(de.stdout)).toContain(CLI_HELP.de.commands.keys);
    expect(flat(de.stdout)).toContain(CLI_HELP.de.exitCodes);
    // No command at all, and `help`: the same help.
    expect((await cli()).stdout).toBe(de.stdout);
    expect((await cli('help')).stdout).toBe(de.stdout);

    const en = await cli('--lang', 'en', '--help');
    expect(en.code).toBe(0);
    expect(en.stdout.split('\n')[0]).toBe('Usage: strategiegraph [options] [command]');
    expect(flat(en.stdout)).toContain(flat(CLI_HELP.en.commands.search));
    expect(flat(en.stdout)).toContain(CLI_HELP.en.exitCodes);
    expect((await english('--help')).stdout).toBe(en.stdout);
  });

  it('every command has its --help in both languages, each argument and option described from the catalogue', async () => {
    for (const lang of LANGS) {
      for (const spec of COMMANDS) {
        const run = await cliInProcess(env({ STRATEGIEGRAPH_LANG: lang }), [...spec.name.split(' '), '--help']);
        expect(run.code, spec.name).toBe(0);
        const text = flat(run.stdout);
        expect(text.startsWith(`${CLI_HELP[lang].titles['Usage:']} strategiegraph ${spec.name}`), spec.name).toBe(true);
        expect(text, spec.name).toContain(flat(CLI_HELP[lang].commands[spec.name]));
        for (const a of spec.args ?? []) expect(text, `${spec.name} ${a.key}`).toContain(`${CLI_HELP[lang].arguments[a.key].name} ${CLI_HELP[lang].arguments[a.key].text}`);
        for (const o of spec.options ?? []) expect(text, `${spec.name} ${o.flags}`).toContain(`${o.flags} ${flat(format(CLI_HELP[lang].options[o.help], o.helpParams))}`);
        // neo4j-admin passes every option on to neo4j-admin.
        if (!spec.passThrough) expect(text, spec.name).toContain(`--lang <LANG> ${flat(CLI_HELP[lang].options.lang)}`);
      }
    }
    expect(flat((await cli('touching', '--help')).stdout)).toContain('--depth <N> wie viele Schritte verfolgt werden (Standard 3)');
    expect(flat((await cli('impact', '--help')).stdout)).toContain('(Standard 4)');
    // `help <command>` is `<command> --help`.
    expect((await cli('help', 'touching')).stdout).toBe((await cli('touching', '--help')).stdout);
  });

  it('import in German: a bad file is rejected with exit 2, naming file, line, entity and field; --json with English keys', async () => {
    const bad = file('aliases.yaml', `nodes:\n  - id: sys-a\n    kind: System\n    name: A\n    aliases: [2024]\n    description: d\n    ${SRC}\n`);
    const run = await cli('import', bad);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`Abgelehnt, nichts wurde geschrieben.\n1 Problem(e) gefunden:\n  - ${bad}:5: node sys-a, field 'aliases[0]': must be a non-empty string, got 2024\n`);
    const json = await cli('import', '--json', bad);
    expect(json.code).toBe(2);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        exitCode: 2,
        message: CLI.de.rejected,
        problems: [{ file: bad, line: 5, entity: 'node sys-a', field: 'aliases[0]', message: 'must be a non-empty string, got 2024' }],
      },
    });
  });

  it('import in German: the summary of a dry run', async () => {
    const one = file('one.yaml', `nodes:\n  - id: sys-frame-test\n    kind: System\n    name: A\n    description: d\n    ${SRC}\n`);
    const run = await cli('import', '--dry-run', '-q', one);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Probelauf mit 1 Datei(en): nichts wurde geschrieben. Der Import würde Folgendes tun:');
    expect(lines[1]).toMatch(/^ {2}Knoten\s+neu\s+geändert\s+unverändert$/);
    expect(lines[2]).toMatch(/^ {2}System\s+1\s+0\s+0$/);
    expect(lines[3]).toBe('Beziehungen: keine');
  });

  it('check in German: headings, kinds by their German names, the conflicts; the same figures as in English', async () => {
    const run = await cli('check', DATA_DIR, '-q', '--as-of', '2027-12-01');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(format(CLI.de.qualityHeading, { date: '2027-12-01' }));
    expect(lines[2]).toMatch(/^Art\s+Knoten\s+Beziehungen\s+eine Quelle\s+abgeleitet\s+offene Widersprüche\s+veröffentlicht vor > 1 Jahr\s+ohne Veröffentlichungsdatum$/);
    expect(run.stdout).toMatch(new RegExp(`^${LABELS.de.kinds.Theme}\\s+8\\s`, 'm'));
    expect(run.stdout).toMatch(/^alle\s+\d+\s/m);
    expect(run.stdout).toContain('\nOffene Widersprüche (2):\n');
    const en = await english('check', DATA_DIR, '-q', '--as-of', '2027-12-01');
    const figures = (text: string) => text.split('\n\n')[1]!.split('\n').slice(2).map((l) => l.split(/\s{2,}/).slice(1));
    expect(figures(run.stdout)).toEqual(figures(en.stdout));
    const day = await cli('check', '--as-of', '12/2026');
    expect(day.code).toBe(64);
    expect(day.stderr).toBe('--as-of muss ein Tag JJJJ-MM-TT sein, nicht „12/2026“\n');
  });

  it('a wrong command line says what is wrong in the language, and how to get help; exit 64', async () => {
    const option = await cli('import', '--dryrun', 'x.yaml');
    expect(option.code).toBe(64);
    expect(option.stderr).toBe('Unbekannte Option „--dryrun“ (meinten Sie --dry-run?)\n„strategiegraph import --help“ zeigt Argumente und Optionen\n');
    const inEnglish = await english('import', '--dryrun', 'x.yaml');
    expect(inEnglish.stderr).toBe("Unknown option '--dryrun' (did you mean --dry-run?)\nrun 'strategiegraph import --help' for the arguments and options\n");
    const command = await cli('serch', 'ELSTER');
    expect(command.code).toBe(64);
    expect(command.stderr).toBe('Unbekannter Befehl „serch“ (meinten Sie search?)\n„strategiegraph --help“ zeigt Argumente und Optionen\n');
    const sub = await cli('keys', 'remove', 'x');
    expect(sub.code).toBe(64);
    expect(sub.stderr).toContain('Unbekannter Befehl „remove“');
    expect(sub.stderr).toContain('„strategiegraph keys --help“');
    expect((await cli('path', 'zapuk')).stderr).toMatch(/^Es fehlt das Argument „nach“\n/);
    expect((await cli('coverage', 'extra')).stderr).toMatch(/^Zu viele Argumente: 0 erwartet, 1 angegeben\n/);
    expect((await cli('search', 'ELSTER', '--first')).stderr).toMatch(/^Die Option „--first <N>“ braucht einen Wert\n/);
    expect((await cli('export')).stderr).toMatch(/^export braucht --format \(oder --traversal\)\n/);
    const value = await cli('budget', '--by', 'ministry');
    expect(value.code).toBe(64);
    expect(value.stderr).toBe('--by muss eins von focus-area, institution, programme sein, nicht „ministry“\n');
    const env64 = await cliInProcess(env({ STRATEGIEGRAPH_LANG: 'fr' }), ['check', DATA_DIR, '-q']);
    expect(env64.code).toBe(64);
    expect(env64.stderr).toBe('STRATEGIEGRAPH_LANG muss eins von de, en sein, nicht „fr“\n');
    // --lang wins over STRATEGIEGRAPH_LANG.
    expect((await cliInProcess(env({ STRATEGIEGRAPH_LANG: 'fr' }), ['check', DATA_DIR, '-q', '--lang', 'en'])).code).toBe(0);
    // A command without its subcommand: its help, on stderr.
    const keys = await cli('keys');
    expect(keys.code).toBe(64);
    expect(keys.stderr).toContain(CLI_HELP.de.commands['keys create']);
  });

  it('--json: every error is JSON on stdout, with English keys and the message in the language', async () => {
    const usage = await cli('import', '--json', '--dryrun', 'x.yaml');
    expect(usage.stderr).toBe('');
    expect(JSON.parse(usage.stdout)).toEqual({
      error: { code: 'USAGE', exitCode: 64, message: 'Unbekannte Option „--dryrun“ (meinten Sie --dry-run?)\n„strategiegraph import --help“ zeigt Argumente und Optionen' },
    });
    const formats = await cli('touching', 'ELSTER', '--json', '--csv');
    expect(formats.code).toBe(64);
    expect(JSON.parse(formats.stdout)).toEqual({ error: { code: 'USAGE', exitCode: 64, message: CLI.de.oneFormat } });
    const missing = await cli('check', 'nirgendwo.yaml', '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual({
      error: { code: 'BAD_USER_INPUT', exitCode: 2, message: CLI.de.rejected, problems: [{ file: 'nirgendwo.yaml', entity: 'file', field: '(path)', message: 'no such file or folder' }] },
    });
    const unknown = await cli('show', 'nirgendwo', '--json', '-q');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('');
    const error = (JSON.parse(unknown.stdout) as { error: { code: string; exitCode: number; message: string } }).error;
    expect(error).toMatchObject({ code: 'NOT_FOUND', exitCode: 2 });
    expect(error.message).toBe(`NOT_FOUND – ${LABELS.de.errors.NOT_FOUND}\nNo node is called 'nirgendwo' (ref).`);
    // Also where the command has no --json: the error is JSON all the same.
    const exported = await cli('export', '--format', 'json', '--json');
    expect(exported.code).toBe(64);
    expect(JSON.parse(exported.stdout).error).toMatchObject({ code: 'USAGE', exitCode: 64 });
  });

  it("README shows the German --help as the frame generates it (fitted to 100 columns, the width without a terminal)", async () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const shown = (command: string) => {
      const start = readme.indexOf(`$ npx strategiegraph ${command}\n`);
      expect(start, command).toBeGreaterThan(-1);
      const from = readme.indexOf('\n', start) + 1;
      return readme.slice(from, readme.indexOf('\n```', from));
    };
    const plain = env({ COLUMNS: '' });
    expect(shown('--help')).toBe((await cliInProcess(plain, ['--help'])).stdout.trimEnd());
    expect(shown('touching --help')).toBe((await cliInProcess(plain, ['touching', '--help'])).stdout.trimEnd());
  });

  it('one exit-code table: the one README documents, applied to every error code', () => {
    const documented = readmeTable('#### Exit codes').map(([code]) => Number(code));
    expect(documented.sort((a, b) => a - b)).toEqual(Object.values(EXIT).sort((a, b) => a - b));
    expect(['USAGE', 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TIMEOUT', 'FAILURE'].map(exitCodeOf)).toEqual([
      EXIT.usage,
      EXIT.invalidInput,
      EXIT.invalidInput,
      EXIT.noPermission,
      EXIT.noPermission,
      EXIT.failure,
      EXIT.failure,
    ]);
  });
});
