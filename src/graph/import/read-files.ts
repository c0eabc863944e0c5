import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import {
  LineCounter,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument as parseYaml,
  visit,
  type Document as YamlDocument,
  type Node as YamlNode,
} from 'yaml';
import { ValidationError, parseDocument, type Locate, type ParsedFile, type Path } from '../../domain/index.js';
import { firstDuplicateKey } from './json-keys.js';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/**
 * How much YAML aliases may add: the expanded document may hold at most twice the file's characters plus 1 MB.
 * Sharing a list of sources between records stays far below it; an alias bomb (a billion laughs, or one big value
 * aliased a thousand times) is refused before anything is expanded.
 */
export const ALIAS_EXPANSION = { factor: 2, slackChars: 1_000_000 } as const;

/** Files named directly, and every .yaml/.yml/.json below named folders, in a stable order; a path that does not exist is rejected input. */
export function expandPaths(paths: readonly string[]): string[] {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    throw new ValidationError(missing.map((p) => ({ file: p, entity: 'file', field: '(path)', message: 'no such file or folder' })));
  }
  const files: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) {
        const child = join(p, entry);
        if (statSync(child).isDirectory() || EXTENSIONS.has(extname(entry))) walk(child);
      }
    } else {
      files.push(p);
    }
  };
  for (const p of paths) walk(p);
  return files;
}

const fileProblem = (file: string, field: string, message: string, line?: number): ParsedFile => ({
  nodes: [],
  relationships: [],
  problems: [{ file, line, entity: 'file', field, message }],
});

/** Parses one YAML or JSON file and checks every record; problems name the line where it can be known. */
export function readImportFile(file: string, displayRoot = process.cwd()): ParsedFile {
  const rel = relative(displayRoot, file);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fileProblem(shown, '(file)', (error as Error).message);
  }
  // Decoding would turn every invalid sequence into U+FFFD silently.
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    return fileProblem(
      shown,
      '(encoding)',
      `is not valid UTF-8 (byte ${offset}: 0x${bytes[offset]!.toString(16).padStart(2, '0')}); save the file as UTF-8`,
      lineAt(bytes, offset),
    );
  }
  const text = bytes.toString('utf8');
  // Large JSON files take the fast path: positions are only worked out when there is a problem to report.
  if (extname(file) === '.json') {
    let raw: unknown;
    let parsedOk = true;
    try {
      raw = JSON.parse(text);
    } catch {
      parsedOk = false;
    }
    if (parsedOk) {
      const duplicate = firstDuplicateKey(text);
      if (duplicate) {
        const { entity, field } = entityAt(raw, duplicate.path);
        return {
          nodes: [],
          relationships: [],
          problems: [{ file: shown, line: duplicate.line, entity, field, message: `duplicate key (first at line ${duplicate.firstLine}); a key may appear once` }],
        };
      }
      let located: Locate | undefined;
      const lazily: Locate = (path) => (located ??= locator(text))(path);
      const fast = parseDocument(raw, shown, lazily);
      if (fast.problems.length === 0) return fast;
    }
  }
  return withLines(text, shown);
}

/** The record a path points into, as problems name it ("node sys-a", field "sources[0].url"). */
function entityAt(raw: unknown, path: Path): { entity: string; field: string } {
  const [list, index, ...rest] = path;
  if ((list === 'nodes' || list === 'relationships') && typeof index === 'number' && rest.length > 0) {
    const record = ((raw as Record<string, unknown[]>)[list] ?? [])[index] as Record<string, unknown> | undefined;
    const entity =
      list === 'nodes'
        ? typeof record?.id === 'string' ? `node ${record.id}` : `node #${index + 1}`
        : `relationship ${String(record?.from ?? '?')} -[${String(record?.type)}]-> ${String(record?.to ?? '?')}`;
    return { entity, field: rest.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') };
  }
  return { entity: 'document', field: path.map(String).join('.') };
}

/** Line lookup by path, from the YAML parser (YAML is a superset of JSON). */
function locator(text: string): Locate {
  const lineCounter = new LineCounter();
  return locatorOf(parseYaml(text, { lineCounter, prettyErrors: true }), lineCounter);
}

function locatorOf(doc: YamlDocument, lineCounter: LineCounter): Locate {
  return (path) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else break;
      const range = (node as YamlNode | undefined)?.range;
      if (range) line = lineCounter.linePos(range[0]).line;
    }
    return line;
  };
}

const aliasLimit = (chars: number) => ALIAS_EXPANSION.factor * chars + ALIAS_EXPANSION.slackChars;

const aliasProblem = (shown: string, limit: number, line: number | undefined): ParsedFile =>
  fileProblem(
    shown,
    '(aliases)',
    `its aliases expand to more than ${limit.toLocaleString('en')} characters (at most ${ALIAS_EXPANSION.factor} × the file + ${ALIAS_EXPANSION.slackChars.toLocaleString('en')}); ` +
      'write the values out or share fewer of them',
    line,
  );

/** Parses with the YAML parser, which knows the line of every value: record by record where it can, else whole. */
function withLines(text: string, shown: string): ParsedFile {
  return byItems(text, shown) ?? whole(text, shown);
}

/** The whole document at once (its syntax tree costs tens of times the file's size in memory). */
function whole(text: string, shown: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseYaml(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      nodes: [],
      relationships: [],
      problems: doc.errors.map((e) => ({
        file: shown,
        line: e.linePos?.[0]?.line,
        entity: 'file',
        field: e.code === 'DUPLICATE_KEY' ? '(duplicate key)' : '(syntax)',
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  const limit = aliasLimit(text.length);
  const expanded = expandedSize(doc, limit);
  if (expanded.size > limit) return aliasProblem(shown, limit, expanded.crossing === undefined ? undefined : lineCounter.linePos(expanded.crossing).line);
  const locate = locatorOf(doc, lineCounter);
  try {
    return parseDocument(doc.toJS({ maxAliasCount: -1 }), shown, locate);
  } catch (error) {
    // An alias to an anchor that contains it (a cycle).
    return fileProblem(shown, '(aliases)', (error as Error).message);
  }
}

type ListKey = 'nodes' | 'relationships';
/** One item of a top-level block sequence: its text is text.slice(start, end), its first line `line`. */
interface Item {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

const TOP_KEY = /^(nodes|relationships):[ \t]*(?:#.*)?\r?$/;
const isIndicator = (line: string, indent: number) => line.startsWith('- ', indent) || line.startsWith('-\r', indent) || line.length === indent + 1;

/**
 * The items of a document in the usual block form (`nodes:` and `relationships:` at the top, each a block sequence
 * of records), found by their lines; undefined for anything else (flow style, other keys, documents markers), which
 * is then parsed whole.
 */
function blockItems(text: string): Record<ListKey, Item[]> | undefined {
  const items: Record<ListKey, Item[]> = { nodes: [], relationships: [] };
  const seen = new Set<string>();
  let key: ListKey | undefined;
  let indent = -1;
  let open: { start: number; line: number } | undefined;
  const close = (end: number) => {
    if (open && key) items[key].push({ start: open.start, end, line: open.line });
    open = undefined;
  };
  let lineNo = 0;
  for (let pos = 0; pos < text.length; ) {
    lineNo++;
    let next = text.indexOf('\n', pos);
    if (next === -1) next = text.length;
    const line = text.slice(pos, next);
    const ind = line.length - line.trimStart().length;
    const rest = line.slice(ind);
    if (rest === '' || rest === '\r' || rest.startsWith('#')) {
      // blank lines and comments belong to the item they are in
    } else if (ind === 0 && !rest.startsWith('-')) {
      const match = TOP_KEY.exec(line);
      if (!match || seen.has(match[1]!)) return undefined;
      close(pos);
      seen.add(match[1]!);
      key = match[1] as ListKey;
      indent = -1;
    } else if (key === undefined) {
      return undefined;
    } else if ((indent === -1 || ind === indent) && isIndicator(line, ind)) {
      if (indent === -1) indent = ind;
      close(pos);
      open = { start: pos, line: lineNo };
    } else if (open === undefined || ind <= indent) {
      return undefined;
    }
    pos = next + 1;
  }
  close(text.length);
  // `nodes:` without items is null, not an empty list: the whole-document parse reports it.
  if ([...seen].some((k) => items[k as ListKey].length === 0)) return undefined;
  return items;
}

/**
 * Parses a block-form document item by item, so that only one record's syntax tree exists at a time (a 60 MB file
 * stays within a few hundred MB). Any problem the items cannot settle on their own (a syntax error, an alias to an
 * anchor in another record) sends the file to the whole-document parse, which reports it with its line.
 */
function byItems(text: string, shown: string): ParsedFile | undefined {
  const items = blockItems(text);
  if (!items) return undefined;
  const limit = aliasLimit(text.length);
  let expanded = 0;
  const raw: Record<ListKey, unknown[]> = { nodes: [], relationships: [] };
  // Anchors of earlier records (yaml's own stringify shares repeated objects, such as a list of sources, this way).
  const anchors = new Map<string, unknown>();
  for (const key of ['nodes', 'relationships'] as const) {
    for (const item of items[key]) {
      const chunk = text.slice(item.start, item.end);
      const lineCounter = new LineCounter();
      const doc = parseYaml(chunk, { lineCounter, uniqueKeys: true });
      if (doc.errors.length > 0) return undefined;
      let unresolved = false;
      if (chunk.includes('*')) {
        // An alias to an earlier record's anchor becomes a copy of its value (and counts as expanded text below).
        visit(doc, {
          Alias(_, alias) {
            if (alias.resolve(doc) !== undefined) return undefined;
            if (!anchors.has(alias.source)) {
              unresolved = true;
              return visit.BREAK;
            }
            return doc.createNode(anchors.get(alias.source));
          },
        });
      }
      if (unresolved) return undefined;
      if (chunk.includes('&')) {
        visit(doc, {
          Node(_, node) {
            if (node.anchor) anchors.set(node.anchor, node.toJS(doc));
          },
        });
      }
      if (chunk.includes('*')) {
        const size = expandedSize(doc, limit - expanded);
        expanded += size.size;
        if (expanded > limit) return aliasProblem(shown, limit, size.crossing === undefined ? item.line : item.line + lineCounter.linePos(size.crossing).line - 1);
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: -1 });
      } catch {
        return undefined;
      }
      if (!Array.isArray(value) || value.length !== 1) return undefined;
      // A copy in plain, flat values: the parser builds strings from pieces, and 100,000 records of them would keep
      // several times the file's size alive.
      raw[key].push(JSON.parse(JSON.stringify(value[0])));
    }
  }
  // Lines are looked up only for problems: the item's text is parsed again then.
  const locate: Locate = (path) => {
    const [list, index, ...inner] = path;
    const item = (list === 'nodes' || list === 'relationships') && typeof index === 'number' ? items[list][index] : undefined;
    if (!item) return undefined;
    const lineCounter = new LineCounter();
    const line = locatorOf(parseYaml(text.slice(item.start, item.end), { lineCounter }), lineCounter)([0, ...inner]);
    return line === undefined ? item.line : item.line + line - 1;
  };
  const doc: Record<string, unknown> = {};
  for (const key of ['nodes', 'relationships'] as const) if (items[key].length > 0) doc[key] = raw[key];
  return parseDocument(doc, shown, locate);
}

/**
 * The document's size in characters with every alias expanded, measured on the parsed tree without expanding
 * anything (each node's size is worked out once, so a billion laughs costs a few thousand steps); counting stops
 * past `limit`. `crossing`: the offset of the value where the count crossed the limit.
 */
function expandedSize(doc: YamlDocument, limit: number): { size: number; crossing?: number } {
  const sizes = new Map<unknown, number>();
  let crossing: number | undefined;
  const size = (node: unknown): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // an alias back into its own anchor counts as unbounded
    let total = 1;
    if (isAlias(node)) {
      total = size(node.resolve(doc));
      if (total > limit && crossing === undefined) crossing = node.range?.[0];
    } else if (isScalar(node)) total = String(node.value).length + 1;
    else if (isPair(node)) total = size(node.key) + size(node.value);
    else if (isCollection(node)) {
      for (const item of node.items) {
        total += size(item);
        if (total > limit) {
          crossing ??= ((isPair(item) ? (item.value ?? item.key) : item) as YamlNode | null)?.range?.[0];
          break;
        }
      }
    }
    sizes.set(node, total);
    return total;
  };
  return { size: size(doc.contents), crossing };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < [0, 0x80, 0x800, 0x10000][n]! || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
};
