import { unwrapResolverError } from '@apollo/server/errors';
import type { Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../domain/index.js';
import type { Logger } from './logger.js';

export const MASKED_MESSAGE = 'Unexpected error.';

/** The HTTP status of a domain error's code where it answers a request outside GraphQL execution. */
export const HTTP_STATUS: Partial<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_ACCEPTABLE: 406,
  READ_ONLY: 403,
  QUERY_TOO_COMPLEX: 400,
  SERVICE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
  QUERY_TIMEOUT: 504,
};

/** A domain error raised outside execution (authenticating, admitting), as Apollo expects it: with its HTTP status. */
export function asRequestError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details, http: { status: HTTP_STATUS[error.code] ?? 400 } } });
}

/** Whether an error was meant for clients: a domain error, or one of GraphQL's own (parse, validation …). */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return true;
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions?.code;
  return code !== undefined && code !== 'INTERNAL_SERVER_ERROR';
}

/**
 * The one translation at the GraphQL edge: domain errors keep their message and stable code (with safe
 * details); GraphQL's own client errors pass; everything else becomes "Unexpected error." (the request id
 * and the log entry are added by the request plugin). No stack traces ever leave the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (isClientError(error)) {
    // graphql-js stops parsing at the token limit with a syntax error; report it as the limit it is.
    const tokens = /Document contains more th\w+ (\d+) tokens/.exec(formatted.message);
    if (tokens) return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: Number(tokens[1]) } };
    // Everything a client error says about itself, but nothing about the transport or the server.
    const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions: { ...extensions, code: (original as GraphQLError).extensions.code } };
  }
  return { ...base, message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Where an error answer goes: GraphQL's shape (`/graphql`) or that of the routes outside GraphQL (exports, linked data). */
export type ErrorShape = 'graphql' | 'route';

/**
 * The one error body on the wire: `{errors: [{message, extensions: {code, …details}}]}` for GraphQL, `{error: {code,
 * message, …details}}` for the other routes. Apollo's answers take the first shape through formatError.
 */
export function errorBody(shape: ErrorShape, code: string, message: string, details: Readonly<Record<string, unknown>> = {}): object {
  return shape === 'graphql' ? { errors: [{ message, extensions: { code, ...details } }] } : { error: { code, message, ...details } };
}

/**
 * The error answer of the routes outside GraphQL (exports, linked data): JSON `{error: {code, message, …details}}`
 * with the code's HTTP status; anything unexpected is logged and masked.
 */
export function sendJsonError(res: Response, error: unknown, logger: Logger, what: string): void {
  const { status, body } = jsonError(error, logger, what);
  res.status(status).json(body);
}

/** The status and body sendJsonError answers with (also the last line of a stream that failed after its first rows). */
export function jsonError(error: unknown, logger: Logger, what: string): { status: number; body: object } {
  // A body past the size limit is 413, as on /graphql.
  const tooLarge = error instanceof DomainError && error.code === 'QUERY_TOO_COMPLEX' && error.details.limit === 'bodyBytes';
  const status = error instanceof DomainError ? (tooLarge ? 413 : HTTP_STATUS[error.code]) : undefined;
  if (error instanceof DomainError && status) return { status, body: errorBody('route', error.code, error.message, error.details) };
  logger.error(`${what} failed`, { error: error instanceof Error ? error.message : String(error) });
  return { status: 500, body: errorBody('route', 'INTERNAL_SERVER_ERROR', MASKED_MESSAGE) };
}
