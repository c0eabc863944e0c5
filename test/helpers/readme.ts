import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/index.js';

/** The rows of the Markdown table that follows `heading` in the README, cells trimmed and without backticks. */
export function readmeTable(heading: string): string[][] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(heading);
  expect(start, `README has "${heading}"`).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const table = lines.slice(first).filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));
  return table.slice(2).map((l) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/`/g, '')));
}
