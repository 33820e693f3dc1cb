import { playbookToRows } from '../core/playbook-rows';
import { BUILT_IN_PLAYBOOKS } from '../core/playbooks';
import { formatForKeys, sheetFormat } from '../core/tracker/format-spec';
import {
  headerLabel,
  PLAYBOOK_SHEET,
  SETTINGS_SHEET,
  type SheetDef,
  TRACKER_SHEETS,
} from '../core/tracker/schema';
import { applySheetFormat } from '../gas/sheet-format';
import { trackerSpreadsheet } from '../gas/spreadsheet';
import { addHeaders, appendRows, ensureSheet, findSheet, readTable, rowFor, type Table } from '../gas/table';
import { type Language, languageForLocale } from '../shared/i18n';
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
  /** Optional columns added to sheets that lacked them, as `Sheet: Header`. */
  columnsAdded: string[];
}

/**
 * Creates the tracker's missing sheets, columns and settings. It never wipes, reorders or
 * duplicates what is there, so it is safe to run again at any time: a rerun changes nothing.
 * Every existing sheet's headers are checked first, so a missing or doubled required header
 * stops setup before anything is written.
 */
export function setupTracker(options: SetupOptions = {}): SetupResult {
  const spreadsheet = trackerSpreadsheet();
  const existing = new Map<SheetDef, Table>();
  for (const def of TRACKER_SHEETS) {
    const sheet = findSheet(def);
    if (sheet && sheet.getLastRow() > 0) existing.set(def, readTable(def));
  }
  if (options.timeZone && options.timeZone !== spreadsheet.getSpreadsheetTimeZone()) {
    spreadsheet.setSpreadsheetTimeZone(options.timeZone);
  }
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const language = options.language ?? languageForLocale(spreadsheet.getSpreadsheetLocale());
  const sheetsCreated: string[] = [];
  const columnsAdded: string[] = [];
  for (const def of TRACKER_SHEETS) {
    const table = existing.get(def);
    if (table) {
      columnsAdded.push(...addMissingColumns(table, language));
      continue;
    }
    ensureSheet(def, language);
    sheetsCreated.push(def.name);
    const created = readTable(def);
    applySheetFormat(created.sheet, created.index, sheetFormat(def, language));
    // A new Playbook sheet starts with the built-in rules, so a team edits rather than types.
    if (def === PLAYBOOK_SHEET) {
      appendRows(
        created,
        BUILT_IN_PLAYBOOKS.flatMap(playbookToRows).map((row) => rowFor(created, { ...row })),
      );
    }
  }
  const settingsAdded = addMissingSettings(language, timeZone);
  return { ok: true, language, timeZone, sheetsCreated, settingsAdded, columnsAdded };
}

/** Adds the optional columns a sheet lacks at its right end, dressed; returns `Sheet: Header` of each. */
function addMissingColumns(table: Table, language: Language): string[] {
  const missing = table.def.columns.filter((column) => table.index[column.key] === undefined);
  if (!missing.length) return [];
  const index = addHeaders(
    table,
    missing.map((column) => ({ key: column.key, header: headerLabel(column, language) })),
  );
  const keys = missing.map((column) => column.key);
  applySheetFormat(table.sheet, index, formatForKeys(sheetFormat(table.def, language), keys));
  return missing.map((column) => `${table.def.name}: ${headerLabel(column, language)}`);
}

/** Appends the settings the Settings sheet does not have yet; a value a person set is never touched. */
function addMissingSettings(language: Language, timeZone: string): string[] {
  const settings = readTable(SETTINGS_SHEET);
  const present = new Set(settings.rows.map((row) => String(row[settings.index.key ?? 0] ?? '').trim()));
  const missing = defaultSettings(language, timeZone).filter((setting) => !present.has(setting.key));
  appendRows(
    settings,
    missing.map((setting) =>
      rowFor(settings, {
        key: setting.key,
        value: setting.value,
        description: language === 'zh-TW' ? setting.zh : setting.en,
      }),
    ),
  );
  return missing.map((setting) => setting.key);
}
