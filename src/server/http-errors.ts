import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from './logger.js';
import { MASKED_MESSAGE, errorBody } from './errors.js';

/** What the HTTP layer (body parsers, URL decoding, routing) refuses, by the status it gives. */
const CODE_OF_STATUS: Partial<Record<number, string>> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'QUERY_TOO_COMPLEX',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** The message for what the client sent wrong, by body-parser's error type (never the parser's own text or a path). */
const MESSAGE_OF_TYPE: Partial<Record<string, string>> = {
  'encoding.unsupported': 'The Content-Encoding of the request body is not supported (use gzip, deflate, br or none).',
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.verify.failed': 'The request body could not be verified.',
  'request.aborted': 'The request was aborted by the client.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
  'charset.unsupported': 'The charset of the request body is not supported (use utf-8).',
  'stream.encoding.set': 'The request body could not be read.',
};

/** The error answer outside Apollo: GraphQL's shape on /graphql, the linked-data/export shape everywhere else. */
function send(req: Request, res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(status);
  res.json(errorBody(req.path === '/graphql' ? 'graphql' : 'route', code, message));
}

/** Requests no route answers: 404 NOT_FOUND as JSON (Express would answer an HTML page). */
export const jsonNotFound: RequestHandler = (req, res) => {
  send(req, res, 404, 'NOT_FOUND', `Nothing is served at ${req.method} ${req.path}.`);
};

/**
 * The last error handler: every error that reaches Express (a malformed body or Content-Encoding, a URL that does
 * not decode, anything thrown in a route) is answered as JSON with a code, in every mode; client errors keep their
 * status with a message of ours, everything else is logged and masked. Express's own handler (an HTML page with a
 * stack trace in development) is never reached.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: { status?: number; statusCode?: number; type?: string; limit?: number; message?: string }, req, res, _next) => {
    const status = err?.status ?? err?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = CODE_OF_STATUS[status] ?? 'BAD_REQUEST';
      const message =
        (err.type && MESSAGE_OF_TYPE[err.type]) ??
        (err instanceof URIError || /decode/i.test(err.message ?? '') ? 'The URL is not valid (a malformed %-escape).' : `The request was refused (HTTP ${status}).`);
      send(req, res, status, code, status === 413 && err.limit ? `The request body exceeds ${err.limit} bytes.` : message);
      return;
    }
    logger.error('request failed', { path: req.path, error: err instanceof Error ? err.message : String(err) });
    send(req, res, 500, 'INTERNAL_SERVER_ERROR', MASKED_MESSAGE);
  };
}
