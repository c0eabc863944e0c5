/**
 * Domain errors carry a stable code; the GraphQL edge turns them into errors with `extensions.code`
 * and masks everything else. Codes are part of the public API: never rename one.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'SERVER_BUSY',
  'NOT_ACCEPTABLE',
  'READ_ONLY',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable detail for clients (safe to expose). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem found in input; `field` names the offending field, `line` the line where known. */
export interface Problem {
  readonly file?: string;
  readonly line?: number;
  readonly entity: string;
  readonly field: string;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
  return `${where}${p.entity}, field '${p.field}': ${p.message}`;
}

/** Input that breaks the model; lists every problem, not only the first. */
export class ValidationError extends DomainError {
  constructor(readonly problems: readonly Problem[]) {
    super(
      'BAD_USER_INPUT',
      `${problems.length} problem${problems.length === 1 ? '' : 's'} found:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
      { problems },
    );
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

/** No or invalid credentials (a forged, expired or wrong-audience token, a revoked key). */
export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

/** Valid credentials without the role the operation needs. */
export class ForbiddenError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, details);
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(message: string) {
    super('SERVICE_UNAVAILABLE', message);
  }
}

export class QueryTimeoutError extends DomainError {
  constructor(message: string) {
    super('QUERY_TIMEOUT', message);
  }
}

/** For exhaustive switches: adding a case breaks the build at every switch that must handle it. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
