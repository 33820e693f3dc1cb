import { columnLetters } from '../core/a1';
import { DEFAULT_FOLDER_RULE } from '../core/folder-name';
import {
  appSettingProblem,
  dayListOf,
  resolveSettings,
  type Settings,
  type SettingsOverrides,
} from '../core/settings';
import { SETTINGS_SHEET } from '../core/tracker/schema';
import { dayOfCell } from '../gas/dates';
import { intlWallHour } from '../gas/probes';
import { spreadsheetLocale } from '../gas/spreadsheet';
import { type CellValue, cell, findSheet, readTable } from '../gas/table';
import { type FieldProblem, languageForLocale } from '../shared/i18n';
import { format } from '../shared/messages';

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

/** True when the runtime can tell the time in `zone` ("Mars/Olympus" it cannot). */
export function isTimeZone(zone: string): boolean {
  return zone.trim() !== '' && intlWallHour(zone, new Date()) !== null;
}

const bool = (value: CellValue | undefined): boolean =>
  value === true || /^(true|yes|1|是)$/i.test(String(value ?? '').trim());

/** The Settings sheet's values by key, with the cell (`B7`) each was read from. */
interface SheetValues {
  values: Map<string, CellValue>;
  cells: Map<string, string>;
}

function readSettingsSheet(): SheetValues {
  const values = new Map<string, CellValue>();
  const cells = new Map<string, string>();
  if (!findSheet(SETTINGS_SHEET)) return { values, cells };
  const table = readTable(SETTINGS_SHEET);
  const column = columnLetters((table.index.value ?? 1) + 1);
  table.rows.forEach((row, i) => {
    const key = String(cell(table, row, 'key')).trim();
    if (!key) return;
    values.set(key, cell(table, row, 'value'));
    // Data rows start on sheet row 2, under the header.
    cells.set(key, `${column}${i + 2}`);
  });
  return { values, cells };
}

/** Reads the Settings sheet (one read) into domain and app settings; a missing sheet gives defaults. */
export function readSettings(): WorkspaceSettings {
  const { timeZone, locale } = spreadsheetLocale();
  const { values, cells } = readSettingsSheet();
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
    holidays: dayList(values.get('holidays'), timeZone),
    compressFromDays: num(values.get('compressFromDays')),
  };
  const { settings, problems } = resolveSettings(dropUndefined(overrides) as SettingsOverrides, language);
  const said = settings.language;
  /** A checked app setting: the sheet's value when usable, else the fallback and a problem naming the cell. */
  const checked = (key: string, fallback: string): string => {
    const value = text(key, fallback);
    const problem = value === fallback ? '' : appSettingProblem(key, value, said, isTimeZone);
    if (!problem) return value;
    const at = cells.get(key) ?? '';
    problems.push({
      field: `${SETTINGS_SHEET.name}!${at}`,
      message: format(said, 'settingIgnored', { cell: at, key, problem, fallback }),
    });
    return fallback;
  };
  checked('timeZone', timeZone);
  const role = checked('shareFolderRole', 'none');
  const app: AppSettings = {
    timeZone,
    csmName: checked('csmName', ''),
    csmEmail: checked('csmEmail', ''),
    senderName: checked('senderName', 'Launch Desk'),
    reminderHour: Number(checked('reminderHour', '9')),
    digestWeekday: Number(checked('digestWeekday', '1')),
    dryRun: bool(values.get('dryRun')),
    dailyMailBudget: Number(checked('dailyMailBudget', '80')),
    folderNameRule: checked('folderNameRule', DEFAULT_FOLDER_RULE),
    shareFolderRole: role as AppSettings['shareFolderRole'],
  };
  return { domain: settings, app, problems };
}

/**
 * The days of the Holidays cell (see dayListOf): undefined for a missing row, so the default list
 * stands, and an empty list for an emptied cell: a team without days off.
 */
function dayList(value: CellValue | undefined, timeZone: string): string[] | undefined {
  if (value === undefined) return undefined;
  // A cell holding one typed date is a date to the spreadsheet, not text.
  if (value instanceof Date) return [dayOfCell(value, timeZone)];
  return dayListOf(String(value));
}

/** Overrides without the keys a sheet left blank, so the defaults stand for them. */
function dropUndefined(value: object): object {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    out[key] = item !== null && typeof item === 'object' && !Array.isArray(item) ? dropUndefined(item) : item;
  }
  return out;
}
