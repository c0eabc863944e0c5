import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SCHEMA_FILE } from '../../src/config/index.js';
import { printSortedSchema } from '../../src/schema/index.js';

const codegen = (...args: string[]) =>
  spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.yml', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });

describe('generated artefacts', () => {
  it('schema/schema.graphql is the sorted SDL of the type-graphql schema (run npm run codegen)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSortedSchema());
  });

  it('src/client/generated is what codegen makes of the schema and operations/ (run npm run codegen)', () => {
    const result = codegen('--check');
    expect(result.stdout + result.stderr).not.toMatch(/changed|error/i);
    expect(result.status).toBe(0);
  }, 60_000);

  it('the codegen check notices an outdated client', () => {
    const file = join(PROJECT_ROOT, 'src', 'client', 'generated', 'graphql.ts');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${original}\n// stale\n`);
      expect(codegen('--check').status).not.toBe(0);
    } finally {
      writeFileSync(file, original);
    }
  }, 60_000);
});

describe('docs/model.md, docs/vocabulary.ttl and docs/data-quality.md', () => {
  it('docs/model.md and docs/vocabulary.ttl are what the model says (run npm run docs)', async () => {
    const { MODEL_DOC, VOCABULARY_DOC, modelMarkdown, vocabularyTurtle } = await import('../../src/cli/commands/docs.js');
    expect(readFileSync(MODEL_DOC, 'utf8')).toBe(modelMarkdown());
    expect(readFileSync(VOCABULARY_DOC, 'utf8')).toBe(vocabularyTurtle());
  });

  it('docs/data-quality.md is what the data in data/ gives (run npm run docs)', async () => {
    const { DATA_QUALITY_DOC, dataQualityMarkdown } = await import('../../src/cli/commands/docs.js');
    expect(readFileSync(DATA_QUALITY_DOC, 'utf8')).toBe(dataQualityMarkdown());
  });
});
