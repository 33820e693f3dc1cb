import { appSettingProblem } from '../../core/settings';
import { SETTINGS_SHEET } from '../../core/tracker/schema';
import { spreadsheetLocale } from '../../gas/spreadsheet';
import {
  appendRows,
  type CellValue,
  cell,
  findSheet,
  literalText,
  readTable,
  rowFor,
  writeRows,
} from '../../gas/table';
import { listTriggers } from '../../gas/triggers';
import { languageForLocale } from '../../shared/i18n';
import { formatBoth } from '../../shared/messages';
import type { SettingsView, UpdateSettingResult } from '../../shared/rpc';
import { triggerStatus } from '../daily/triggers';
import { isTimeZone } from '../settings';
import { defaultSettings } from '../settings-defaults';

const asText = (value: CellValue): string =>
  value instanceof Date
    ? value.toISOString()
    : typeof value === 'boolean'
      ? String(value).toUpperCase()
      : String(value);

/** The Settings sheet's rows, this user's triggers and the last daily run, for the sidebar. */
export function getSettingsView(): SettingsView {
  const settings: SettingsView['settings'] = [];
  if (findSheet(SETTINGS_SHEET)) {
    const table = readTable(SETTINGS_SHEET);
    for (const row of table.rows) {
      const key = String(cell(table, row, 'key')).trim();
      if (!key) continue;
      settings.push({
        key,
        value: asText(cell(table, row, 'value')),
        description: asText(cell(table, row, 'description')),
      });
    }
  }
  const status = triggerStatus();
  return {
    settings,
    triggers: listTriggers(),
    lastDailyRun: status.lastDailyRun,
    reminders: {
      installed: status.daily.installed,
      hour: status.daily.hour,
      problems: status.problems.map((problem) => problem.message),
    },
  };
}

/** Why a value cannot be stored under a key, or '' when it can (app settings: in both languages). */
function problemWith(key: string, value: string, sample: string | number | boolean): string {
  if (typeof sample === 'boolean' && !/^(true|false)$/i.test(value))
    return formatBoth('settingNotBoolean', { field: key });
  if (typeof sample === 'number' && (value === '' || !Number.isFinite(Number(value))))
    return formatBoth('settingNotNumber', { field: key });
  if (key === 'language' && value !== 'zh-TW' && value !== 'en')
    return formatBoth('unknownValue', { field: key, value, expected: 'zh-TW, en' });
  const zh = appSettingProblem(key, value, 'zh-TW', isTimeZone);
  return zh ? `${zh} / ${appSettingProblem(key, value, 'en', isTimeZone)}` : '';
}

/**
 * Writes one value of the Settings sheet (one write). Only known keys; numbers and booleans are
 * checked and stored as such, text is stored so that Sheets never reads it as a formula.
 */
export function updateSetting(key: string, value: string): UpdateSettingResult {
  const wanted = String(key ?? '').trim();
  const given = String(value ?? '').trim();
  const { locale, timeZone } = spreadsheetLocale();
  const def = defaultSettings(languageForLocale(locale), timeZone).find((s) => s.key === wanted);
  if (!def) return { ok: false, message: formatBoth('settingUnknown', { key: wanted }) };
  const problem = problemWith(wanted, given, def.value);
  if (problem) return { ok: false, message: problem };
  if (!findSheet(SETTINGS_SHEET)) return { ok: false, message: formatBoth('settingsSheetMissing') };
  const table = readTable(SETTINGS_SHEET);
  const at = table.rows.findIndex((row) => String(cell(table, row, 'key')).trim() === wanted);
  const stored: CellValue =
    typeof def.value === 'boolean'
      ? /^true$/i.test(given)
      : typeof def.value === 'number'
        ? Number(given)
        : literalText(given);
  if (at < 0) {
    appendRows(table, [rowFor(table, { key: wanted, value: stored })]);
  } else {
    writeRows(table, new Map([[at, rowFor(table, { value: stored }, table.rows[at])]]));
  }
  return { ok: true, key: wanted, value: given };
}
