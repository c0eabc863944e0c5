import { CLI, CLI_HELP, LABELS, LOCALES, format, type CliColumn, type CliHelp, type CliTexts, type Labels, type Lang } from '../domain/messages/index.js';

/** The catalogue's texts that are one string (not a table of them). */
type TextKey = { [K in keyof CliTexts]: CliTexts[K] extends string ? K : never }[keyof CliTexts];

/** The CLI's language: its texts and help, the labels of the API's codes, and numbers and dates in its locale. */
export interface Speech {
  readonly lang: Lang;
  readonly labels: Labels;
  readonly texts: CliTexts;
  readonly help: CliHelp;
  say(key: TextKey, params?: Readonly<Record<string, string | number>>): string;
  column(key: CliColumn): string;
  /** A number with `digits` decimals in the locale ("2,50"). */
  decimal(value: number, digits: number): string;
  /** Euro amounts without cents (the sources give whole euros). */
  eur(amount: number): string;
  /** An ISO date (YYYY-MM-DD) as the locale writes it. */
  date(iso: string): string;
}

/** The CLI in `lang` (the frame chooses it: --lang, else STRATEGIEGRAPH_LANG, else German). */
export function speechOf(lang: Lang): Speech {
  const texts = CLI[lang];
  const locale = LOCALES[lang];
  return {
    lang,
    labels: LABELS[lang],
    texts,
    help: CLI_HELP[lang],
    say: (key, params) => format(texts[key], params),
    column: (key) => texts.columns[key],
    decimal: (value, digits) => value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    eur: (amount) => `${Math.round(amount).toLocaleString(locale)} EUR`,
    date: (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
  };
}
