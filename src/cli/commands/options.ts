import { isValidDate } from '../../domain/index.js';
import { UsageError } from '../exit-codes.js';
import type { OptionParser } from './command.js';

/** A whole number ≥ 0 (--depth, --first). */
export const wholeNumber: OptionParser = (speech, flag) => (value) => {
  if (!/^\d+$/.test(value)) throw new UsageError(speech.say('mustBeWhole', { option: flag, value }));
  return Number(value);
};

/** A calendar day YYYY-MM-DD (--as-of). */
export const calendarDay: OptionParser = (speech, flag) => (value) => {
  if (!isValidDate(value)) throw new UsageError(speech.say('mustBeDay', { option: flag, value }));
  return value;
};

/** An instant as GraphQL's DateTime takes it, with Z or an offset (--recorded-at): the ISO instant, to the millisecond. */
export const instant: OptionParser = (speech, flag) => (value) => {
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value) ? new Date(value) : null;
  if (time === null || Number.isNaN(time.getTime())) throw new UsageError(speech.say('mustBeInstant', { option: flag, value }));
  return time.toISOString();
};

/** One of `values` (--by, --format, --csv-dialect …). */
export const oneOf =
  (values: readonly string[]): OptionParser =>
  (speech, flag) =>
  (value) => {
    if (!values.includes(value)) throw new UsageError(speech.say('mustBeOneOf', { option: flag, values: values.join(', '), value }));
    return value;
  };

/** An option that may be given more than once: every value, in order (--kind). */
export const repeatable: OptionParser = () => (value, previous) => [...((previous as string[] | undefined) ?? []), value];
