import express, { type Request, type Response, type Router } from 'express';
import { zipSync, strToU8 } from 'fflate';
import { DomainError } from '../domain/index.js';
import { CSV_DIALECTS, EXPORT_FILE, EXPORT_FORMATS, downloadName, exportGraph, isCsvDialect, isExportFormat, type Executor, type ExportFile, type ExportFormat } from '../graph/index.js';
import { NodeRepository, resolveReference } from '../graph/repositories/index.js';
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

/** Lets a request export, or throws the error to answer (UNAUTHENTICATED, FORBIDDEN): the server wires it to read access. */
export type Authorize = (req: Request) => Promise<unknown>;

/**
 * GET /export?format=json|csv|xlsx|graphml|cypher|archimate|turtle|jsonld|ntriples[&csvDialect=excel-de|rfc4180]
 * [&node=<reference>&depth=N]: the whole graph, or the neighbourhood of a node, as a download (CSV as a zip of one
 * file per kind and relationship type). For everyone who may read the graph (`authorize`): an export holds nothing a
 * reader cannot query.
 */
export function exportRouter(executor: Executor, authorize: Authorize, logger: Logger, publicBaseUrl: string): Router {
  const router = express.Router();
  router.get('/export', async (req, res) => {
    try {
      await authorize(req);
      const format = req.query.format ?? 'json';
      if (!isExportFormat(format)) throw new DomainError('BAD_USER_INPUT', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
      const csvDialect = req.query.csvDialect;
      if (csvDialect !== undefined && !isCsvDialect(csvDialect)) throw new DomainError('BAD_USER_INPUT', `csvDialect must be one of ${CSV_DIALECTS.join(', ')}`);
      const node = typeof req.query.node === 'string' ? req.query.node : undefined;
      const depth = Number(req.query.depth ?? 1);
      const around = node === undefined ? undefined : { id: (await resolveReference(new NodeRepository(executor), node, 'node')).id, depth };
      const { files } = await exportGraph(executor, { format, around, publicBaseUrl, csvDialect });
      sendExport(res, format, files);
    } catch (error) {
      sendJsonError(res, error, logger, 'export');
    }
  });
  return router;
}
