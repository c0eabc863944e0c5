import { CLI, LABELS, LOCALES, format, isLang, type CliColumn, type CliTexts, type Labels, type Lang } from '../domain/messages/index.js';
import { UsageError } from './exit-codes.js';

type TextKey = Exclude<keyof CliTexts, 'columns'>;

/** The CLI's language: its texts, the labels of the API's codes, and numbers and dates in its locale. */
export interface Speech {
  readonly lang: Lang;
  readonly labels: Labels;
  say(key: TextKey, params?: Readonly<Record<string, string | number>>): string;
  column(key: CliColumn): string;
  /** A number with `digits` decimals in the locale ("2,50"). */
  decimal(value: number, digits: number): string;
  /** Euro amounts without cents (the sources give whole euros). */
  eur(amount: number): string;
  /** An ISO date (YYYY-MM-DD) as the locale writes it. */
  date(iso: string): string;
}

/** --lang, else STRATEGIEGRAPH_LANG, else German. */
export function speechOf(flag: string | undefined, configured: string | undefined): Speech {
  const chosen = flag ?? configured ?? 'de';
  if (!isLang(chosen)) throw new UsageError(`--lang (or STRATEGIEGRAPH_LANG) must be de or en, got '${chosen}'`);
  const texts = CLI[chosen];
  const locale = LOCALES[chosen];
  return {
    lang: chosen,
    labels: LABELS[chosen],
    say: (key, params) => format(texts[key], params),
    column: (key) => texts.columns[key],
    decimal: (value, digits) => value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    eur: (amount) => `${Math.round(amount).toLocaleString(locale)} EUR`,
    date: (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
  };
}

/** The language of a command line for its error message: --lang, STRATEGIEGRAPH_LANG, else German (English if invalid). */
export function speechOfArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Speech {
  const at = argv.indexOf('--lang');
  const flag = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  try {
    return speechOf(flag, env.STRATEGIEGRAPH_LANG || undefined);
  } catch {
    return speechOf('en', undefined);
  }
}
