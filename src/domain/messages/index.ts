/**
 * The message catalogue of Strategiegraph's user interfaces (the dashboard, later the CLI), in German and English:
 * labels for the API's codes (kinds, relationship types, enum values, error codes) and the dashboard's texts.
 * Pure data and one pure function; no I/O.
 */
import { DASHBOARD_DE, DASHBOARD_EN, type DashboardKey } from './dashboard.js';
import { LABELS_DE, LABELS_EN, type Labels } from './labels.js';

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const LABELS: Readonly<Record<Lang, Labels>> = { de: LABELS_DE, en: LABELS_EN };
export const DASHBOARD: Readonly<Record<Lang, Readonly<Record<DashboardKey, string>>>> = { de: DASHBOARD_DE, en: DASHBOARD_EN };

/** Fills `{name}` placeholders; an unknown one stays as written. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { DashboardKey, Labels };
