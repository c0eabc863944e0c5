/**
 * How well the facts of the graph are evidenced: per fact (a node or a relationship) and per kind. Pure
 * functions over import records; the command line (`strategiegraph check`), docs/data-quality.md and the API's
 * Node.evidence all use these.
 */
import { NODE_KINDS, type NodeKind } from './kinds.js';
import type { Confidence, GraphDocument, SourceRef } from './records.js';

/** From weakest to strongest. */
export const EVIDENCE_STRENGTHS = ['contested', 'inferred', 'single-source', 'multiple-sources'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

export interface Evidence {
  /** contested: the sources disagree; inferred: our reading; else whether one source or several state it. */
  readonly strength: EvidenceStrength;
  readonly sourceCount: number;
  /** Distinct hosts among the sources (www. ignored): several pages of one publisher count once here. */
  readonly publisherCount: number;
  /** The newest `published` date among the sources (YYYY, YYYY-MM or YYYY-MM-DD), if any source has one. */
  readonly newestPublished?: string;
}

/** The latest day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) may stand for, as YYYY-MM-DD. */
export function latestDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return date;
  if (m !== undefined) return `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
}

const host = (url: string): string => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function evidenceOf(fact: { readonly sources: readonly SourceRef[]; readonly confidence: Confidence }): Evidence {
  const published = fact.sources.flatMap((s) => (s.published === undefined ? [] : [s.published]));
  const newest = published.sort((a, b) => (latestDay(a) < latestDay(b) ? 1 : latestDay(a) > latestDay(b) ? -1 : 0))[0];
  const sourceCount = new Set(fact.sources.map((s) => s.url)).size;
  const strength: EvidenceStrength =
    fact.confidence === 'contested' ? 'contested' : fact.confidence === 'inferred' ? 'inferred' : sourceCount > 1 ? 'multiple-sources' : 'single-source';
  return { strength, sourceCount, publisherCount: new Set(fact.sources.map((s) => host(s.url))).size, ...(newest === undefined ? {} : { newestPublished: newest }) };
}

/** The facts of one kind: its nodes and the relationships that start at them. */
export interface KindQuality {
  readonly kind: NodeKind;
  readonly nodes: number;
  readonly relationships: number;
  /** Of the facts (nodes + relationships): cited with exactly one source. */
  readonly singleSource: number;
  readonly inferred: number;
  /** Open conflicts: the sources disagree (confidence contested). */
  readonly contested: number;
  /** Whose newest published source date lies more than a year before `asOf`. */
  readonly olderThanAYear: number;
  /** Whose sources carry no published date at all. */
  readonly withoutPublished: number;
}

export interface OpenConflict {
  readonly entity: string;
  readonly note?: string;
}

export interface QualityReport {
  /** The day "older than a year" is measured from. */
  readonly asOf: string;
  readonly kinds: readonly KindQuality[];
  readonly total: Omit<KindQuality, 'kind'>;
  readonly conflicts: readonly OpenConflict[];
}

/** The newest `retrieved` date of any source: the day the graph's research was last brought up to date. */
export function newestRetrieved(doc: GraphDocument): string | undefined {
  const dates = [...doc.nodes, ...doc.relationships].flatMap((f) => f.sources.flatMap((s) => (s.retrieved === undefined ? [] : [latestDay(s.retrieved)])));
  return dates.sort().at(-1);
}

/** The day one year before `date` (YYYY-MM-DD); 29 February goes to 28 February. */
function oneYearBefore(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(y) - 1}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}

/** Per kind (kinds without nodes left out) and in total. `asOf` is a YYYY-MM-DD day. */
export function qualityReport(doc: GraphDocument, asOf: string): QualityReport {
  const cutoff = oneYearBefore(latestDay(asOf));
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  const empty = () => ({ nodes: 0, relationships: 0, singleSource: 0, inferred: 0, contested: 0, olderThanAYear: 0, withoutPublished: 0 });
  const counts = new Map<NodeKind, ReturnType<typeof empty>>(NODE_KINDS.map((k) => [k, empty()]));
  const total = empty();
  const conflicts: OpenConflict[] = [];
  const count = (kind: NodeKind | undefined, fact: { sources: readonly SourceRef[]; confidence: Confidence; note?: string }, what: 'nodes' | 'relationships', entity: string) => {
    const e = evidenceOf(fact);
    for (const c of [kind === undefined ? undefined : counts.get(kind), total]) {
      if (!c) continue;
      c[what] += 1;
      if (e.sourceCount === 1) c.singleSource += 1;
      if (fact.confidence === 'inferred') c.inferred += 1;
      if (fact.confidence === 'contested') c.contested += 1;
      if (e.newestPublished === undefined) c.withoutPublished += 1;
      else if (latestDay(e.newestPublished) < cutoff) c.olderThanAYear += 1;
    }
    if (fact.confidence === 'contested') conflicts.push({ entity, ...(fact.note === undefined ? {} : { note: fact.note }) });
  };
  for (const n of doc.nodes) count(n.kind, n, 'nodes', `node ${n.id}`);
  for (const r of doc.relationships) count(kindOf.get(r.from), r, 'relationships', `relationship ${r.from} -[${r.type}]-> ${r.to}`);
  return {
    asOf,
    kinds: NODE_KINDS.filter((k) => counts.get(k)!.nodes > 0).map((kind) => ({ kind, ...counts.get(kind)! })),
    total,
    conflicts,
  };
}
