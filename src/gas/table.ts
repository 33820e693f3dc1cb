import { mapHeaders } from '../core/tracker/headers';
import { headerLabel, type Language, type SheetDef } from '../core/tracker/schema';

/** A value as `getValues()` gives it and `setValues()` takes it. */
export type CellValue = string | number | boolean | Date;

/** A sheet read whole, its columns found by header name. */
export interface Table {
  readonly def: SheetDef;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Column (0-based) of each known key. */
  readonly index: Record<string, number>;
  /** Number of columns of the header row. */
  readonly width: number;
  /** Data rows (below the header), as read; row i sits on sheet row i + 2. */
  readonly rows: CellValue[][];
}

/** Thrown when a sheet's headers cannot be used: the message names the headers. */
export class HeaderError extends Error {
  constructor(
    readonly sheetName: string,
    readonly missing: string[],
    readonly doubled: string[],
  ) {
    const parts = [
      missing.length ? `missing ${missing.map((h) => `"${h}"`).join(', ')}` : '',
      doubled.length ? `more than once ${doubled.map((h) => `"${h}"`).join(', ')}` : '',
    ].filter(Boolean);
    super(`Sheet "${sheetName}": required header ${parts.join('; ')}. Fix the header row and run again.`);
    this.name = 'HeaderError';
  }
}

/** The sheet of a definition, or null when the tracker does not have it yet. */
export function findSheet(def: SheetDef): GoogleAppsScript.Spreadsheet.Sheet | null {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(def.name);
}

/**
 * Reads a whole sheet with one `getValues()` and finds its columns by header. Throws a
 * HeaderError before anything is written when a required header is missing or doubled.
 */
export function readTable(def: SheetDef): Table {
  const sheet = findSheet(def);
  if (!sheet) throw new HeaderError(def.name, ['(the sheet itself)'], []);
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const header = values[0] ?? [];
  const map = mapHeaders(header, def);
  if (!map.ok) throw new HeaderError(def.name, map.missing, map.doubled);
  return { def, sheet, index: map.index, width: header.length, rows: values.slice(1) };
}

/** A cell of a row by column key ('' when the column is absent). */
export function cell(table: Table, row: readonly CellValue[], key: string): CellValue {
  const at = table.index[key];
  return at === undefined ? '' : (row[at] ?? '');
}

/** A row for the table's layout built from values by key; columns of the user's stay blank. */
export function rowFor(
  table: Table,
  values: Record<string, CellValue>,
  base?: readonly CellValue[],
): CellValue[] {
  const row: CellValue[] = base ? base.slice(0, table.width) : [];
  while (row.length < table.width) row.push('');
  for (const [key, value] of Object.entries(values)) {
    const at = table.index[key];
    if (at !== undefined) row[at] = value;
  }
  return row;
}

/**
 * Appends rows below the last data row with one `setValues()`, first growing the sheet when the
 * rows would run past its last row (a range outside the grid is an error in Sheets).
 */
export function appendRows(table: Table, rows: CellValue[][]): void {
  if (!rows.length) return;
  const first = table.rows.length + 2;
  const last = first + rows.length - 1;
  const maxRows = table.sheet.getMaxRows();
  if (last > maxRows) table.sheet.insertRowsAfter(maxRows, last - maxRows);
  table.sheet.getRange(first, 1, rows.length, table.width).setValues(rows);
  table.rows.push(...rows);
}

/**
 * Deletes data rows (indexes into `table.rows`), one `deleteRows()` per run of consecutive
 * rows, bottom run first so the row numbers of the runs above stay true. `table.rows` follows.
 */
export function deleteRows(table: Table, indexes: readonly number[]): void {
  const sorted = [...new Set(indexes)].sort((a, b) => b - a);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) - 1) j += 1;
    const top = sorted[j] ?? 0;
    const count = j - i + 1;
    table.sheet.deleteRows(top + 2, count);
    table.rows.splice(top, count);
    i = j + 1;
  }
}

/**
 * Text written by the app from what a person typed: a leading `= + - @` (or an apostrophe)
 * gets Sheets' quote prefix, so the cell stays the text as typed and never becomes a formula.
 * The prefix is not part of the value: `getValues()` gives the text back without it.
 */
export function literalText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/**
 * Writes changed rows back, one `setValues()` per run of consecutive row numbers, so the number
 * of calls follows the shape of the change, not the number of rows.
 */
export function writeRows(table: Table, changed: ReadonlyMap<number, CellValue[]>): number {
  const indexes = [...changed.keys()].sort((a, b) => a - b);
  let calls = 0;
  for (let i = 0; i < indexes.length; ) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === (indexes[j] ?? 0) + 1) j += 1;
    const start = indexes[i] ?? 0;
    const block = indexes.slice(i, j + 1).map((at) => changed.get(at) ?? []);
    table.sheet.getRange(start + 2, 1, block.length, table.width).setValues(block);
    block.forEach((row, k) => {
      table.rows[start + k] = row;
    });
    calls += 1;
    i = j + 1;
  }
  return calls;
}

/** Creates the sheet with its header row when missing; returns whether it was created. */
export function ensureSheet(def: SheetDef, language: Language): boolean {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet.getSheetByName(def.name)) return false;
  const sheet = spreadsheet.insertSheet(def.name);
  const header = def.columns.map((column) => headerLabel(column, language));
  const range = sheet.getRange(1, 1, 1, header.length);
  range.setValues([header]);
  range.setFontWeight('bold');
  sheet.setFrozenRows(1);
  return true;
}
