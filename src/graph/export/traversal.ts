import { chainText, type Chain } from '../../client/paths.js';
import { DomainError, STREAMED_TRAVERSALS, checkDepth, isStreamedTraversal, isValidDate, type EvidenceLevel, type StreamedTraversal } from '../../domain/index.js';
import { newStats, type Executor, type QueryStats } from '../neo4j/executor.js';
import type { NodeView } from '../neo4j/mapping.js';
import { NodeRepository, TraversalRepository, resolveReference, type TraversalRow } from '../repositories/repositories.js';
import type { PathResult, StoredNode } from '../repositories/types.js';
import { CSV_DIALECTS, DEFAULT_CSV_DIALECT, csvHeader, csvLine, isCsvDialect, type CsvDialect } from './csv.js';

/**
 * A whole traversal (impact's affected nodes, projectsTouching's projects) as a stream of rows: NDJSON (one JSON object
 * a line) or CSV in one of the CSV dialects. Served by GET /traversals/<name> and written by `export --traversal`.
 */
export const TRAVERSAL_FORMATS = ['ndjson', 'csv'] as const;
export type TraversalFormat = (typeof TRAVERSAL_FORMATS)[number];
const isTraversalFormat = (v: unknown): v is TraversalFormat => (TRAVERSAL_FORMATS as readonly unknown[]).includes(v);
export const TRAVERSAL_MEDIA_TYPES: Readonly<Record<TraversalFormat, string>> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
/** The GraphQL enum Evidence's values. */
const EVIDENCE: Readonly<Record<string, EvidenceLevel>> = { ANY: 'any', STATED: 'stated' };

export interface TraversalExport {
  readonly traversal: StreamedTraversal;
  /** The node reference (impact's `of`, projectsTouching's `target`). */
  readonly ref: string;
  readonly maxDepth: number;
  readonly evidence: EvidenceLevel;
  readonly format: TraversalFormat;
  readonly csvDialect: CsvDialect;
  /** The valid date the traversal follows what holds at (asOf; undefined: today, as the GraphQL fields). */
  readonly validAt?: string;
}

/** The arguments as text (query parameters, CLI options), by their GraphQL names. */
export interface TraversalArguments {
  readonly ref?: string;
  readonly maxDepth?: string;
  readonly evidence?: string;
  readonly format?: string;
  readonly csvDialect?: string;
  /** A valid date YYYY-MM-DD. */
  readonly asOf?: string;
}

/**
 * A traversal export from its arguments, checked as GraphQL checks its field's (maxDepth 1..6 with the field's
 * default, evidence ANY or STATED) before anything runs; a bad one is BAD_USER_INPUT naming the argument.
 */
export function traversalExport(traversal: string, args: TraversalArguments): TraversalExport {
  if (!isStreamedTraversal(traversal)) {
    throw new DomainError('BAD_USER_INPUT', `There is no traversal '${traversal}'; one of ${Object.keys(STREAMED_TRAVERSALS).join(', ')} is streamed.`, { argument: 'traversal' });
  }
  const { argument, maxDepth: defaultDepth } = STREAMED_TRAVERSALS[traversal];
  if (args.ref === undefined) throw new DomainError('BAD_USER_INPUT', `${traversal} needs ${argument}: a node reference (its id, or its exact name or an alias).`, { argument });
  const depthText = args.maxDepth ?? String(defaultDepth);
  if (!/^-?\d{1,9}$/.test(depthText)) throw new DomainError('BAD_USER_INPUT', `maxDepth must be a whole number, got '${depthText}'`, { argument: 'maxDepth' });
  const evidence = EVIDENCE[args.evidence ?? 'ANY'];
  if (evidence === undefined) throw new DomainError('BAD_USER_INPUT', `evidence must be one of ${Object.keys(EVIDENCE).join(', ')}, got '${args.evidence}'`, { argument: 'evidence' });
  const format = args.format ?? 'ndjson';
  if (!isTraversalFormat(format)) throw new DomainError('BAD_USER_INPUT', `format must be one of ${TRAVERSAL_FORMATS.join(', ')}, got '${format}'`, { argument: 'format' });
  const csvDialect = args.csvDialect ?? DEFAULT_CSV_DIALECT;
  if (!isCsvDialect(csvDialect)) throw new DomainError('BAD_USER_INPUT', `csvDialect must be one of ${CSV_DIALECTS.join(', ')}`, { argument: 'csvDialect' });
  if (args.csvDialect !== undefined && format !== 'csv') throw new DomainError('BAD_USER_INPUT', 'csvDialect goes with format csv', { argument: 'csvDialect' });
  if (args.asOf !== undefined && !isValidDate(args.asOf)) throw new DomainError('BAD_USER_INPUT', `asOf must be a date YYYY-MM-DD, got '${args.asOf}'`, { argument: 'asOf' });
  return { traversal, ref: args.ref, maxDepth: checkDepth('maxDepth', Number(depthText)), evidence, format, csvDialect, ...(args.asOf === undefined ? {} : { validAt: args.asOf }) };
}

/** The statistics a traversal export's statements count into, reading at its valid date. */
const statsAt = (request: TraversalExport, stats: QueryStats = newStats()): QueryStats => {
  if (request.validAt !== undefined) stats.validAt = request.validAt;
  return stats;
};

/** The node the export is about, resolved as the GraphQL field resolves it (NOT_FOUND with candidates, BAD_USER_INPUT). */
export function resolveTraversalNode(executor: Executor, request: TraversalExport): Promise<StoredNode> {
  return resolveReference(new NodeRepository(executor, statsAt(request)), request.ref, STREAMED_TRAVERSALS[request.traversal].argument);
}

/** The download's file name, e.g. impact-elster.ndjson. */
export const traversalFileName = (request: TraversalExport, node: NodeView): string =>
  `${request.traversal}-${node.id.replace(/[^\w.-]+/g, '_')}.${request.format}`;

const nodeOf = (n: NodeView) => ({ id: n.id, kind: n.kind, name: n.name ?? '' });
/** A path in the API's shape and spelling (confidence STATED, INFERRED, CONTESTED). */
const apiPath = (p: PathResult) => ({
  hops: p.hops,
  confidence: p.confidence.toUpperCase(),
  nodes: p.nodes.map(nodeOf),
  relationships: p.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to, confidence: r.confidence.toUpperCase(), sources: r.sources, note: r.note ?? null, validFrom: r.validFrom, validTo: r.validTo })),
});

/**
 * A row as one NDJSON line: the fields of the GraphQL connection's node (impact.affected: node, hops;
 * projectsTouching: project, hops, path), the path for impact's rows too, and the row's evidence (STATED or INFERRED).
 */
export function ndjsonLine(traversal: StreamedTraversal, row: TraversalRow): string {
  const node = traversal === 'impact' ? { node: nodeOf(row.node) } : { project: nodeOf(row.node) };
  return `${JSON.stringify({ ...node, hops: row.hops, evidence: row.evidence.toUpperCase(), path: apiPath(row.path) })}\n`;
}

/** The CSV columns: codes as the CLI's --csv writes them (evidence and confidence in lower case), the path as one line. */
export const TRAVERSAL_CSV_HEADER = ['hops', 'id', 'kind', 'name', 'evidence', 'confidence', 'path'] as const;

export function csvRow(row: TraversalRow, dialect: CsvDialect): string {
  const path = apiPath(row.path);
  return csvLine([row.hops, row.node.id, row.node.kind, row.node.name ?? '', row.evidence, row.path.confidence, chainText(path as Chain)], dialect);
}

/** Rows per Bolt PULL: the most the server holds of a streamed traversal at a time, beyond what the socket buffers. */
export const TRAVERSAL_FETCH_SIZE = 500;

export interface TraversalStreamOptions {
  readonly stats?: QueryStats;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly fetchSize?: number;
}

/**
 * Streams the traversal of the resolved node `id` to `write` (whose promise, if it returns one, is awaited before the
 * next row: backpressure): the CSV header first, then one line per row as the executor streams them, nothing
 * collected. Resolves with the number of rows.
 */
export async function streamTraversal(
  executor: Executor,
  request: TraversalExport,
  id: string,
  write: (text: string) => unknown,
  options: TraversalStreamOptions = {},
): Promise<number> {
  const { fetchSize = TRAVERSAL_FETCH_SIZE, ...stream } = options;
  const stats = statsAt(request, options.stats);
  if (request.format === 'csv') await write(csvHeader(TRAVERSAL_CSV_HEADER, request.csvDialect));
  const line = request.format === 'csv' ? (row: TraversalRow) => csvRow(row, request.csvDialect) : (row: TraversalRow) => ndjsonLine(request.traversal, row);
  return new TraversalRepository(executor, new NodeRepository(executor, stats), stats).streamRows(request.traversal, id, request.maxDepth, request.evidence, (row) => write(line(row)), { ...stream, fetchSize });
}
