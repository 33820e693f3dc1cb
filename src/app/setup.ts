import { playbookToRows } from '../core/playbook-rows';
import { BUILT_IN_PLAYBOOKS } from '../core/playbooks';
import { sheetFormat } from '../core/tracker/format-spec';
import {
  CLIENTS_SHEET,
  type Language,
  LOG_SHEET,
  MILESTONES_SHEET,
  PLAYBOOK_SHEET,
  SETTINGS_SHEET,
} from '../core/tracker/schema';
import { applySheetFormat } from '../gas/sheet-format';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { appendRows, ensureSheet, readTable, rowFor } from '../gas/table';
import { languageForLocale } from './language';
import { defaultSettings } from './settings-defaults';

/** What setup may be told; anything absent follows the spreadsheet. */
export interface SetupOptions {
  language?: Language;
  timeZone?: string;
}

/** What setup did. */
export interface SetupResult {
  ok: true;
  language: Language;
  timeZone: string;
  sheetsCreated: string[];
  settingsAdded: string[];
}

const SHEETS = [CLIENTS_SHEET, MILESTONES_SHEET, PLAYBOOK_SHEET, SETTINGS_SHEET, LOG_SHEET];

/**
 * Creates the tracker's missing sheets and settings. It never wipes, reorders or duplicates
 * what is there, so it is safe to run again at any time.
 */
export function setupTracker(options: SetupOptions = {}): SetupResult {
  const spreadsheet = activeSpreadsheet();
  if (options.timeZone) spreadsheet.setSpreadsheetTimeZone(options.timeZone);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const language = options.language ?? languageForLocale(spreadsheet.getSpreadsheetLocale());
  const sheetsCreated = SHEETS.filter((def) => ensureSheet(def, language)).map((def) => def.name);
  for (const def of SHEETS) {
    if (!sheetsCreated.includes(def.name)) continue;
    const table = readTable(def);
    applySheetFormat(table.sheet, table.index, sheetFormat(def, language));
    // A new Playbook sheet starts with the built-in rules, so a team edits rather than types.
    if (def === PLAYBOOK_SHEET) {
      appendRows(
        table,
        BUILT_IN_PLAYBOOKS.flatMap(playbookToRows).map((row) => rowFor(table, { ...row })),
      );
    }
  }
  const settings = readTable(SETTINGS_SHEET);
  const keyAt = settings.index.key ?? 0;
  const present = new Set(settings.rows.map((row) => String(row[keyAt] ?? '').trim()));
  const missing = defaultSettings(language, timeZone).filter((setting) => !present.has(setting.key));
  appendRows(
    settings,
    missing.map((setting) => {
      const row = new Array<string | number | boolean>(settings.width).fill('');
      row[keyAt] = setting.key;
      row[settings.index.value ?? 1] = setting.value;
      const at = settings.index.description;
      if (at !== undefined) row[at] = language === 'zh-TW' ? setting.zh : setting.en;
      return row;
    }),
  );
  return { ok: true, language, timeZone, sheetsCreated, settingsAdded: missing.map((s) => s.key) };
}
