import { parse as parseUrl } from 'node:url';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { errorBody } from './errors.js';
import { recordOf } from './telemetry/requests.js';

export interface GraphQLRouteOptions<C extends BaseContext> {
  readonly context: ContextFunction<[{ req: Request; res: Response }], C>;
  /** The request's time: its answer, or QUERY_TIMEOUT, is sent within this (plus GRACE_MS). */
  readonly timeoutMs: number;
  /** A larger serialised answer is replaced by QUERY_TOO_COMPLEX (limit answerBytes). */
  readonly maxAnswerBytes: number;
}

/** How long past its time a request may take to send the QUERY_TIMEOUT its statements raised, before the route does. */
export const GRACE_MS = 500;

const errorText = (code: string, message: string, details: Record<string, unknown>) => JSON.stringify(errorBody('graphql', { code, message, details }));

/**
 * POST/GET /graphql: Apollo's HTTP handling (as @as-integrations/express5 does it), with two bounds of its own. A
 * request ends within its time with QUERY_TIMEOUT wherever the time goes (statements share the deadline, see
 * QueryStats; this timer covers admission, mapping and serialising); and no answer larger than maxAnswerBytes is
 * sent. Both answers are JSON with a code.
 */
export function graphqlRoute<C extends BaseContext>(apollo: ApolloServer<C>, options: GraphQLRouteOptions<C>): RequestHandler {
  return async (req, res) => {
    let done = false;
    const send = (status: number, body: string, headers: Iterable<[string, string]> = [['content-type', 'application/json; charset=utf-8']]) => {
      if (done || res.headersSent) return;
      done = true;
      for (const [key, value] of headers) res.setHeader(key, value);
      res.statusCode = status;
      res.end(body);
    };
    const timer = setTimeout(() => {
      const record = recordOf(res);
      if (record) record.outcome = 'QUERY_TIMEOUT';
      send(504, errorText('QUERY_TIMEOUT', `The request ran past its time (${options.timeoutMs} ms) and was stopped.`, { timeoutMs: options.timeoutMs }));
    }, options.timeoutMs + GRACE_MS);
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        // A request the JSON parser did not read (another content type) has no body: Apollo then says why in JSON.
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: parseUrl(req.url).search ?? '', body: req.body ?? {} },
        context: () => options.context({ req, res }),
      });
      if (response.body.kind !== 'complete') {
        // Incremental delivery is not enabled; answer what Apollo would, in one piece.
        let text = '';
        for await (const chunk of response.body.asyncIterator) text += chunk;
        return send(response.status ?? 200, text, response.headers);
      }
      const text = response.body.string;
      if (Buffer.byteLength(text) > options.maxAnswerBytes) {
        const record = recordOf(res);
        if (record) record.outcome = 'QUERY_TOO_COMPLEX';
        return send(
          400,
          errorText('QUERY_TOO_COMPLEX', `The answer exceeds ${options.maxAnswerBytes} bytes; ask for less, or page through it.`, {
            limit: 'answerBytes',
            max: options.maxAnswerBytes,
          }),
        );
      }
      send(response.status ?? 200, text, response.headers);
    } finally {
      clearTimeout(timer);
    }
  };
}
