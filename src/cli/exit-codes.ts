/** Exit codes scripts can rely on: the one table every command's exit goes through (the frame applies it). */
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

/** An error of the command line itself, with the code its exit and its --json error carry. */
export class CliError extends Error {
  constructor(
    readonly code: 'USAGE' | 'BAD_USER_INPUT',
    message: string,
  ) {
    super(message);
  }
}

/** A wrong command line (exit 64); the message is in the CLI's language. */
export class UsageError extends CliError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** The exit code for an error's code: the CLI's own (USAGE), or the API's (extensions.code). */
export function exitCodeOf(code: string): number {
  switch (code) {
    case 'USAGE':
      return EXIT.usage;
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
