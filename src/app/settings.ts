import { DEFAULT_FOLDER_RULE } from '../core/folder-name';
import { resolveSettings, type Settings, type SettingsOverrides } from '../core/settings';
import { SETTINGS_SHEET } from '../core/tracker/schema';
import { spreadsheetLocale } from '../gas/spreadsheet';
import { type CellValue, cell, findSheet, readTable } from '../gas/table';
import type { FieldProblem } from '../shared/i18n';
import { languageForLocale } from './language';

/** Settings of the app itself, beside the domain's numbers. */
export interface AppSettings {
  timeZone: string;
  csmName: string;
  csmEmail: string;
  senderName: string;
  reminderHour: number;
  digestWeekday: number;
  dryRun: boolean;
  dailyMailBudget: number;
  folderNameRule: string;
  shareFolderRole: 'none' | 'reader' | 'commenter' | 'writer';
}

/** Everything the Settings sheet says, checked. */
export interface WorkspaceSettings {
  domain: Settings;
  app: AppSettings;
  /** Values that could not be used (the defaults stand in for them). */
  problems: FieldProblem[];
}

const num = (value: CellValue | undefined): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/[,\s]/g, ''));
  return Number.isFinite(n) ? n : Number.NaN;
};

/** A whole number within bounds, or the fallback when blank or not a number. */
const intIn = (value: CellValue | undefined, min: number, max: number, fallback: number): number => {
  const n = num(value);
  return n === undefined || Number.isNaN(n) ? fallback : Math.min(max, Math.max(min, Math.trunc(n)));
};

const bool = (value: CellValue | undefined): boolean =>
  value === true || /^(true|yes|1|是)$/i.test(String(value ?? '').trim());

/** Reads the Settings sheet (one read) into domain and app settings; a missing sheet gives defaults. */
export function readSettings(): WorkspaceSettings {
  const { timeZone, locale } = spreadsheetLocale();
  const values = new Map<string, CellValue>();
  if (findSheet(SETTINGS_SHEET)) {
    const table = readTable(SETTINGS_SHEET);
    for (const row of table.rows) {
      const key = String(cell(table, row, 'key')).trim();
      if (key) values.set(key, cell(table, row, 'value'));
    }
  }
  const text = (key: string, fallback: string) => {
    const value = values.get(key);
    return value === undefined || value === '' ? fallback : String(value).trim();
  };
  const language = text('language', languageForLocale(locale)) as Settings['language'];
  const overrides: SettingsOverrides = {
    language,
    currency: text('currency', 'TWD'),
    tierThresholds: {
      T1: num(values.get('tierT1')),
      T2: num(values.get('tierT2')),
      T3: num(values.get('tierT3')),
    },
    minPrepDays: {
      advanced: num(values.get('minPrepDaysAdvanced')),
      basic: num(values.get('minPrepDaysBasic')),
      simple: num(values.get('minPrepDaysSimple')),
    },
    maxLeadDays: num(values.get('maxLeadDays')),
    campaignDays: {
      min: num(values.get('campaignDaysMin')),
      recommended: num(values.get('campaignDaysRecommended')),
      max: num(values.get('campaignDaysMax')),
    },
    minShippingSlackDays: num(values.get('minShippingSlackDays')),
    overdueNoticeDays: num(values.get('overdueNoticeDays')),
    atRiskOverdueClient: num(values.get('atRiskOverdueClient')),
  };
  const { settings, problems } = resolveSettings(dropUndefined(overrides) as SettingsOverrides, language);
  const role = text('shareFolderRole', 'none');
  const app: AppSettings = {
    timeZone,
    csmName: text('csmName', ''),
    csmEmail: text('csmEmail', ''),
    senderName: text('senderName', 'Launch Desk'),
    reminderHour: intIn(values.get('reminderHour'), 0, 23, 9),
    digestWeekday: intIn(values.get('digestWeekday'), 0, 6, 1),
    dryRun: bool(values.get('dryRun')),
    dailyMailBudget: intIn(values.get('dailyMailBudget'), 0, 1500, 80),
    folderNameRule: text('folderNameRule', DEFAULT_FOLDER_RULE),
    shareFolderRole: (['reader', 'commenter', 'writer'].includes(role)
      ? role
      : 'none') as AppSettings['shareFolderRole'],
  };
  return { domain: settings, app, problems };
}

/** Overrides without the keys a sheet left blank, so the defaults stand for them. */
function dropUndefined(value: object): object {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    out[key] = item !== null && typeof item === 'object' ? dropUndefined(item) : item;
  }
  return out;
}
