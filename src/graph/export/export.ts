import { checkDepth, type GraphDocument } from '../../domain/index.js';
import type { Executor } from '../neo4j/executor.js';
import { ExportRepository } from '../repositories/export.repository.js';
import { schemaStatements } from '../neo4j/schema-setup.js';
import { toArchimate } from './archimate.js';
import { DEFAULT_CSV_DIALECT, toCsv, type CsvDialect } from './csv.js';
import { toCypher } from './cypher.js';
import type { ExportFile } from './files.js';
import { toGraphml } from './graphml.js';
import { toJson } from './json.js';
import { RDF_SERIALISATIONS, Terms, toQuads } from './rdf.js';
import { exportTables } from './tables.js';
import { toXlsx } from './xlsx.js';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'graphml', 'cypher', 'archimate', 'turtle', 'jsonld', 'ntriples'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (v: unknown): v is ExportFormat => (EXPORT_FORMATS as readonly unknown[]).includes(v);

/** File names and media types of the single-file formats (CSV is one file per kind and type; XLSX one sheet each). */
export const EXPORT_FILE: Readonly<Record<Exclude<ExportFormat, 'csv'>, { name: string; mediaType: string }>> = {
  json: { name: 'strategiegraph.json', mediaType: 'application/json' },
  xlsx: { name: 'strategiegraph.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  graphml: { name: 'strategiegraph.graphml', mediaType: 'application/graphml+xml' },
  cypher: { name: 'strategiegraph.cypher', mediaType: 'text/plain' },
  archimate: { name: 'strategiegraph.archimate.xml', mediaType: 'application/xml' },
  turtle: { name: 'strategiegraph.ttl', mediaType: RDF_SERIALISATIONS.turtle.mediaType },
  jsonld: { name: 'strategiegraph.jsonld', mediaType: RDF_SERIALISATIONS.jsonld.mediaType },
  ntriples: { name: 'strategiegraph.nt', mediaType: RDF_SERIALISATIONS.ntriples.mediaType },
};

/** The name of an export as one download: its file, or for CSV a zip of its files. */
export const downloadName = (format: ExportFormat): string => (format === 'csv' ? 'strategiegraph-csv.zip' : EXPORT_FILE[format].name);

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Only the neighbourhood of this node (an id: resolve references first). */
  readonly around?: { readonly id: string; readonly depth: number };
  /** Where the graph is published (PUBLIC_BASE_URL): the RDF formats make their IRIs from it. */
  readonly publicBaseUrl?: string;
  /** The CSV format's dialect (default excel-de). */
  readonly csvDialect?: CsvDialect;
  /** Only what holds at this valid date (YYYY-MM-DD); default: every fact, whatever its period. */
  readonly validAt?: string;
  /** Hears each step as it begins (the CLI says it in its language). */
  readonly progress?: (step: ExportStep) => void;
}

/** The steps of an export: finding a neighbourhood, reading (every node, or `nodes` of them), writing. */
export type ExportStep =
  | { readonly step: 'around'; readonly id: string; readonly depth: number }
  | { readonly step: 'reading'; readonly nodes: number | null }
  | { readonly step: 'writing'; readonly nodes: number; readonly relationships: number; readonly format: ExportFormat };

export interface ExportResult {
  readonly files: readonly ExportFile[];
  readonly nodes: number;
  readonly relationships: number;
}

/** What a format needs besides the document. */
export interface RenderContext {
  readonly executor: Executor;
  /** The RDF formats' IRIs (see Terms); required for them. */
  readonly terms?: Terms;
  /** The document is the whole graph (not a neighbourhood). */
  readonly whole: boolean;
  readonly csvDialect?: CsvDialect;
}

/** A graph document in one of the export formats. */
export async function renderExport(format: ExportFormat, doc: GraphDocument, context: RenderContext): Promise<ExportFile[]> {
  if (format === 'csv') return toCsv(exportTables(doc), context.csvDialect ?? DEFAULT_CSV_DIALECT);
  const content = format === 'xlsx' ? await toXlsx(exportTables(doc)) : renderFile(format, doc, context);
  return [{ name: EXPORT_FILE[format].name, content }];
}

function renderFile(format: Exclude<ExportFormat, 'csv' | 'xlsx'>, doc: GraphDocument, context: RenderContext): string {
  switch (format) {
    case 'json':
      return toJson(doc);
    case 'graphml':
      return toGraphml(doc);
    case 'cypher':
      return toCypher(doc, schemaStatements(context.executor.catalog));
    case 'archimate':
      return toArchimate(doc);
    case 'turtle':
    case 'jsonld':
    case 'ntriples':
      if (!context.terms) throw new Error(`the ${format} export needs the public base URL its IRIs are made from`);
      return RDF_SERIALISATIONS[format].write(context.terms, toQuads(context.terms, { doc, whole: context.whole }));
  }
}

/** The whole graph, or the neighbourhood of one node, in one of the export formats. */
export async function exportGraph(executor: Executor, request: ExportRequest): Promise<ExportResult> {
  const repo = new ExportRepository(executor);
  let ids: string[] | null = null;
  if (request.around) {
    const depth = checkDepth('depth', request.around.depth);
    request.progress?.({ step: 'around', id: request.around.id, depth });
    ids = await repo.neighbourhood(request.around.id, depth, request.validAt ?? null);
  }
  request.progress?.({ step: 'reading', nodes: ids === null ? null : ids.length });
  const doc = await repo.document(ids, request.validAt ?? null);
  request.progress?.({ step: 'writing', nodes: doc.nodes.length, relationships: doc.relationships.length, format: request.format });
  const terms = request.publicBaseUrl === undefined ? undefined : new Terms(request.publicBaseUrl);
  const files = await renderExport(request.format, doc, { executor, terms, whole: ids === null, csvDialect: request.csvDialect });
  return { files, nodes: doc.nodes.length, relationships: doc.relationships.length };
}
