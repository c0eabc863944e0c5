import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { ERROR_CODES, NODE_KINDS, RELATIONSHIP_TYPES } from '../../src/domain/index.js';
import { CLI, CLI_HELP, DASHBOARD, LABELS, LANGS, format } from '../../src/domain/messages/index.js';

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));
const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name).sort();
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The message catalogue (src/domain/messages): every code of the API has a label in every language, and the languages agree. */
describe('the message catalogue', () => {
  it.each(LANGS)('%s: a label for every kind, relationship type and error code of the model', (lang) => {
    const labels = LABELS[lang];
    expect(Object.keys(labels.kinds).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(labels.kindsPlural).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(labels.relationships).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    for (const code of ERROR_CODES) expect(labels.errors[code], code).toMatch(/\S/);
    for (const text of [...Object.values(labels.kinds), ...Object.values(labels.relationships)]) expect(text).toMatch(/\S/);
  });

  it.each(LANGS)('%s: a label for every value of the schema\'s enums the interfaces show', (lang) => {
    for (const [name, values] of Object.entries(LABELS[lang].enums)) expect(Object.keys(values).sort(), name).toEqual(enumValues(name));
  });

  it('English has every German text, with the same placeholders', () => {
    expect(Object.keys(DASHBOARD.en).sort()).toEqual(Object.keys(DASHBOARD.de).sort());
    for (const [key, text] of Object.entries(DASHBOARD.de)) expect(placeholders(DASHBOARD.en[key as keyof typeof DASHBOARD.en]), key).toEqual(placeholders(text));
    for (const [code, text] of Object.entries(LABELS.de.errors)) expect(placeholders(LABELS.en.errors[code as keyof typeof LABELS.en.errors]), code).toEqual(placeholders(text));
  });

  it("the CLI's texts and --help: English has every German text, with the same placeholders, none empty", () => {
    /** Every text of a catalogue part by its path ("quality.kind", "arguments.node.name"). */
    const texts = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'string' ? [[path, value]] : Object.entries(value as object).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
    for (const part of [CLI, CLI_HELP]) {
      const de = new Map(texts(part.de));
      const en = new Map(texts(part.en));
      expect([...en.keys()].sort()).toEqual([...de.keys()].sort());
      for (const [key, text] of de) {
        expect(text, key).toMatch(/\S/);
        // An API error in English is its code and the server's (English) message; German adds what the code means.
        const expected = key === 'error' ? placeholders(text).filter((p) => p !== 'meaning') : placeholders(text);
        expect(placeholders(en.get(key)!), key).toEqual(expected);
      }
    }
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(format('{n} Treffer für „{q}“', { n: 3, q: 'ELSTER' })).toBe('3 Treffer für „ELSTER“');
    expect(format('{n} und {m}', { n: 1 })).toBe('1 und {m}');
  });
});
