import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/index.js';

const DEPCRUISE = join(PROJECT_ROOT, 'node_modules', '.bin', 'depcruise');

function cruise(cwd: string) {
  return spawnSync(DEPCRUISE, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd, encoding: 'utf8' });
}

/** A throwaway tree with the project's rules and the given files. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-arch-'));
  cpSync(join(PROJECT_ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  cpSync(join(PROJECT_ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('architecture', () => {
  it('src/ keeps the one-way layers', () => {
    const result = cruise(PROJECT_ROOT);
    expect(result.stdout + result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it.each([
    ['domain-is-pure', 'src/domain/a.ts', "import { x } from '../graph/b.js';\nexport const a = x;\n", 'src/graph/b.ts'],
    ['graph-does-not-reach-up', 'src/graph/a.ts', "import { x } from '../schema/b.js';\nexport const a = x;\n", 'src/schema/b.ts'],
    ['graph-through-its-face', 'src/schema/a.ts', "import { x } from '../graph/neo4j/executor.js';\nexport const a = x;\n", 'src/graph/neo4j/executor.ts'],
    ['graph-through-its-face', 'src/server/a.ts', "import { x } from '../graph/repositories/repositories.js';\nexport const a = x;\n", 'src/graph/repositories/repositories.ts'],
    ['nothing-imports-entry-points', 'src/server/a.ts', "import { x } from '../main.js';\nexport const a = x;\n", 'src/main.ts'],
    ['dashboard-uses-only-the-client', 'src/dashboard/a.ts', "import { x } from '../domain/b.js';\nexport const a = x;\n", 'src/domain/b.ts'],
  ])('the rules catch a violation of %s', (rule, from, text, to) => {
    const dir = tree({ [from]: text, [to]: 'export const x = 1;\n' });
    const result = cruise(dir);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(rule);
  });

  it('loaders and resolvers import from the graph layer only what its repositories export', () => {
    const faceOfRepositories = join(PROJECT_ROOT, 'src', 'graph', 'repositories', 'repositories.ts');
    const sources = ['loaders', 'schema'].flatMap((layer) => ts.sys.readDirectory(join(PROJECT_ROOT, 'src', layer), ['.ts']));
    const program = ts.createProgram([faceOfRepositories, ...sources], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
    const checker = program.getTypeChecker();
    const repositories = checker.getSymbolAtLocation(program.getSourceFile(faceOfRepositories)!)!;
    const allowed = new Set(checker.getExportsOfModule(repositories).map((s) => s.name));
    const used = new Map<string, string>();
    for (const file of sources) {
      const source = program.getSourceFile(file)!;
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        if (!/\/graph\/index\.js$/.test(statement.moduleSpecifier.text)) continue;
        const bindings = statement.importClause?.namedBindings;
        expect(bindings && ts.isNamedImports(bindings), `${file}: a named import from the graph layer`).toBe(true);
        for (const element of (bindings as ts.NamedImports).elements) used.set((element.propertyName ?? element.name).text, file);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    const outside = [...used].filter(([name]) => !allowed.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(outside).toEqual([]);
    expect(allowed.has('Executor')).toBe(false);
  });
});
