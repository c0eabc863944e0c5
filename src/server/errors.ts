import { unwrapResolverError } from '@apollo/server/errors';
import type { Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, type ErrorCode } from '../domain/index.js';
import type { Logger } from './logger.js';

export const MASKED_MESSAGE = 'Unexpected error.';

/** The HTTP status of a domain error's code where it answers a request outside GraphQL execution. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  READ_ONLY: 403,
  QUERY_TOO_COMPLEX: 400,
  SERVICE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
  QUERY_TIMEOUT: 504,
};

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

/** An error as it goes on the wire: its stable code, message and safe details, and its HTTP status. */
export interface WireError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** Not meant for clients: masked as "Unexpected error." (INTERNAL_SERVER_ERROR, 500); the caller logs it. */
  readonly unexpected: boolean;
}

const wire = (status: number, code: string, message: string, details: Readonly<Record<string, unknown>> = {}): WireError => ({ status, code, message, details, unexpected: false });

/** What the HTTP layer throws (body-parser's errors, Express's for a URL that does not decode). */
interface HttpLayerError {
  readonly status?: number;
  readonly statusCode?: number;
  readonly type?: string;
  readonly limit?: number;
  readonly message?: string;
}

/**
 * The one translation of an error into what goes on the wire, for GraphQL (Apollo's formatError, with the error as
 * Apollo `formatted` it), the routes outside it (exports, traversals, linked data, the HTTP layer) and the CLI:
 * domain errors keep their message and stable code, with their safe details and the code's HTTP status; GraphQL's
 * own client errors (parse, validation …) pass with what they say about themselves, but nothing about the transport
 * or the server; outside GraphQL (no `formatted`) what the HTTP layer refuses keeps its status with a message of
 * ours; everything else is unexpected and masked. No stack traces ever leave the server.
 */
export function wireError(error: unknown, formatted?: GraphQLFormattedError): WireError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    // A body past the size limit is 413 wherever it is refused.
    const status = original.code === 'QUERY_TOO_COMPLEX' && original.details.limit === 'bodyBytes' ? 413 : HTTP_STATUS[original.code];
    return wire(status, original.code, original.message, original.details);
  }
  if (isClientError(error)) {
    const graphqlError = original as GraphQLError;
    const message = formatted?.message ?? graphqlError.message;
    const given = (formatted?.extensions ?? graphqlError.extensions) as Record<string, unknown>;
    const status = (given.http as { status?: number } | undefined)?.status ?? 400;
    // graphql-js stops parsing at the token limit with a syntax error; report it as the limit it is.
    const tokens = /Document contains more th\w+ (\d+) tokens/.exec(message);
    if (tokens) return wire(status, 'QUERY_TOO_COMPLEX', message, { limit: 'tokens', max: Number(tokens[1]) });
    const { http: _http, stacktrace: _stack, code: _code, ...details } = given;
    return wire(status, String(graphqlError.extensions.code), message, details);
  }
  const http = (error ?? {}) as HttpLayerError;
  const status = http.status ?? http.statusCode;
  if (formatted === undefined && typeof status === 'number' && status >= 400 && status < 500) {
    if (http.type === 'entity.too.large') return wire(413, 'QUERY_TOO_COMPLEX', `The request body exceeds ${http.limit} bytes.`, { limit: 'bodyBytes', max: http.limit });
    const message =
      (http.type && MESSAGE_OF_TYPE[http.type]) ??
      (error instanceof URIError || /decode/i.test(http.message ?? '') ? 'The URL is not valid (a malformed %-escape).' : `The request was refused (HTTP ${status}).`);
    return wire(status, CODE_OF_STATUS[status] ?? 'BAD_REQUEST', message);
  }
  return { ...wire(500, 'INTERNAL_SERVER_ERROR', MASKED_MESSAGE), unexpected: true };
}

/** A domain error raised outside execution (authenticating, admitting), as Apollo expects it: with its HTTP status. */
export function asRequestError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const { code, message, details, status } = wireError(error);
  return new GraphQLError(message, { extensions: { code, ...details, http: { status } } });
}

/** Whether an error was meant for clients: a domain error, or one of GraphQL's own (parse, validation …). */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return true;
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions?.code;
  return code !== undefined && code !== 'INTERNAL_SERVER_ERROR';
}

/** Apollo's formatError: each error of a GraphQL answer through wireError (the request id is added by the request plugin). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { code, message, details } = wireError(error, formatted);
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code, ...details } };
}

/** Where an error answer goes: GraphQL's shape (`/graphql`) or that of the routes outside GraphQL (exports, linked data) and the CLI. */
export type ErrorShape = 'graphql' | 'route';

/**
 * The one error body on the wire: `{errors: [{message, extensions: {code, …details}}]}` for GraphQL, `{error: {code,
 * message, …details}}` for the other routes (and the CLI's --json). Apollo's answers take the first shape through
 * formatError.
 */
export function errorBody(shape: ErrorShape, { code, message, details = {} }: Pick<WireError, 'code' | 'message'> & { readonly details?: WireError['details'] }): object {
  return shape === 'graphql' ? { errors: [{ message, extensions: { code, ...details } }] } : { error: { code, message, ...details } };
}

/** An error answer outside Apollo in `shape`: its status and body; the unexpected is logged (as `what` failed) and masked. */
export function errorAnswer(shape: ErrorShape, error: unknown, logger: Logger, what: string): { status: number; body: object } {
  const answer = wireError(error);
  if (answer.unexpected) logger.error(`${what} failed`, { error: error instanceof Error ? error.message : String(error) });
  return { status: answer.status, body: errorBody(shape, answer) };
}

/** The error answer of the routes outside GraphQL (exports, linked data): JSON `{error: {code, message, …details}}` with its status. */
export function sendJsonError(res: Response, error: unknown, logger: Logger, what: string): void {
  const { status, body } = errorAnswer('route', error, logger, what);
  res.status(status).json(body);
}
