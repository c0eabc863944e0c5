import express, { type Request, type Response, type Router } from 'express';
import { zipSync, strToU8 } from 'fflate';
import { DomainError } from '../domain/index.js';
import { EXPORT_FILE, EXPORT_FORMATS, downloadName, exportGraph, isExportFormat, type Executor, type ExportFile, type ExportFormat } from '../graph/index.js';
import { NodeRepository, resolveReference } from '../graph/repositories/index.js';
import { sendJsonError } from './errors.js';
import type { Logger } from './logger.js';

/** Sends an export's files as a download (CSV as a zip of one file per kind and relationship type). */
export function sendExport(res: Response, format: ExportFormat, files: readonly ExportFile[]): void {
  if (format === 'csv') {
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])));
    res.attachment(downloadName(format)).type('application/zip').send(Buffer.from(zip));
    return;
  }
  res.attachment(EXPORT_FILE[format].name).type(`${EXPORT_FILE[format].mediaType}; charset=utf-8`).send(files[0]!.content);
}

/** Decides whether a request may export (the server wires it to the admin role). */
export type Authorize = (req: Request) => boolean | Promise<boolean>;

/**
 * GET /export?format=json|csv|graphml|cypher|archimate|turtle|jsonld|ntriples[&node=<reference>&depth=N]: the whole graph, or the
 * neighbourhood of a node, as a download (CSV as a zip of one file per kind and relationship type).
 * Only for requests `authorize` accepts.
 */
export function exportRouter(executor: Executor, authorize: Authorize, logger: Logger, publicBaseUrl: string): Router {
  const router = express.Router();
  router.get('/export', async (req, res) => {
    if (!(await authorize(req))) {
      res.status(403).json({ error: { code: 'FORBIDDEN', message: 'Exports are for admins.' } });
      return;
    }
    try {
      const format = req.query.format ?? 'json';
      if (!isExportFormat(format)) throw new DomainError('BAD_USER_INPUT', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
      const node = typeof req.query.node === 'string' ? req.query.node : undefined;
      const depth = Number(req.query.depth ?? 1);
      const around = node === undefined ? undefined : { id: (await resolveReference(new NodeRepository(executor), node, 'node')).id, depth };
      const { files } = await exportGraph(executor, { format, around, publicBaseUrl });
      sendExport(res, format, files);
    } catch (error) {
      sendJsonError(res, error, logger, 'export');
    }
  });
  return router;
}
