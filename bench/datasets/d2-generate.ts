/**
 * D2: a seeded SYNTHETIC graph with the real model (labels, relationship types, stored properties), for
 * benchmarks only. Every node and relationship says it is synthetic (description, source URL on
 * example.org). Degrees are skewed: targets of most relationship types are drawn with u^p (p = 2..3), so a few
 * hubs (a "FITKO-like" institution, an "ELSTER-like" system, …) collect most links and the rest form a long
 * tail. Sizes follow `scale` (nodes); relationships are about 5 × scale.
 *
 * Output: CSV files for `neo4j-admin database import full` (one node file per kind, one relationship file),
 * with exactly the properties the project's importer writes (nodeToProps / relationshipToProps).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  INSTITUTION_TYPES,
  KIND_FIELDS,
  NODE_KINDS,
  PROJECT_STATUSES,
  allows,
  type NodeKind,
  type NodeRecord,
  type RelationshipRecord,
  type RelationshipType,
} from '../../src/domain/index.js';
import { nodeToProps, relationshipToProps } from '../../src/graph/neo4j/mapping.js';

export const SYNTHETIC_URL = 'https://example.org/synthetic-benchmark-data';
const NODE_SOURCES = [{ url: SYNTHETIC_URL, title: 'Synthetic benchmark data, not a real fact', retrieved: '2026-11-27' }];
const REL_SOURCES = [{ url: SYNTHETIC_URL }];

/** mulberry32: seeded, full 2^32 period, integer arithmetic only. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many nodes of each kind at a scale (total exactly `scale`; Service takes the remainder). */
export function kindCounts(scale: number): Record<NodeKind, number> {
  const f = (x: number, min: number) => Math.max(min, Math.round(scale * x));
  const strategies = f(1e-5, 1);
  const counts: Record<NodeKind, number> = {
    Strategy: strategies,
    Vision: strategies,
    Guideline: strategies * 5,
    FocusArea: f(1e-4, 5),
    TargetVision: f(2e-3, 10),
    Goal: f(7e-3, 17),
    Programme: f(1e-3, 5),
    Project: f(0.2, 20),
    Theme: f(2e-3, 8),
    Institution: f(0.1, 10),
    System: f(0.2, 20),
    Service: 0,
    Topic: f(0.01, 3),
    Meeting: f(1e-3, 2),
    Decision: f(0.01, 5),
    Person: f(0.03, 3),
    Law: f(0.005, 2),
    Policy: f(1e-3, 1),
    Standard: f(2e-3, 1),
  };
  const rest = Object.values(counts).reduce((a, b) => a + b, 0);
  counts.Service = Math.max(20, scale - rest);
  return counts;
}

const HUB_NOTE: Partial<Record<NodeKind, string>> = {
  Institution: 'FITKO-like',
  System: 'ELSTER-like',
  Service: 'Fahrzeugzulassung-like',
  Topic: 'Once-Only-like',
};

interface Rule {
  readonly type: RelationshipType;
  readonly from: NodeKind;
  readonly to: NodeKind;
  /** Relationships per node of `from` (fractional: expected value). */
  readonly perFrom: number;
  /** Skew exponent of the target draw (1 = uniform). */
  readonly skew: number;
  /** Skew of the source draw (1 = every source in turn). */
  readonly fromSkew?: number;
}

// The mix of relationship types, all allowed by the model (checked below). TAGGED fills up to 5 × scale.
const RULES: readonly Rule[] = [
  { type: 'HAS_VISION', from: 'Strategy', to: 'Vision', perFrom: 1, skew: 1 },
  { type: 'HAS_GUIDELINE', from: 'Strategy', to: 'Guideline', perFrom: 5, skew: 1 },
  { type: 'HAS_FOCUS_AREA', from: 'FocusArea', to: 'Strategy', perFrom: 1, skew: 1 }, // reversed below
  { type: 'HAS_TARGET_VISION', from: 'TargetVision', to: 'FocusArea', perFrom: 1, skew: 1 }, // reversed
  { type: 'HAS_PROGRAMME', from: 'Programme', to: 'FocusArea', perFrom: 1.1, skew: 1 }, // reversed
  { type: 'INCLUDES', from: 'Project', to: 'Programme', perFrom: 0.5, skew: 1.5 }, // reversed
  { type: 'CONTRIBUTES_TO', from: 'Project', to: 'TargetVision', perFrom: 1.5, skew: 1.5 },
  { type: 'CONTRIBUTES_TO', from: 'Programme', to: 'TargetVision', perFrom: 1, skew: 1 },
  { type: 'HAS_GOAL', from: 'Goal', to: 'TargetVision', perFrom: 1, skew: 1 }, // reversed
  { type: 'ADVANCES', from: 'System', to: 'Goal', perFrom: 0.05, skew: 3 },
  { type: 'HAS_THEME', from: 'Theme', to: 'Programme', perFrom: 1, skew: 1 }, // reversed
  { type: 'LED_BY', from: 'Project', to: 'Institution', perFrom: 1, skew: 3 },
  { type: 'LED_BY', from: 'Programme', to: 'Institution', perFrom: 1, skew: 3 },
  { type: 'PARTICIPATES_IN', from: 'Institution', to: 'Project', perFrom: 4, skew: 1, fromSkew: 2 },
  { type: 'FUNDED_BY', from: 'Project', to: 'Institution', perFrom: 0.5, skew: 3 },
  { type: 'OPERATED_BY', from: 'System', to: 'Institution', perFrom: 1, skew: 3 },
  { type: 'MEMBER_OF', from: 'Person', to: 'Institution', perFrom: 1, skew: 2 },
  { type: 'HELD', from: 'Meeting', to: 'Institution', perFrom: 1, skew: 4 }, // reversed
  { type: 'ADOPTED', from: 'Decision', to: 'Meeting', perFrom: 1, skew: 1 }, // reversed
  { type: 'APPROVES', from: 'Decision', to: 'Project', perFrom: 2, skew: 1 },
  { type: 'INTEGRATES', from: 'Project', to: 'System', perFrom: 4, skew: 3 },
  { type: 'DIGITALISES', from: 'Project', to: 'Service', perFrom: 3, skew: 3 },
  { type: 'SUPPORTS', from: 'System', to: 'Service', perFrom: 4, skew: 3 },
  { type: 'DEPENDS_ON', from: 'System', to: 'System', perFrom: 1, skew: 3 },
  { type: 'DEPENDS_ON', from: 'Project', to: 'Project', perFrom: 0.3, skew: 2 },
  { type: 'REPLACES', from: 'Project', to: 'System', perFrom: 0.05, skew: 1 },
];
/** Rules written child → parent above for an even draw, stored parent → child as the model says. */
const REVERSED = new Set<RelationshipType>(['HAS_FOCUS_AREA', 'HAS_TARGET_VISION', 'HAS_GOAL', 'HAS_PROGRAMME', 'INCLUDES', 'HAS_THEME', 'HELD', 'ADOPTED']);

export interface D2Summary {
  readonly scale: number;
  readonly seed: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly nodesByKind: Record<string, number>;
  readonly relationshipsByType: Record<string, number>;
  readonly files: { readonly nodes: Record<string, string>; readonly relationships: string };
  readonly bytes: number;
  readonly seconds: number;
}

const csvField = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Buffered writes to a file descriptor (synchronous; large blocks). */
class Out {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  line(s: string) {
    this.buffer.push(s);
    this.size += s.length + 1;
    if (this.size > 4_000_000) this.flush();
  }
  flush() {
    if (this.buffer.length === 0) return;
    const text = `${this.buffer.join('\n')}\n`;
    this.bytes += Buffer.byteLength(text);
    writeSync(this.fd, text);
    this.buffer = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

export const idOf = (kind: NodeKind, i: number) => `syn-${kind.toLowerCase()}-${i}`;

export function generateD2(outDir: string, scale: number, seed = 42): D2Summary {
  const started = performance.now();
  mkdirSync(outDir, { recursive: true });
  for (const r of RULES) {
    const [from, to] = REVERSED.has(r.type) ? [r.to, r.from] : [r.from, r.to];
    if (!allows(r.type, from, to)) throw new Error(`D2 rule ${from} -[${r.type}]-> ${to} is not allowed by the model`);
  }
  const rnd = prng(seed);
  const counts = kindCounts(scale);
  const files: Record<string, string> = {};
  let bytes = 0;

  // Nodes: one CSV per kind (kinds have different fields).
  for (const kind of NODE_KINDS) {
    const fields = KIND_FIELDS[kind];
    const path = join(outDir, `nodes-${kind}.csv`);
    files[kind] = path;
    const out = new Out(path);
    const typed = (name: string, type: string) => (type === 'money' ? `${name}:double` : type === 'integer' ? `${name}:long` : name);
    out.line(
      [
        'id:ID',
        ':LABEL',
        'kind',
        'name',
        'sortName',
        'aliases:string[]',
        'aliasesText',
        'namesText',
        'description',
        'sourcesJson',
        'confidence',
        'attributesJson',
        'contentHash',
        'version:long',
        ...fields.map((f) => typed(f.name, f.type)),
      ].join(','),
    );
    for (let i = 0; i < counts[kind]; i++) {
      const hub = i === 0 && HUB_NOTE[kind] ? ` (hub, ${HUB_NOTE[kind]})` : '';
      const values: Record<string, string | number> = {};
      if (kind === 'Project' || kind === 'Programme') {
        if (rnd() < 0.7) values.status = PROJECT_STATUSES[Math.floor(rnd() * PROJECT_STATUSES.length)]!;
        if (rnd() < 0.3) values.budgetEur = Math.round(rnd() * 50_000) * 1000;
        if (rnd() < 0.5) values.startDate = `${2019 + Math.floor(rnd() * 7)}`;
      }
      if (kind === 'Institution') values.type = INSTITUTION_TYPES[Math.floor(rnd() * INSTITUTION_TYPES.length)]!;
      if (kind === 'Meeting') values.number = i + 1;
      if (kind === 'Decision') values.number = `${2020 + (i % 6)}/${String(i).padStart(5, '0')}`;
      const record: NodeRecord = {
        id: idOf(kind, i),
        kind,
        name: `Synthetic ${kind} ${i}${hub}`,
        aliases: [],
        description: `Synthetic benchmark node, not a real fact (D2, seed ${seed}, scale ${scale}).`,
        sources: NODE_SOURCES,
        confidence: 'stated',
        attributes: {},
        fields: values,
      };
      const p = nodeToProps(record);
      out.line(
        [
          p.id,
          `Node;${kind}`,
          p.kind,
          p.name,
          p.sortName,
          p.aliases,
          p.aliasesText,
          p.namesText,
          p.description,
          p.sourcesJson,
          p.confidence,
          p.attributesJson,
          p.contentHash,
          1,
          ...fields.map((f) => values[f.name]),
        ]
          .map(csvField)
          .join(','),
      );
    }
    out.close();
    bytes += out.bytes;
  }

  // Relationships: one file, at most one of a type per ordered pair (as the importer's MERGE keeps it).
  const relPath = join(outDir, 'relationships.csv');
  const out = new Out(relPath);
  out.line(':START_ID,:END_ID,:TYPE,sourcesJson,confidence,contentHash,amountEur:double');
  const seen = new Set<number>();
  const typeIndex = new Map<string, number>();
  const globalIndex = new Map<NodeKind, number>();
  let offset = 0;
  for (const kind of NODE_KINDS) {
    globalIndex.set(kind, offset);
    offset += counts[kind];
  }
  const byType: Record<string, number> = {};
  let total = 0;
  const emit = (type: RelationshipType, fromKind: NodeKind, fromI: number, toKind: NodeKind, toI: number): boolean => {
    const a = globalIndex.get(fromKind)! + fromI;
    const b = globalIndex.get(toKind)! + toI;
    if (a === b) return false;
    let t = typeIndex.get(type);
    if (t === undefined) typeIndex.set(type, (t = typeIndex.size));
    const key = (t * 2 ** 24 + a) * 2 ** 24 + b;
    if (seen.has(key)) return false;
    seen.add(key);
    const properties: Record<string, number> = type === 'FUNDED_BY' && rnd() < 0.5 ? { amountEur: Math.round(rnd() * 10_000) * 1000 } : {};
    const record: RelationshipRecord = {
      from: idOf(fromKind, fromI),
      type,
      to: idOf(toKind, toI),
      sources: REL_SOURCES,
      confidence: 'stated',
      properties,
    };
    const p = relationshipToProps(record);
    out.line([record.from, record.to, type, p.sourcesJson, p.confidence, p.contentHash, properties.amountEur].map(csvField).join(','));
    byType[type] = (byType[type] ?? 0) + 1;
    total += 1;
    return true;
  };
  const draw = (n: number, skew: number) => Math.min(n - 1, Math.floor(n * rnd() ** skew));

  for (const r of RULES) {
    const nFrom = counts[r.from];
    const nTo = counts[r.to];
    const wanted = Math.round(nFrom * r.perFrom);
    for (let k = 0; k < wanted; k++) {
      // Sources in turn (every node gets its share) unless the rule skews them too.
      const fromI = r.fromSkew ? draw(nFrom, r.fromSkew) : k % nFrom;
      for (let attempt = 0; attempt < 5; attempt++) {
        const toI = draw(nTo, r.skew);
        const ok = REVERSED.has(r.type) ? emit(r.type, r.to, toI, r.from, fromI) : emit(r.type, r.from, fromI, r.to, toI);
        if (ok) break;
      }
    }
  }
  // TAGGED (any kind → Topic) fills up to 5 relationships per node.
  const kindsBySize = NODE_KINDS.filter((k) => k !== 'Topic');
  const taggable = kindsBySize.reduce((a, k) => a + counts[k], 0);
  const target = 5 * scale;
  let guard = 0;
  while (total < target && guard++ < target * 3) {
    let pick = Math.floor(rnd() * taggable);
    let kind: NodeKind = kindsBySize[0]!;
    for (const k of kindsBySize) {
      if (pick < counts[k]) {
        kind = k;
        break;
      }
      pick -= counts[k];
    }
    emit('TAGGED', kind, pick, 'Topic', draw(counts.Topic, 2));
  }
  out.close();
  bytes += out.bytes;
  return {
    scale,
    seed,
    nodes: Object.values(counts).reduce((a, b) => a + b, 0),
    relationships: total,
    nodesByKind: counts,
    relationshipsByType: byType,
    files: { nodes: files, relationships: relPath },
    bytes,
    seconds: (performance.now() - started) / 1000,
  };
}
