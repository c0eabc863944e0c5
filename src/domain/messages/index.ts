/**
 * The message catalogue of Strategiegraph's user interfaces (the dashboard and the CLI), in German and English:
 * labels for the API's codes (kinds, relationship types, enum values, error codes), the dashboard's and the CLI's texts.
 * Pure data and one pure function; no I/O.
 */
import { CLI_COLUMNS, CLI_DE, CLI_EN, QUALITY_COLUMNS, type CliColumn, type CliTexts, type ImportColumn, type QualityColumn } from './cli.js';
import { CLI_COMMAND_NAMES, CLI_HELP_DE, CLI_HELP_EN, type CliArgument, type CliCommandName, type CliHelp, type CliHelpTitle, type CliOption } from './cli-help.js';
import { DASHBOARD_DE, DASHBOARD_EN, type DashboardKey } from './dashboard.js';
import { LABELS_DE, LABELS_EN, type Labels } from './labels.js';

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);
/** The locale of numbers and dates in each language. */
export const LOCALES: Readonly<Record<Lang, string>> = { de: 'de-DE', en: 'en-GB' };

export const LABELS: Readonly<Record<Lang, Labels>> = { de: LABELS_DE, en: LABELS_EN };
export const CLI: Readonly<Record<Lang, CliTexts>> = { de: CLI_DE, en: CLI_EN };
export const CLI_HELP: Readonly<Record<Lang, CliHelp>> = { de: CLI_HELP_DE, en: CLI_HELP_EN };
export const DASHBOARD: Readonly<Record<Lang, Readonly<Record<DashboardKey, string>>>> = { de: DASHBOARD_DE, en: DASHBOARD_EN };

/** Fills `{name}` placeholders; an unknown one stays as written. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export { CLI_COLUMNS, CLI_COMMAND_NAMES, QUALITY_COLUMNS };
export type { CliArgument, CliColumn, CliCommandName, CliHelp, CliHelpTitle, CliOption, CliTexts, DashboardKey, ImportColumn, Labels, QualityColumn };
