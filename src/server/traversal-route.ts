import express, { type Request, type Response, type Router } from 'express';
import { DomainError, QueryTimeoutError, STREAMED_TRAVERSALS, type StreamedTraversal } from '../domain/index.js';
import { TRAVERSAL_MEDIA_TYPES, resolveTraversalNode, streamTraversal, traversalExport, traversalFileName, type Executor, type TraversalExport } from '../graph/index.js';
import { errorAnswer, sendJsonError } from './errors.js';
import { authorized, type Authorize } from './export-route.js';
import type { Logger } from './logger.js';

/** The query parameters of a traversal, each at most once and a plain value; anything else is BAD_USER_INPUT. */
function traversalRequest(traversal: StreamedTraversal, req: Request): TraversalExport {
  const { argument } = STREAMED_TRAVERSALS[traversal];
  const names = [argument, 'maxDepth', 'evidence', 'format', 'csvDialect', 'asOf'];
  const query = req.query as Record<string, unknown>;
  for (const [name, value] of Object.entries(query)) {
    if (!names.includes(name)) throw new DomainError('BAD_USER_INPUT', `Unknown query parameter '${name}'; /traversals/${traversal} takes ${names.join(', ')}.`, { argument: name });
    if (typeof value !== 'string') throw new DomainError('BAD_USER_INPUT', `The query parameter '${name}' must be given once, as a plain value.`, { argument: name });
  }
  const text = query as Record<string, string | undefined>;
  return traversalExport(traversal, { ref: text[argument], maxDepth: text.maxDepth, evidence: text.evidence, format: text.format, csvDialect: text.csvDialect, asOf: text.asOf });
}

/** Waits until the response takes more (its buffer drained); rejects when the stream is stopped meanwhile. */
function drained(res: Response, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const stop = () => {
      res.off('drain', done);
      reject(signal.reason);
    };
    res.once('drain', done);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** About how much text (UTF-16 units) a chunk of the response holds. */
const FLUSH_CHARS = 32_768;

/** Why a stream stopped when its client went away (nobody left to tell). */
const GONE = new Error('The client closed the connection.');

/**
 * GET /traversals/impact?of=REF and GET /traversals/projectsTouching?target=REF [&maxDepth=N][&evidence=ANY|STATED]
 * [&format=ndjson|csv][&csvDialect=excel-de|rfc4180][&asOf=YYYY-MM-DD]: every row of the traversal (not a page of it)
 * over what holds at asOf (valid time; default today, as the GraphQL fields), as a download,
 * streamed: rows go out as the executor pulls them from Neo4j (TRAVERSAL_FETCH_SIZE a batch), the next batch only
 * when the client has taken the last (res.write false: wait for 'drain'), so a hub's answer is never held whole.
 * The arguments are checked and the node resolved first: bad input and unknown nodes are JSON errors with a code
 * (NOT_FOUND with candidates, as GraphQL's), nothing streamed. For everyone who may read (`authorize`, as /export).
 * The client going away stops the statement; so does `timeoutMs` (the whole stream, its transaction included). An
 * error after rows went out ends NDJSON with an error line {"error": {code, message}}, and cuts CSV short (the
 * transfer ends unfinished, never as a complete-looking file).
 */
export function traversalRouter(executor: Executor, authorize: Authorize, logger: Logger, timeoutMs: number): Router {
  const router = express.Router();
  for (const traversal of Object.keys(STREAMED_TRAVERSALS) as StreamedTraversal[]) {
    router.get(`/traversals/${traversal}`, async (req, res) => {
      let request: TraversalExport;
      let id: string;
      let name: string;
      if (!(await authorized(authorize, req, res, logger, 'traversal export'))) return;
      try {
        request = traversalRequest(traversal, req);
        const node = await resolveTraversalNode(executor, request);
        ({ id } = node);
        name = traversalFileName(request, node);
      } catch (error) {
        sendJsonError(res, error, logger, 'traversal export');
        return;
      }

      const stop = new AbortController();
      const timer = setTimeout(() => stop.abort(new QueryTimeoutError(`The export ran past its time (${timeoutMs} ms); it was stopped.`)), timeoutMs);
      res.on('close', () => {
        if (!res.writableFinished) stop.abort(GONE);
      });
      // The headers go out with the first chunk, or with the end (an error before it is a JSON answer of its own).
      const start = () => {
        if (!res.headersSent) res.status(200).attachment(name).type(TRAVERSAL_MEDIA_TYPES[request.format]).setHeader('Cache-Control', 'no-store');
      };
      // Lines go out in chunks of about FLUSH_CHARS (one write per row would cost a syscall and a chunk header each).
      let pending = '';
      const flush = () => {
        start();
        const chunk = pending;
        pending = '';
        return res.write(chunk) ? undefined : drained(res, stop.signal);
      };
      const write = (text: string) => {
        pending += text;
        return pending.length < FLUSH_CHARS ? undefined : flush();
      };
      try {
        await streamTraversal(executor, request, id, write, { signal: stop.signal, timeoutMs });
        start();
        res.end(pending);
      } catch (error) {
        if (stop.signal.reason === GONE) return;
        if (!res.headersSent) sendJsonError(res, error, logger, 'traversal export');
        else if (request.format === 'ndjson') res.end(`${pending}${JSON.stringify(errorAnswer('route', error, logger, 'traversal export').body)}\n`);
        else res.destroy();
      } finally {
        clearTimeout(timer);
      }
    });
  }
  return router;
}
