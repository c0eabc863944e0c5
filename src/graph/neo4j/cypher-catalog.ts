import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import neo4j from 'neo4j-driver';
import { DEPENDENCY_TYPES, MAX_TRAVERSAL_DEPTH, isNodeKind, isRelationshipType } from '../../domain/index.js';

/**
 * Every Cypher statement of the project lives in cypher/<mode>/<name>.cypher and is loaded here once.
 * The folder decides how it runs: read/ in read transactions, write/ and schema/ in write transactions.
 * Placeholders are filled only from the model, never from user text:
 *   {{KIND}}        a node kind (label), checked against NODE_KINDS
 *   {{TYPE}}        a relationship type, checked against the model's relationship types
 *   {{DEPTH}}       a traversal depth 1..MAX_TRAVERSAL_DEPTH (quantifiers take no parameters)
 *   {{DEPENDENCY}}  the model's dependency relationship types as A|B|C (fixed, no value needed)
 *   {{FOLLOWED}}    which relationships `r` of a pattern a traversal follows, by the Evidence asked: `any` (every
 *                   one: no predicate, so Neo4j keeps its bidirectional shortest-path search) or `stated` (only
 *                   those a source states: WHERE coalesce(r.confidence, 'stated') = 'stated')
 *   {{VALID n}}     the node n holds at the request's valid date $validAt (see src/domain/valid-time.ts): a node
 *                   carries the label Bounded when it has a bound, so a node without one passes on its label alone
 *   {{VALID_REL r}} the relationship r holds at $validAt (its bounds read from its properties)
 *   {{VALID_HOP a r}} a traversal's hop r from node a holds at $validAt: both ends of a relationship with a bound carry
 *                   the label BoundedEnds, so a hop from a node without it passes on its label alone (no property
 *                   of the relationship is read; on a graph without bounded relationships no hop reads one)
 *   {{> name}}      the text of cypher/partials/name.cypher (shared clauses, written once; may include partials)
 *   {{#LEVELS}} … {{/LEVELS}}
 *                   the text between, once per depth 1..{{DEPTH}}, with {{LEVEL}} that depth (a search that deepens
 *                   one hop at a time: quantifiers take no parameters, so each depth is its own clause)
 *   {{TREE}}        a planned tree of relationship levels (renderTree: cypher/partials/related-level.cypher per
 *                   level, relationship types from the model, everything else parameters numbered with it)
 *   {{FILTER}}      one relational filter (or filter-given-ids: none, the ids given): the text of
 *                   cypher/partials/<FILTER>.cypher, where FILTER is the name of a partial filter-* (render checks
 *                   it; the partial's own placeholders are then filled)
 */
export type QueryMode = 'read' | 'write' | 'schema';

export interface CypherEntry {
  /** e.g. 'read/nodes-by-ids' */
  readonly name: string;
  readonly mode: QueryMode;
  readonly text: string;
  readonly placeholders: readonly string[];
}

/**
 * {{VALID n}} / {{VALID_REL r}}: the valid-time test of a node or a relationship variable. ISO dates compare as
 * strings; an absent bound is no bound; a null $validAt (a mutation's answer: what was written) passes every fact.
 */
export function validMacros(text: string): string {
  const period = (x: string) => `coalesce(${x}.validFrom, '') <= $validAt AND $validAt < coalesce(${x}.validTo, '9999-12-31')`;
  return text
    .replace(/\{\{VALID_HOP (\w+) (\w+)\}\}/g, (_, a: string, r: string) => `($validAt IS NULL OR NOT ${a}:BoundedEnds OR (${period(r)}))`)
    .replace(/\{\{VALID(_REL)? (\w+)\}\}/g, (_, rel: string | undefined, x: string) =>
      rel ? `($validAt IS NULL OR ${period(x)})` : `($validAt IS NULL OR NOT ${x}:Bounded OR (${period(x)}))`,
    );
}

/** Placeholders whose value names one of a few fixed texts. */
const CHOICES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  FOLLOWED: { any: '', stated: "WHERE coalesce(r.confidence, 'stated') = 'stated'" },
};
const PLACEHOLDER_RULES: Readonly<Record<string, (v: string) => boolean>> = {
  KIND: isNodeKind,
  TYPE: isRelationshipType,
  DEPTH: (v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_TRAVERSAL_DEPTH,
  ...Object.fromEntries(Object.entries(CHOICES).map(([p, texts]) => [p, (v: string) => Object.hasOwn(texts, v)])),
};
const FIXED: Readonly<Record<string, string>> = {
  DEPENDENCY: DEPENDENCY_TYPES.join('|'),
};
const MODES = new Set(['read', 'write', 'schema']);
/** Placeholders filled by a dedicated render method rather than by render(). */
const COMPOSED = new Set(['TREE', 'FILTER', 'LEVEL']);
/** The most tree shapes whose rendered text renderTree keeps. */
const TREE_SHAPES = 1000;
const LEVELS = /\{\{#LEVELS\}\}([\s\S]*?)\{\{\/LEVELS\}\}/g;
const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];

/** One level of a planned relationship tree (see renderTree). */
export interface TreeLevel {
  readonly type: string;
  readonly direction: 'out' | 'in';
  readonly kinds: readonly string[];
  readonly first: number;
  /** The stored properties to read of its nodes (null: every property). */
  readonly keys: readonly string[] | null;
  readonly children: readonly TreeLevel[];
  /**
   * Only under a parent of this kind (cypher/partials/related-on-kind, parameter $on<i>): a top level of a statement
   * that learns its parents' kinds only as it reads them (read/nodes-planned); else an empty list.
   */
  readonly on?: string;
}

/** A statement ready to run: its text and the parameters its placeholders were numbered with. */
export interface RenderedStatement {
  readonly text: string;
  readonly params: Record<string, unknown>;
}

/**
 * Cypher as it is sent: comments dropped and every run of white space one space, outside string literals and
 * backtick-quoted names (kept as written). The catalogue's files explain themselves at length, but Neo4j reads the
 * whole text of every request (pre-parser, plan cache key) and the driver sends it in Bolt chunks of at most 1,398
 * bytes, one socket write each: the search statement went out in three writes with its comments, in one without.
 */
export function compactCypher(text: string): string {
  let out = '';
  let gap = false;
  let i = 0;
  const put = (piece: string) => {
    if (gap && out.length > 0) out += ' ';
    gap = false;
    out += piece;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      put(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      while (j < text.length && (text[j] !== '`' || text[j + 1] === '`')) j += text[j] === '`' ? 2 : 1;
      put(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      gap = true;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      gap = true;
    } else if (/\s/.test(c)) {
      i++;
      gap = true;
    } else {
      put(c);
      i++;
    }
  }
  return out;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : e.name.endsWith('.cypher') ? [join(dir, e.name)] : [],
  );
}

export class CypherCatalog {
  private readonly entries = new Map<string, CypherEntry>();
  private readonly rendered = new Map<string, string>();
  /** renderTree's texts by tree shape; clients choose the shapes, so at most TREE_SHAPES are kept (then it starts afresh). */
  private readonly trees = new Map<string, string>();
  private readonly partials = new Map<string, string>();

  constructor(readonly dir: string) {
    const files = listFiles(dir).sort();
    for (const file of files) {
      const name = relative(dir, file).split(sep).join('/').replace(/\.cypher$/, '');
      if (name.startsWith('partials/')) this.partials.set(name.slice('partials/'.length), compactCypher(readFileSync(file, 'utf8')));
    }
    for (const file of files) {
      const name = relative(dir, file).split(sep).join('/').replace(/\.cypher$/, '');
      const mode = name.split('/')[0]!;
      if (mode === 'partials') continue;
      if (!MODES.has(mode)) throw new Error(`${file}: Cypher files belong in cypher/read, write, schema or partials`);
      const text = compactCypher(this.expand(readFileSync(file, 'utf8'), file));
      const placeholders = placeholdersOf(text);
      for (const p of placeholders) {
        if (!PLACEHOLDER_RULES[p] && !COMPOSED.has(p)) throw new Error(`${file}: unknown placeholder {{${p}}}`);
      }
      this.entries.set(name, { name, mode: mode as QueryMode, text, placeholders });
    }
  }

  /** Text with its partials included (partials may include partials, never themselves) and fixed values filled. */
  private expand(text: string, file: string, seen: readonly string[] = []): string {
    return validMacros(text)
      .replace(/\{\{> ([\w-]+)\}\}/g, (_, partial: string) => {
        const included = this.partials.get(partial);
        if (included === undefined) throw new Error(`${file}: no partial cypher/partials/${partial}.cypher`);
        if (seen.includes(partial)) throw new Error(`${file}: partial ${partial} includes itself`);
        return this.expand(included, file, [...seen, partial]);
      })
      .replace(/\{\{(\w+)\}\}/g, (whole, p: string) => FIXED[p] ?? whole);
  }

  get(name: string): CypherEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`No Cypher statement '${name}' in ${this.dir}`);
    return entry;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * A statement with a {{TREE}} placeholder, filled with nested levels of cypher/partials/related-level: level i
   * (preorder, from 1) follows its relationship type from n<parent> to n<i> and takes its kinds, limit and
   * properties from the parameters $kinds<i>, $first<i> and $keys<i>, numbered here in the same pass as the text.
   * A level with `on` applies only under parents of that kind (cypher/partials/related-on-kind, kind as $on<i>).
   * Types and kinds are checked against the model; nothing else is text.
   */
  renderTree(name: string, levels: readonly TreeLevel[]): RenderedStatement {
    const entry = this.get(name);
    const template = this.partials.get('related-level') ?? '';
    if (template === '') throw new Error('no partial cypher/partials/related-level.cypher');
    const guard = this.partials.get('related-on-kind');
    if (!guard) throw new Error('no partial cypher/partials/related-on-kind.cypher');
    // The parameters, numbered in preorder from 1, and the tree's shape (types, directions, kinds guarded, nesting):
    // the text depends on the shape alone, so it is rendered once per shape.
    const params: Record<string, unknown> = {};
    let numbered = 0;
    const shapeOf = (l: TreeLevel): string => {
      if (!isRelationshipType(l.type)) throw new Error(`${name}: ${JSON.stringify(l.type)} is not a relationship type`);
      if (l.on !== undefined && !isNodeKind(l.on)) throw new Error(`${name}: ${JSON.stringify(l.on)} is not a node kind`);
      const at = ++numbered;
      params[`kinds${at}`] = l.kinds;
      params[`first${at}`] = neo4j.int(l.first);
      params[`keys${at}`] = l.keys;
      if (l.on !== undefined) params[`on${at}`] = l.on;
      return `${l.type}:${l.direction}:${l.on ?? ''}(${l.children.map(shapeOf).join(',')})`;
    };
    const key = `${name}|${levels.map(shapeOf).join(',')}`;
    const cached = this.trees.get(key);
    if (cached !== undefined) return { text: cached, params };
    let counter = 0;
    const level = (parent: number, l: TreeLevel): string => {
      const at = ++counter;
      const children = l.children.map((c) => level(at, c)).join(', ');
      let text = template
        .replace(/\{\{AT\}\}/g, String(parent))
        .replace(/\{\{NEXT\}\}/g, String(at))
        .replace(/\{\{IN\}\}/g, l.direction === 'in' ? '<' : '')
        .replace(/\{\{OUT\}\}/g, l.direction === 'out' ? '>' : '')
        .replace(/\{\{TYPE\}\}/g, l.type)
        .replace(/\{\{CHILDREN\}\}/g, children);
      // after NEXT is filled: {{VALID n{{NEXT}}}} becomes {{VALID n3}}, then its test
      text = validMacros(text);
      if (l.on === undefined) return text;
      return guard
        .replace(/\{\{AT\}\}/g, String(parent))
        .replace(/\{\{NEXT\}\}/g, String(at))
        .replace('{{LEVEL}}', () => text);
    };
    const text = entry.text.replace('{{TREE}}', () => `[${levels.map((l) => level(0, l)).join(', ')}]`);
    if (this.trees.size >= TREE_SHAPES) this.trees.clear();
    this.trees.set(key, text);
    return { text, params };
  }

  /** The values {{FILTER}} accepts: the partials filter-*. */
  filterNames(): string[] {
    return [...this.partials.keys()].filter((name) => name.startsWith('filter-'));
  }

  /** The statement text with its placeholders filled from the allow-lists (cached: the same text every time). */
  render(name: string, vars: Readonly<Record<string, string>> = {}): string {
    const entry = this.get(name);
    if (entry.placeholders.length === 0) return entry.text;
    const key = `${name}|${Object.keys(vars).sort().map((p) => `${p}=${vars[p]}`).join('|')}`;
    const cached = this.rendered.get(key);
    if (cached !== undefined) return cached;
    let text = entry.text;
    if (entry.placeholders.includes('FILTER')) {
      const filter = vars.FILTER;
      if (filter === undefined || !this.filterNames().includes(filter)) {
        throw new Error(`${name}: {{FILTER}} needs one of ${this.filterNames().join(', ')}, got ${JSON.stringify(filter)}`);
      }
      text = text.replace('{{FILTER}}', this.expand(this.partials.get(filter)!, `cypher/partials/${filter}.cypher`));
    }
    if (text.includes('{{#LEVELS}}')) {
      const depth = vars.DEPTH;
      if (depth === undefined || !PLACEHOLDER_RULES.DEPTH!(depth)) throw new Error(`${name}: {{#LEVELS}} needs {{DEPTH}}, got ${JSON.stringify(depth)}`);
      text = text.replace(LEVELS, (_, block: string) =>
        Array.from({ length: Number(depth) }, (_, i) => block.replace(/\{\{LEVEL\}\}/g, String(i + 1))).join(' '),
      );
    }
    for (const p of placeholdersOf(text)) {
      const value = vars[p];
      if (value === undefined || !PLACEHOLDER_RULES[p]?.(value)) {
        throw new Error(`${name}: {{${p}}} needs an allowed value, got ${JSON.stringify(value)}`);
      }
    }
    text = text.replace(/\{\{(\w+)\}\}/g, (_, p: string) => CHOICES[p]?.[vars[p]!] ?? vars[p]!);
    this.rendered.set(key, text);
    return text;
  }
}
