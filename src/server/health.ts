import express, { type Router } from 'express';
import type { Executor } from '../graph/index.js';

/**
 * /health: the process is alive (no database call). /ready: Neo4j answers and the schema is applied;
 * 503 otherwise, so a load balancer stops sending traffic while the database is away.
 */
export function healthRouter(executor: Executor): Router {
  const router = express.Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      const [row] = await executor.query<{ ready: boolean }>('read/ready', {}, { timeoutMs: 2_000 });
      if (!row?.ready) {
        res.status(503).json({ status: 'not ready', reason: 'schema not applied' });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'not ready', reason: 'Neo4j is not reachable' });
    }
  });
  return router;
}
