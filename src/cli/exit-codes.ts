/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  /** Something went wrong that is not the input's fault (database or server unreachable, bug). */
  failure: 1,
  /** The input was rejected (validation, unknown or ambiguous node reference, bad depth); nothing was changed. */
  invalidInput: 2,
  /** The query ran and found nothing (no hits, no affected project, no path within the depth), like grep's 1. */
  noResult: 3,
  /** Wrong command line or configuration. */
  usage: 64,
  /** The server refused the token (UNAUTHENTICATED or FORBIDDEN). */
  noPermission: 77,
} as const;

export class UsageError extends Error {}

/** The exit code for an API error code (extensions.code). */
export function exitCodeOf(code: string | undefined): number {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
      return EXIT.invalidInput;
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return EXIT.noPermission;
    default:
      return EXIT.failure;
  }
}
