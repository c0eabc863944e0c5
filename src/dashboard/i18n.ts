import { DASHBOARD, LABELS, format, isLang, type DashboardKey, type Labels, type Lang } from '../domain/messages/index.js';

/**
 * The dashboard's language: German unless the URL (`?lang=en`) or the last choice (localStorage) says English.
 * Every text comes from the one message catalogue (src/domain/messages); the API's codes are translated here.
 */
const LANG_KEY = 'strategiegraph.lang';

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const stored = localStorage.getItem(LANG_KEY);
  return isLang(stored) ? stored : 'de';
}

let lang: Lang = initialLang();
document.documentElement.lang = lang;

export const currentLang = (): Lang => lang;

/** Switches the language: kept in the URL (so a shared link keeps it) and in localStorage. */
export function setLang(next: Lang): void {
  lang = next;
  localStorage.setItem(LANG_KEY, next);
  document.documentElement.lang = next;
  const url = new URL(location.href);
  if (next === 'de') url.searchParams.delete('lang');
  else url.searchParams.set('lang', next);
  history.replaceState(history.state, '', url);
}

/** A dashboard text, `{name}` placeholders filled in. */
export const t = (key: DashboardKey, params: Record<string, string | number> = {}): string => format(DASHBOARD[lang][key], params);

const labels = (): Labels => LABELS[lang];
export const kindLabel = (kind: string): string => (labels().kinds as Record<string, string>)[kind] ?? kind;
export const kindPlural = (kind: string): string => (labels().kindsPlural as Record<string, string>)[kind] ?? kind;
export const relationshipLabel = (type: string): string => (labels().relationships as Record<string, string>)[type] ?? type;
export function enumLabel(enumName: keyof Labels['enums'], value: string): string {
  return (labels().enums[enumName] as Record<string, string>)[value] ?? value;
}
export const errorLabel = (code: string, params: Record<string, string | number> = {}): string =>
  format((labels().errors as Record<string, string>)[code] ?? labels().errors.UNKNOWN, params);

const locale = () => (lang === 'de' ? 'de-DE' : 'en-GB');

/** A date as the sources give it (YYYY, YYYY-MM, YYYY-MM-DD) or a timestamp, in the language's format. */
/** A valid period in words: from inclusive, to exclusive ("bis vor"). */
export function validText(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return t('node.validRange', { from: formatDate(from), to: formatDate(to) });
  return from ? t('node.validFrom', { from: formatDate(from) }) : t('node.validTo', { to: formatDate(to ?? '') });
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (parts) {
    const [, y, m, d] = parts;
    if (!m) return y!;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
    const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(locale(), options).format(date);
  }
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export const eur = (amount: number): string => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
export const count = (n: number): string => new Intl.NumberFormat(locale()).format(n);

/** The language data is written in (German): marked on data text when the dashboard speaks another language. */
export const dataLang = (): string | undefined => (lang === 'de' ? undefined : 'de');
/** The language of the API's own messages (English): marked when the dashboard speaks another language. */
export const apiLang = (): string | undefined => (lang === 'en' ? undefined : 'en');
