import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isNodeKind, isRelationshipType } from '../domain/index.js';

/**
 * Every Cypher statement of the project lives in cypher/<mode>/<name>.cypher and is loaded here once.
 * The folder decides how it runs: read/ in read transactions, write/ and schema/ in write transactions.
 * A statement may name a label or relationship type that varies as {{KIND}} or {{TYPE}}; those are filled
 * only from the model's allow-lists, never from user text.
 */
export type QueryMode = 'read' | 'write' | 'schema';

export interface CypherEntry {
  /** e.g. 'read/node-by-ids' */
  readonly name: string;
  readonly mode: QueryMode;
  readonly text: string;
  readonly placeholders: readonly string[];
}

const PLACEHOLDER_RULES: Readonly<Record<string, (v: string) => boolean>> = {
  KIND: isNodeKind,
  TYPE: isRelationshipType,
};

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : e.name.endsWith('.cypher') ? [join(dir, e.name)] : [],
  );
}

export class CypherCatalog {
  private readonly entries = new Map<string, CypherEntry>();

  constructor(readonly dir: string) {
    for (const file of listFiles(dir).sort()) {
      const name = relative(dir, file).split(sep).join('/').replace(/\.cypher$/, '');
      const mode = name.split('/')[0];
      if (mode !== 'read' && mode !== 'write' && mode !== 'schema') {
        throw new Error(`${file}: Cypher files belong in cypher/read, cypher/write or cypher/schema`);
      }
      const text = readFileSync(file, 'utf8').trim();
      const placeholders = [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];
      for (const p of placeholders) {
        if (!PLACEHOLDER_RULES[p]) throw new Error(`${file}: unknown placeholder {{${p}}}`);
      }
      this.entries.set(name, { name, mode, text, placeholders });
    }
  }

  get(name: string): CypherEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`No Cypher statement '${name}' in ${this.dir}`);
    return entry;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The statement text with its placeholders filled from the allow-lists. */
  render(name: string, vars: Readonly<Record<string, string>> = {}): string {
    const entry = this.get(name);
    for (const p of entry.placeholders) {
      const value = vars[p];
      if (value === undefined || !PLACEHOLDER_RULES[p]!(value)) {
        throw new Error(`${name}: {{${p}}} needs an allowed value, got ${JSON.stringify(value)}`);
      }
    }
    return entry.text.replace(/\{\{(\w+)\}\}/g, (_, p: string) => vars[p]!);
  }
}
