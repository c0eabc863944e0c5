import { isNodeKind, type NodeKind } from './kinds.js';
import { KIND_FIELDS, PARTIAL_DATE, type FieldSpec } from './fields.js';
import { connectionProblem, isRelationshipType, relationshipProperties } from './relationships.js';
import type { Problem } from './errors.js';
import { isValidDate, periodProblem, relationshipPeriodProblem, type ValidPeriod } from './valid-time.js';
import {
  CONFIDENCES,
  ID_PATTERN,
  relationshipKey,
  type AttributeValue,
  type Confidence,
  type FieldValue,
  type NodeRecord,
  type RelationshipRecord,
  type SourceRef,
} from './records.js';

/** Path of a value inside a parsed file, e.g. ['nodes', 3, 'sources', 0, 'url']. */
export type Path = readonly (string | number)[];
/** Maps a path to its line in the file, where the parser knows it. */
export type Locate = (path: Path) => number | undefined;

export interface Located<T> {
  readonly record: T;
  readonly file: string;
  /** Where the record sits in its file; its line is looked up only when a problem is reported. */
  readonly path: Path;
  readonly locate: Locate;
}

const lineOf = (l: Located<unknown>): number | undefined => l.locate(l.path);
const where = (l: Located<unknown>): string => {
  const line = lineOf(l);
  return `${l.file}${line ? `:${line}` : ''}`;
};

export interface ParsedFile {
  readonly nodes: Located<NodeRecord>[];
  readonly relationships: Located<RelationshipRecord>[];
  readonly problems: Problem[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

const NODE_BASE_KEYS = ['id', 'kind', 'name', 'aliases', 'description', 'validFrom', 'validTo', 'sources', 'confidence', 'note', 'attributes'];
const REL_KEYS = ['from', 'type', 'to', 'validFrom', 'validTo', 'sources', 'confidence', 'note', 'properties'];
const SOURCE_KEYS = ['url', 'title', 'published', 'retrieved'];

/** Collects problems for one file; every check reports and carries on. */
class Checker {
  readonly problems: Problem[] = [];
  constructor(
    private readonly file: string,
    private readonly locate: Locate,
  ) {}

  report(path: Path, entity: string, field: string, message: string): void {
    this.problems.push({ file: this.file, line: this.locate(path), entity, field, message });
  }

  text(obj: Obj, key: string, path: Path, entity: string, required: boolean): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) this.report(path, entity, key, 'is required');
      return undefined;
    }
    if (!isText(v)) {
      this.report([...path, key], entity, key, 'must be a non-empty string');
      return undefined;
    }
    return v.trim();
  }

  /** A list of non-empty strings (trimmed); every item that is not one is reported on its own, with its index. */
  texts(obj: Obj, key: string, path: Path, entity: string): string[] | undefined {
    const v = obj[key] ?? [];
    if (!Array.isArray(v)) {
      this.report([...path, key], entity, key, `must be a list of non-empty strings, got ${JSON.stringify(v)}`);
      return undefined;
    }
    const bad = v.flatMap((item, i) => (isText(item) ? [] : [i]));
    for (const i of bad) {
      this.report([...path, key, i], entity, `${key}[${i}]`, `must be a non-empty string, got ${JSON.stringify(v[i]) ?? String(v[i])}`);
    }
    return bad.length === 0 ? (v as string[]).map((a) => a.trim()) : undefined;
  }

  unknownKeys(obj: Obj, allowed: readonly string[], path: Path, entity: string, what: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.report([...path, key], entity, key, `is not a field of ${what}`);
    }
  }

  sources(obj: Obj, path: Path, entity: string): SourceRef[] {
    const raw = obj.sources;
    if (!Array.isArray(raw) || raw.length === 0) {
      this.report([...path, 'sources'], entity, 'sources', 'at least one source {url, title?, published?, retrieved?} is required');
      return [];
    }
    const out: SourceRef[] = [];
    raw.forEach((s, i) => {
      const at: Path = [...path, 'sources', i];
      const field = `sources[${i}]`;
      if (!isObj(s)) return this.report(at, entity, field, 'must be an object with a url');
      this.unknownKeys(s, SOURCE_KEYS, at, entity, 'a source');
      const url = this.text(s, 'url', at, entity, true);
      // An IRI as well (RDF exports cite it): no spaces, quotes or angle brackets, nothing RFC 3987 excludes.
      if (url !== undefined && !/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(url)) {
        this.report([...at, 'url'], entity, `${field}.url`, `'${url}' is not an http(s) URL`);
      }
      const title = this.text(s, 'title', at, entity, false);
      const published = this.date(s, 'published', at, entity, `${field}.published`);
      const retrieved = this.date(s, 'retrieved', at, entity, `${field}.retrieved`);
      if (url !== undefined) out.push({ url, ...opt({ title, published, retrieved }) });
    });
    return out;
  }

  date(obj: Obj, key: string, path: Path, entity: string, field: string = key): string | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    if (typeof s !== 'string' || !PARTIAL_DATE.test(s)) {
      this.report([...path, key], entity, field, `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(v)}`);
      return undefined;
    }
    return s;
  }

  /** validFrom / validTo (see valid-time.ts): calendar dates, from before to. */
  period(obj: Obj, path: Path, entity: string): ValidPeriod {
    const out: { validFrom?: string; validTo?: string } = {};
    for (const key of ['validFrom', 'validTo'] as const) {
      const v = obj[key];
      if (v === undefined || v === null) continue;
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
      if (typeof s !== 'string' || !isValidDate(s)) {
        this.report([...path, key], entity, key, `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(v)}`);
      } else out[key] = s;
    }
    const wrong = periodProblem(out);
    if (wrong) {
      this.report([...path, 'validTo'], entity, 'validTo', wrong);
      return {};
    }
    return out;
  }

  confidence(obj: Obj, path: Path, entity: string): Confidence {
    const v = obj.confidence ?? 'stated';
    if (!(CONFIDENCES as readonly unknown[]).includes(v)) {
      this.report([...path, 'confidence'], entity, 'confidence', `must be one of ${CONFIDENCES.join(', ')}`);
      return 'stated';
    }
    return v as Confidence;
  }

  field(spec: FieldSpec, value: unknown, path: Path, entity: string): FieldValue | undefined {
    const bad = (expected: string) => {
      this.report(path, entity, spec.name, `must be ${expected}, got ${JSON.stringify(value)}`);
      return undefined;
    };
    switch (spec.type) {
      case 'string':
        if (!isText(value)) return bad('a non-empty string');
        return !spec.pattern || spec.pattern.regex.test(value.trim()) ? value.trim() : bad(spec.pattern.expected);
      case 'enum':
        return typeof value === 'string' && spec.values?.includes(value) ? value : bad(`one of ${spec.values?.join(', ')}`);
      case 'money':
        return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : bad('a non-negative number of euros');
      case 'integer':
        return Number.isSafeInteger(value) ? (value as number) : bad('an integer');
      case 'date': {
        const s = value instanceof Date ? value.toISOString().slice(0, 10) : value;
        return typeof s === 'string' && PARTIAL_DATE.test(s) ? s : bad('a date YYYY, YYYY-MM or YYYY-MM-DD');
      }
    }
  }
}

/** Drops undefined values so records compare and serialise cleanly. */
function opt<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function attributes(c: Checker, obj: Obj, path: Path, entity: string): Record<string, AttributeValue> {
  const raw = obj.attributes;
  if (raw === undefined) return {};
  if (!isObj(raw)) {
    c.report([...path, 'attributes'], entity, 'attributes', 'must be a map of name to value');
    return {};
  }
  const out: Record<string, AttributeValue> = {};
  for (const [k, v] of Object.entries(raw)) {
    const ok =
      ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (ok) out[k] = v as AttributeValue;
    else c.report([...path, 'attributes', k], entity, `attributes.${k}`, 'must be a string, number, boolean or list of strings');
  }
  return out;
}

function parseNode(c: Checker, raw: unknown, index: number): NodeRecord | undefined {
  const path: Path = ['nodes', index];
  const fallback = `node #${index + 1}`;
  if (!isObj(raw)) {
    c.report(path, fallback, '(node)', 'must be a map of fields');
    return undefined;
  }
  const id = c.text(raw, 'id', path, fallback, true);
  const entity = id ? `node ${id}` : fallback;
  if (id !== undefined && !ID_PATTERN.test(id)) {
    c.report([...path, 'id'], entity, 'id', `'${id}' is not a slug (${ID_PATTERN.source})`);
  }
  const kind = raw.kind;
  if (!isNodeKind(kind)) c.report([...path, 'kind'], entity, 'kind', `unknown kind ${JSON.stringify(kind)}`);
  const name = c.text(raw, 'name', path, entity, true);
  const description = c.text(raw, 'description', path, entity, true);
  const period = c.period(raw, path, entity);
  const aliases = c.texts(raw, 'aliases', path, entity);
  const sources = c.sources(raw, path, entity);
  const confidence = c.confidence(raw, path, entity);
  const note = c.text(raw, 'note', path, entity, false);
  const attrs = attributes(c, raw, path, entity);
  if (!isNodeKind(kind)) return undefined;

  const specs = KIND_FIELDS[kind];
  c.unknownKeys(raw, [...NODE_BASE_KEYS, ...specs.map((s) => s.name)], path, entity, `kind ${kind}`);
  const fields: Record<string, FieldValue> = {};
  for (const spec of specs) {
    if (raw[spec.name] === undefined || raw[spec.name] === null) continue;
    const v = c.field(spec, raw[spec.name], [...path, spec.name], entity);
    if (v !== undefined) fields[spec.name] = v;
  }
  if (id === undefined || name === undefined || description === undefined || aliases === undefined) return undefined;
  return {
    id,
    kind,
    name,
    aliases,
    description,
    ...period,
    sources,
    confidence,
    ...opt({ note }),
    attributes: attrs,
    fields,
  };
}

function parseRelationship(c: Checker, raw: unknown, index: number): RelationshipRecord | undefined {
  const path: Path = ['relationships', index];
  const fallback = `relationship #${index + 1}`;
  if (!isObj(raw)) {
    c.report(path, fallback, '(relationship)', 'must be a map with from, type, to and sources');
    return undefined;
  }
  const from = c.text(raw, 'from', path, fallback, true);
  const to = c.text(raw, 'to', path, fallback, true);
  const type = raw.type;
  const entity = `relationship ${from ?? '?'} -[${String(type)}]-> ${to ?? '?'}`;
  for (const [key, id] of [['from', from], ['to', to]] as const) {
    if (id !== undefined && !ID_PATTERN.test(id)) c.report([...path, key], entity, key, `'${id}' is not a valid id`);
  }
  if (!isRelationshipType(type)) c.report([...path, 'type'], entity, 'type', `unknown relationship type ${JSON.stringify(type)}`);
  c.unknownKeys(raw, REL_KEYS, path, entity, 'a relationship');
  const period = c.period(raw, path, entity);
  const sources = c.sources(raw, path, entity);
  const confidence = c.confidence(raw, path, entity);
  const note = c.text(raw, 'note', path, entity, false);
  const properties: Record<string, FieldValue> = {};
  const rawProps = raw.properties ?? {};
  if (!isObj(rawProps)) {
    c.report([...path, 'properties'], entity, 'properties', 'must be a map of name to value');
  } else if (isRelationshipType(type)) {
    const specs = relationshipProperties(type);
    for (const [k, v] of Object.entries(rawProps)) {
      const spec = specs.find((s) => s.name === k);
      if (!spec) {
        c.report([...path, 'properties', k], entity, `properties.${k}`, `is not a property of ${type} (allowed: ${specs.map((s) => s.name).join(', ')})`);
        continue;
      }
      const value = c.field(spec, v, [...path, 'properties', k], entity);
      if (value !== undefined) properties[k] = value;
    }
  }
  if (from === undefined || to === undefined || !isRelationshipType(type)) return undefined;
  return { from, type, to, ...period, sources, confidence, ...opt({ note }), properties };
}

/** Checks one parsed import document ({nodes, relationships}) on its own. */
export function parseDocument(raw: unknown, file: string, locate: Locate = () => undefined): ParsedFile {
  const c = new Checker(file, locate);
  const nodes: Located<NodeRecord>[] = [];
  const relationships: Located<RelationshipRecord>[] = [];
  if (!isObj(raw)) {
    c.report([], 'document', '(root)', 'must be a map with nodes and/or relationships');
    return { nodes, relationships, problems: c.problems };
  }
  c.unknownKeys(raw, ['nodes', 'relationships'], [], 'document', 'an import document');
  for (const key of ['nodes', 'relationships'] as const) {
    if (raw[key] !== undefined && !Array.isArray(raw[key])) c.report([key], 'document', key, 'must be a list');
  }
  const rawNodes = Array.isArray(raw.nodes) ? raw.nodes : [];
  const rawRels = Array.isArray(raw.relationships) ? raw.relationships : [];
  rawNodes.forEach((n, i) => {
    const record = parseNode(c, n, i);
    if (record) nodes.push({ record, file, path: ['nodes', i], locate });
  });
  rawRels.forEach((r, i) => {
    const record = parseRelationship(c, r, i);
    if (record) relationships.push({ record, file, path: ['relationships', i], locate });
  });
  return { nodes, relationships, problems: c.problems };
}

/** What the database already holds for an id (its kind and valid period), if anything. */
export interface ExistingNode extends ValidPeriod {
  readonly kind: NodeKind;
}
export type Existing = (id: string) => ExistingNode | undefined;

/**
 * Checks the files of one import together: unique ids and relationships, endpoints that exist in the
 * files or the database, kinds that do not change, and the model's kind rules.
 */
export function checkGraph(
  files: readonly ParsedFile[],
  existing: Existing,
): Problem[] {
  const problems: Problem[] = [];
  const nodes = new Map<string, Located<NodeRecord>>();
  for (const n of files.flatMap((f) => f.nodes)) {
    const { id } = n.record;
    const first = nodes.get(id);
    if (first) {
      problems.push({ file: n.file, line: lineOf(n), entity: `node ${id}`, field: 'id', message: `duplicate id (first defined at ${where(first)})` });
      continue;
    }
    nodes.set(id, n);
    const before = existing(id)?.kind;
    if (before !== undefined && before !== n.record.kind) {
      problems.push({
        file: n.file,
        line: lineOf(n),
        entity: `node ${id}`,
        field: 'kind',
        message: `the database holds ${id} as ${before}; a node cannot change its kind`,
      });
    }
  }
  const nodeOf = (id: string): ExistingNode | undefined => nodes.get(id)?.record ?? existing(id);
  const seen = new Map<string, Located<RelationshipRecord>>();
  for (const r of files.flatMap((f) => f.relationships)) {
    const rel = r.record;
    const key = relationshipKey(rel);
    const at = { file: r.file, line: lineOf(r), entity: `relationship ${key}` };
    const first = seen.get(key);
    if (first) {
      problems.push({ ...at, field: 'type', message: `duplicate relationship (first at ${where(first)})` });
      continue;
    }
    seen.set(key, r);
    const fromNode = nodeOf(rel.from);
    const toNode = nodeOf(rel.to);
    const fromKind = fromNode?.kind;
    const toKind = toNode?.kind;
    if (!fromKind) problems.push({ ...at, field: 'from', message: `no node '${rel.from}' in the import or the database` });
    if (!toKind) problems.push({ ...at, field: 'to', message: `no node '${rel.to}' in the import or the database` });
    const refused = fromKind && toKind ? connectionProblem(rel, fromKind, toKind) : undefined;
    if (refused) problems.push({ ...at, ...refused });
    const ends = [
      ...(fromNode ? [{ id: rel.from, period: fromNode }] : []),
      ...(toNode ? [{ id: rel.to, period: toNode }] : []),
    ];
    const outside = relationshipPeriodProblem(rel, ends);
    if (outside) problems.push({ ...at, field: outside.field, message: outside.message });
  }
  return problems;
}
