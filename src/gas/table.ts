import { writeBlocks } from '../core/tracker/blocks';
import { headerProblemMessage, mapHeaders } from '../core/tracker/headers';
import { headerLabel, type SheetDef } from '../core/tracker/schema';
import type { Language } from '../shared/i18n';
import { trackerSpreadsheet } from './spreadsheet';

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

/**
 * Thrown when a sheet's headers cannot be used. The message names the sheet and each header in
 * zh-TW, then in English, so whoever reads the execution log or the sidebar can fix it.
 */
export class HeaderError extends Error {
  readonly sheetName: string;
  constructor(
    def: SheetDef,
    readonly missing: string[],
    readonly doubled: string[],
  ) {
    const text = headerProblemMessage(def, missing, doubled);
    super(`${text['zh-TW']}\n${text.en}`);
    this.name = 'HeaderError';
    this.sheetName = def.name;
  }
}

/** The sheet of a definition, or null when the tracker does not have it yet. */
export function findSheet(def: SheetDef): GoogleAppsScript.Spreadsheet.Sheet | null {
  return trackerSpreadsheet().getSheetByName(def.name);
}

/**
 * Reads a whole sheet with one `getValues()` and finds its columns by header. Throws a
 * HeaderError before anything is written when a required header is missing or doubled.
 */
export function readTable(def: SheetDef): Table {
  const sheet = findSheet(def);
  if (!sheet)
    throw new HeaderError(
      def,
      def.columns.filter((c) => c.required).map((c) => c.en),
      [],
    );
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const header = values[0] ?? [];
  const map = mapHeaders(header, def);
  if (!map.ok) throw new HeaderError(def, map.missing, map.doubled);
  return { def, sheet, index: map.index, width: header.length, rows: values.slice(1, usedLength(values)) };
}

/**
 * The rows up to the last one holding anything. Unticked checkboxes (`false`) below the data
 * do not count: a Done column dressed down to the sheet's end would otherwise make every
 * append land below a thousand empty rows.
 */
function usedLength(values: readonly CellValue[][]): number {
  for (let i = values.length - 1; i > 0; i -= 1) {
    if ((values[i] ?? []).some((value) => value !== '' && value !== false)) return i + 1;
  }
  return 1;
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
  growTo(table, first + rows.length - 1);
  table.sheet.getRange(first, 1, rows.length, table.width).setValues(rows);
  table.rows.push(...rows);
}

/**
 * Makes the sheet at least `lastRow` rows tall. When the last row is free the new rows go in
 * before it, inside the dressed rows, so number formats, checkboxes, dropdowns, colours and
 * protections stretch over them (rows added after the last one would come bare).
 */
function growTo(table: Table, lastRow: number): void {
  const maxRows = table.sheet.getMaxRows();
  if (lastRow <= maxRows) return;
  const lastFree = table.rows.length + 1 < maxRows && maxRows > 2;
  if (lastFree) table.sheet.insertRowsAfter(maxRows - 1, lastRow - maxRows + 1);
  else table.sheet.insertRowsAfter(maxRows, lastRow - maxRows);
}

/** A value as `getValues()` will give it back: without the quote prefix. */
function asRead(value: CellValue): CellValue {
  return typeof value === 'string' && value.charCodeAt(0) === 39 ? value.slice(1) : value;
}

/**
 * A value read from a cell, to write back unchanged: text Sheets would otherwise read as a
 * number, date, boolean or formula gets the quote prefix, so it stays the text it was.
 */
function asWritten(value: CellValue): CellValue {
  return typeof value === 'string' && /^(?:[=+\-@'.\d]|true$|false$)/i.test(value) ? `'${value}` : value;
}

/**
 * Writes cells by column key into existing data rows (`changes`: row index → cells). Only the
 * sheet's known columns are touched; columns of the user's never are. One `setValues()` per run
 * of adjacent changed columns, spanning the first to the last changed row, so the number of
 * calls depends on the columns, not on the rows. Returns the number of `setValues()` calls.
 */
export function updateCells(table: Table, changes: ReadonlyMap<number, Record<string, CellValue>>): number {
  return writeByKey(table, changes, (row, column) => asWritten(table.rows[row]?.[column] ?? ''));
}

/**
 * Appends rows given by column key below the last used row, writing only the sheet's known
 * columns (a formula a person filled down a column of their own stays), one `setValues()` per
 * run of adjacent columns. Returns the number of `setValues()` calls.
 */
export function appendCells(table: Table, rows: readonly Record<string, CellValue>[]): number {
  if (!rows.length) return 0;
  const first = table.rows.length;
  growTo(table, first + rows.length + 1);
  for (let i = 0; i < rows.length; i += 1) table.rows.push(new Array<CellValue>(table.width).fill(''));
  return writeByKey(table, new Map(rows.map((cells, i) => [first + i, cells])), () => '');
}

/** Writes keyed cells by blocks; `unchanged` gives the value of a cell a block covers but no change names. */
function writeByKey(
  table: Table,
  changes: ReadonlyMap<number, Record<string, CellValue>>,
  unchanged: (row: number, column: number) => CellValue,
): number {
  const columnsOf = new Map<number, number[]>();
  for (const [row, cells] of changes) {
    columnsOf.set(
      row,
      Object.keys(cells).flatMap((key) =>
        table.index[key] === undefined ? [] : [table.index[key] as number],
      ),
    );
  }
  const keyAt = new Map(Object.entries(table.index).map(([key, at]) => [at, key]));
  const blocks = writeBlocks(columnsOf);
  for (const block of blocks) {
    const values: CellValue[][] = [];
    for (let i = 0; i < block.rows; i += 1) {
      const row = block.row + i;
      const cells = changes.get(row);
      const line: CellValue[] = [];
      for (let j = 0; j < block.columns; j += 1) {
        const column = block.column + j;
        const value = cells?.[keyAt.get(column) ?? ''];
        line.push(value === undefined ? unchanged(row, column) : value);
      }
      values.push(line);
    }
    table.sheet.getRange(block.row + 2, block.column + 1, block.rows, block.columns).setValues(values);
    values.forEach((line, i) => {
      const target = table.rows[block.row + i];
      if (!target) return;
      line.forEach((value, j) => {
        target[block.column + j] = asRead(value);
      });
    });
  }
  return blocks.length;
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

/**
 * Creates the sheet with its header row when missing, or writes the header row into a sheet of
 * that name that is still empty (a tab a person made ahead); returns whether it did either.
 */
export function ensureSheet(def: SheetDef, language: Language): boolean {
  const spreadsheet = trackerSpreadsheet();
  const existing = spreadsheet.getSheetByName(def.name);
  if (existing && existing.getLastRow() > 0) return false;
  const sheet = existing ?? spreadsheet.insertSheet(def.name);
  const header = def.columns.map((column) => headerLabel(column, language));
  const range = sheet.getRange(1, 1, 1, header.length);
  range.setValues([header]);
  range.setFontWeight('bold');
  sheet.setFrozenRows(1);
  return true;
}

/**
 * Writes the headers of new columns right of everything the sheet holds (growing it when
 * needed), bold, in one `setValues()`; returns the column index including them.
 */
export function addHeaders(
  table: Table,
  columns: ReadonlyArray<{ key: string; header: string }>,
): Record<string, number> {
  const first = table.width;
  const maxColumns = table.sheet.getMaxColumns();
  if (first + columns.length > maxColumns) {
    table.sheet.insertColumnsAfter(maxColumns, first + columns.length - maxColumns);
  }
  const range = table.sheet.getRange(1, first + 1, 1, columns.length);
  range.setValues([columns.map((column) => column.header)]);
  range.setFontWeight('bold');
  const index = { ...table.index };
  columns.forEach((column, i) => {
    index[column.key] = first + i;
  });
  return index;
}
