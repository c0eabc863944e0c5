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

/** Parses with the YAML parser, which knows the line of every value. */
function withLines(text: string, shown: string): ParsedFile {
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
  const limit = ALIAS_EXPANSION.factor * text.length + ALIAS_EXPANSION.slackChars;
  const bomb = aliasExpansion(doc, limit);
  if (bomb) {
    return fileProblem(
      shown,
      '(aliases)',
      `its aliases expand to more than ${limit.toLocaleString('en')} characters (at most ${ALIAS_EXPANSION.factor} × the file + ${ALIAS_EXPANSION.slackChars.toLocaleString('en')}); ` +
        'write the values out or share fewer of them',
      bomb.line === undefined ? undefined : lineCounter.linePos(bomb.line).line,
    );
  }
  const locate = locatorOf(doc, lineCounter);
  try {
    return parseDocument(doc.toJS({ maxAliasCount: -1 }), shown, locate);
  } catch (error) {
    // An alias to an anchor that contains it (a cycle).
    return fileProblem(shown, '(aliases)', (error as Error).message);
  }
}

/**
 * Whether the document, with every alias expanded, would exceed `limit` characters; measured on the parsed tree
 * without expanding anything (each node's size is worked out once, so a billion laughs costs a few thousand steps).
 * Returns the offset of the alias that crosses the limit.
 */
function aliasExpansion(doc: YamlDocument, limit: number): { line: number | undefined } | undefined {
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
  return size(doc.contents) > limit ? { line: crossing } : undefined;
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
