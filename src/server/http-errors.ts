import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from './logger.js';
import { errorBody, wireError, type WireError } from './errors.js';

/** The error answer outside Apollo: GraphQL's shape on /graphql, the linked-data/export shape everywhere else. */
function send(req: Request, res: Response, error: Pick<WireError, 'status' | 'code' | 'message' | 'details'>): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(error.status);
  res.json(errorBody(req.path === '/graphql' ? 'graphql' : 'route', error));
}

/** Requests no route answers: 404 NOT_FOUND as JSON (Express would answer an HTML page). */
export const jsonNotFound: RequestHandler = (req, res) => {
  send(req, res, { status: 404, code: 'NOT_FOUND', message: `Nothing is served at ${req.method} ${req.path}.`, details: {} });
};

/**
 * The last error handler: every error that reaches Express (a malformed body or Content-Encoding, a body past the
 * size limit, a URL that does not decode, anything thrown in a route) is answered as JSON with a code (wireError), in
 * every mode; client errors keep their status with a message of ours, everything else is logged and masked. Express's
 * own handler (an HTML page with a stack trace in development) is never reached.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const answer = wireError(err);
    if (answer.unexpected) logger.error('request failed', { path: req.path, error: err instanceof Error ? err.message : String(err) });
    send(req, res, answer);
  };
}
