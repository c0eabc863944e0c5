import { checkDepth, type GraphDocument } from '../../domain/index.js';
import type { Executor } from '../executor.js';
import { ExportRepository } from '../repositories/export.repository.js';
import { schemaStatements } from '../schema-setup.js';
import { toArchimate } from './archimate.js';
import { toCsv } from './csv.js';
import { toCypher } from './cypher.js';
import type { ExportFile } from './files.js';
import { toGraphml } from './graphml.js';
import { toJson } from './json.js';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'cypher', 'archimate'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (v: unknown): v is ExportFormat => (EXPORT_FORMATS as readonly unknown[]).includes(v);

/** File names and media types of the single-file formats (CSV is one file per kind and type). */
export const EXPORT_FILE: Readonly<Record<Exclude<ExportFormat, 'csv'>, { name: string; mediaType: string }>> = {
  json: { name: 'strategiegraph.json', mediaType: 'application/json' },
  graphml: { name: 'strategiegraph.graphml', mediaType: 'application/graphml+xml' },
  cypher: { name: 'strategiegraph.cypher', mediaType: 'text/plain' },
  archimate: { name: 'strategiegraph.archimate.xml', mediaType: 'application/xml' },
};

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Only the neighbourhood of this node (an id: resolve references first). */
  readonly around?: { readonly id: string; readonly depth: number };
  readonly progress?: (message: string) => void;
}

export interface ExportResult {
  readonly files: readonly ExportFile[];
  readonly nodes: number;
  readonly relationships: number;
}

function render(format: ExportFormat, doc: GraphDocument, executor: Executor): ExportFile[] {
  switch (format) {
    case 'csv':
      return toCsv(doc);
    case 'json':
      return [{ name: EXPORT_FILE.json.name, content: toJson(doc) }];
    case 'graphml':
      return [{ name: EXPORT_FILE.graphml.name, content: toGraphml(doc) }];
    case 'cypher':
      return [{ name: EXPORT_FILE.cypher.name, content: toCypher(doc, schemaStatements(executor.catalog)) }];
    case 'archimate':
      return [{ name: EXPORT_FILE.archimate.name, content: toArchimate(doc) }];
  }
}

/** The whole graph, or the neighbourhood of one node, in one of the export formats. */
export async function exportGraph(executor: Executor, request: ExportRequest): Promise<ExportResult> {
  const repo = new ExportRepository(executor);
  let ids: string[] | null = null;
  if (request.around) {
    const depth = checkDepth('depth', request.around.depth);
    request.progress?.(`finding the nodes within ${depth} hop(s) of ${request.around.id}`);
    ids = await repo.neighbourhood(request.around.id, depth);
  }
  request.progress?.(`reading ${ids === null ? 'the whole graph' : `${ids.length} nodes and the relationships among them`}`);
  const doc = await repo.document(ids);
  request.progress?.(`writing ${doc.nodes.length} nodes and ${doc.relationships.length} relationships as ${request.format}`);
  return { files: render(request.format, doc, executor), nodes: doc.nodes.length, relationships: doc.relationships.length };
}
