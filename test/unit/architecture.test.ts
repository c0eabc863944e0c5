import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
    ['only-repositories-above-graph', 'src/schema/a.ts', "import { x } from '../graph/executor.js';\nexport const a = x;\n", 'src/graph/executor.ts'],
    ['nothing-imports-entry-points', 'src/server/a.ts', "import { x } from '../main.js';\nexport const a = x;\n", 'src/main.ts'],
    ['dashboard-uses-only-the-client', 'src/dashboard/a.ts', "import { x } from '../domain/b.js';\nexport const a = x;\n", 'src/domain/b.ts'],
  ])('the rules catch a violation of %s', (rule, from, text, to) => {
    const dir = tree({ [from]: text, [to]: 'export const x = 1;\n' });
    const result = cruise(dir);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(rule);
  });
});
