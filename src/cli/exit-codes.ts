/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  /** Something went wrong that is not the input's fault (database unreachable, bug). */
  failure: 1,
  /** The input was rejected (validation, unknown node reference); nothing was changed. */
  invalidInput: 2,
  /** Wrong command line or configuration. */
  usage: 64,
} as const;

export class UsageError extends Error {}
