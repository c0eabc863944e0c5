import express, { type Request, type Response, type Router } from 'express';
import { zipSync, strToU8 } from 'fflate';
import { DomainError, isValidDate } from '../domain/index.js';
import { CSV_DIALECTS, EXPORT_FILE, EXPORT_FORMATS, downloadName, exportGraph, isCsvDialect, isExportFormat, type Executor, type ExportFile, type ExportFormat } from '../graph/index.js';
import { NodeRepository, newStats, resolveReference } from '../graph/index.js';
import { sendJsonError } from './errors.js';
import type { Logger } from './logger.js';

/** Sends an export's files as a download (CSV as a zip of one file per kind and relationship type). */
export function sendExport(res: Response, format: ExportFormat, files: readonly ExportFile[]): void {
  if (format === 'csv') {
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, typeof f.content === 'string' ? strToU8(f.content) : f.content])));
    res.attachment(downloadName(format)).type('application/zip').send(Buffer.from(zip));
    return;
  }
  const { name, mediaType } = EXPORT_FILE[format];
  const content = files[0]!.content;
  if (typeof content === 'string') res.attachment(name).type(`${mediaType}; charset=utf-8`).send(content);
  else res.attachment(name).type(mediaType).send(Buffer.from(content));
}

/**
 * Lets a request export, or rejects with the error to answer: UNAUTHENTICATED (no credentials where reading needs
 * them, or credentials that are not valid) or FORBIDDEN. The server wires it to read access, as GraphQL.
 */
export type Authorize = (req: Request) => Promise<unknown>;

/**
 * Runs `authorize` for a route outside GraphQL; when it refuses, answers the JSON error (with the Bearer challenge for
 * UNAUTHENTICATED) and says false.
 */
export async function authorized(authorize: Authorize, req: Request, res: Response, logger: Logger, what: string): Promise<boolean> {
  try {
    await authorize(req);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer realm="strategiegraph"');
    sendJsonError(res, error, logger, what);
    return false;
  }
}

const PARAMETERS = new Set(['format', 'csvDialect', 'node', 'depth', 'asOf']);

/** The query parameters, each at most once and a plain value; anything else is BAD_USER_INPUT. */
function exportParameters(req: Request): { format: string; csvDialect?: string; node?: string; depth?: string; asOf?: string } {
  const query = req.query as Record<string, unknown>;
  for (const [name, value] of Object.entries(query)) {
    if (!PARAMETERS.has(name)) {
      throw new DomainError('BAD_USER_INPUT', `Unknown query parameter '${name}'; /export takes format, csvDialect, node, depth and asOf.`, { argument: name });
    }
    if (typeof value !== 'string') throw new DomainError('BAD_USER_INPUT', `The query parameter '${name}' must be given once, as a plain value.`, { argument: name });
  }
  const { format = 'json', csvDialect, node, depth, asOf } = query as Record<string, string | undefined>;
  if (depth !== undefined && node === undefined) throw new DomainError('BAD_USER_INPUT', 'depth goes with node (the neighbourhood of a node).', { argument: 'depth' });
  if (depth !== undefined && !/^\d{1,3}$/.test(depth)) throw new DomainError('BAD_USER_INPUT', `depth must be a whole number, got '${depth}'.`, { argument: 'depth' });
  if (asOf !== undefined && !isValidDate(asOf)) throw new DomainError('BAD_USER_INPUT', `asOf must be a date YYYY-MM-DD, got '${asOf}'.`, { argument: 'asOf' });
  return { format, csvDialect, node, depth, asOf };
}

/**
 * GET /export?format=json|csv|xlsx|graphml|cypher|archimate|turtle|jsonld|ntriples[&csvDialect=excel-de|rfc4180]
 * [&node=<reference>&depth=N][&asOf=YYYY-MM-DD]: the whole graph, or the neighbourhood of a node, as a download (CSV
 * as a zip of one file per kind and relationship type); with asOf only what holds at that date (valid time; the node
 * reference resolves then), else every fact whatever its period. For everyone who may read the graph (`authorize`): an export holds nothing a
 * reader cannot query.
 */
export function exportRouter(executor: Executor, authorize: Authorize, logger: Logger, publicBaseUrl: string): Router {
  const router = express.Router();
  router.get('/export', async (req, res) => {
    if (!(await authorized(authorize, req, res, logger, 'export'))) return;
    try {
      const { format, csvDialect, node, depth: depthText, asOf } = exportParameters(req);
      if (!isExportFormat(format)) throw new DomainError('BAD_USER_INPUT', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
      if (csvDialect !== undefined && !isCsvDialect(csvDialect)) throw new DomainError('BAD_USER_INPUT', `csvDialect must be one of ${CSV_DIALECTS.join(', ')}`, { argument: 'csvDialect' });
      const depth = Number(depthText ?? 1);
      const at = { ...newStats(), validAt: asOf ?? null };
      const around = node === undefined ? undefined : { id: (await resolveReference(new NodeRepository(executor, at), node, 'node')).id, depth };
      const { files } = await exportGraph(executor, { format, around, publicBaseUrl, csvDialect, ...(asOf === undefined ? {} : { validAt: asOf }) });
      sendExport(res, format, files);
    } catch (error) {
      sendJsonError(res, error, logger, 'export');
    }
  });
  return router;
}
