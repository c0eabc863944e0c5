/**
 * Valid time: when a fact holds in the world (not when this graph learned it — that is the history's recorded time).
 * A node or relationship may carry `validFrom` (inclusive) and `validTo` (exclusive), calendar dates YYYY-MM-DD, both
 * optional: a node without `validFrom` exists since ever, without `validTo` until further notice; a relationship without
 * a bound holds as long as both its nodes do (a read tests the nodes too), so only the bounds the sources give are
 * written down, never one copied from a node. Each bound must rest on one of the fact's sources (the data's note says which, where it
 * is not the obvious one).
 *
 * Stored as the same ISO strings (properties validFrom / validTo): ISO dates compare as strings, so a read asks
 * `coalesce(x.validFrom, '') <= $validAt < coalesce(x.validTo, '9999-12-31')` without converting anything.
 */
export interface ValidPeriod {
  readonly validFrom?: string;
  readonly validTo?: string;
}

export const VALID_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Is `text` a calendar date YYYY-MM-DD that exists (no 2025-02-30)? */
export function isValidDate(text: string): boolean {
  if (!VALID_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Does the period hold at `date` (YYYY-MM-DD)? */
export function holdsAt(p: ValidPeriod, date: string): boolean {
  return (p.validFrom === undefined || p.validFrom <= date) && (p.validTo === undefined || date < p.validTo);
}

/** What is wrong with a period on its own (from must come before to), or undefined. */
export function periodProblem(p: ValidPeriod): string | undefined {
  if (p.validFrom !== undefined && p.validTo !== undefined && p.validFrom >= p.validTo) {
    return `validFrom ${p.validFrom} must come before validTo ${p.validTo} (validTo is exclusive)`;
  }
  return undefined;
}

const describe = (p: ValidPeriod): string => `[${p.validFrom ?? '…'}, ${p.validTo ?? '…'})`;

/**
 * What is wrong with a relationship's bounds given its ends' periods (a relationship cannot hold while one of its
 * nodes does not exist), or undefined. A bound the relationship does not give is its nodes' and cannot exceed them;
 * `field` names the given bound that does.
 */
export function relationshipPeriodProblem(
  rel: ValidPeriod,
  ends: readonly { readonly id: string; readonly period: ValidPeriod }[],
): { field: 'validFrom' | 'validTo'; message: string } | undefined {
  for (const { id, period } of ends) {
    if (period.validFrom !== undefined && rel.validFrom !== undefined && rel.validFrom < period.validFrom) {
      return {
        field: 'validFrom',
        message: `the relationship's period ${describe(rel)} begins before that of its node ${id} ${describe(period)}; give it a validFrom of ${period.validFrom} or later, or none (then it begins with its nodes)`,
      };
    }
    if (period.validTo !== undefined && rel.validTo !== undefined && rel.validTo > period.validTo) {
      return {
        field: 'validTo',
        message: `the relationship's period ${describe(rel)} ends after that of its node ${id} ${describe(period)}; give it a validTo of ${period.validTo} or earlier, or none (then it ends with its nodes)`,
      };
    }
  }
  return undefined;
}

/** The period's own keys, only those set (for the import format and the stored properties). */
export function periodOf(p: ValidPeriod): ValidPeriod {
  return {
    ...(p.validFrom === undefined ? {} : { validFrom: p.validFrom }),
    ...(p.validTo === undefined ? {} : { validTo: p.validTo }),
  };
}
