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
