import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import { LineCounter, parseDocument as parseYaml, isMap, isSeq, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import { parseDocument, type Locate, type ParsedFile } from '../../domain/index.js';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Files named directly, and every .yaml/.yml/.json below named folders, in a stable order. */
export function expandPaths(paths: readonly string[]): string[] {
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

/** Parses one YAML or JSON file and checks every record; problems name the line where it can be known. */
export function readImportFile(file: string, displayRoot = process.cwd()): ParsedFile {
  const rel = relative(displayRoot, file);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { nodes: [], relationships: [], problems: [{ file: shown, entity: 'file', field: '(file)', message: (error as Error).message }] };
  }
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
      let located: Locate | undefined;
      const lazily: Locate = (path) => (located ??= locator(text))(path);
      const fast = parseDocument(raw, shown, lazily);
      if (fast.problems.length === 0) return fast;
    }
  }
  return withLines(text, shown);
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
        field: '(syntax)',
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  const locate = locatorOf(doc, lineCounter);
  return parseDocument(doc.toJS({ maxAliasCount: 1000 }), shown, locate);
}
