import express, { type Request, type Router } from 'express';
import { zipSync, strToU8 } from 'fflate';
import { DomainError } from '../domain/index.js';
import { EXPORT_FILE, EXPORT_FORMATS, exportGraph, isExportFormat, type Executor } from '../graph/index.js';
import { NodeRepository, resolveReference } from '../graph/repositories/index.js';
import { HTTP_STATUS, MASKED_MESSAGE } from './errors.js';
import type { Logger } from './logger.js';

/** Decides whether a request may export (the server wires it to the admin role). */
export type Authorize = (req: Request) => boolean | Promise<boolean>;

/**
 * GET /export?format=json|csv|graphml|cypher|archimate[&node=<reference>&depth=N]: the whole graph, or the
 * neighbourhood of a node, as a download (CSV as a zip of one file per kind and relationship type).
 * Only for requests `authorize` accepts.
 */
export function exportRouter(executor: Executor, authorize: Authorize, logger: Logger): Router {
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
      const { files } = await exportGraph(executor, { format, around });
      if (format === 'csv') {
        const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])));
        res.attachment('strategiegraph-csv.zip').type('application/zip').send(Buffer.from(zip));
        return;
      }
      const file = EXPORT_FILE[format];
      res.attachment(file.name).type(`${file.mediaType}; charset=utf-8`).send(files[0]!.content);
    } catch (error) {
      const status = error instanceof DomainError ? HTTP_STATUS[error.code] : undefined;
      if (error instanceof DomainError && status) {
        res.status(status).json({ error: { code: error.code, message: error.message } });
      } else {
        logger.error('export failed', { error: error instanceof Error ? error.message : String(error) });
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: MASKED_MESSAGE } });
      }
    }
  });
  return router;
}
