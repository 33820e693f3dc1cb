import type { ServiceContext } from '../../service-context.js';
import type { SheetState, SpreadsheetState } from '../../state.js';
import { serviceError } from './errors.js';

/**
 * The sheet with this name. Sheets treats names case-insensitively (it refuses `sheet1` next to
 * `Sheet1`), so lookups do too.
 */
export function findSheet(book: SpreadsheetState, name: string): SheetState | undefined {
  const wanted = name.toLowerCase();
  return book.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

/** Throws Apps Script's error when `name` is taken by a sheet other than `self`. */
export function assertNameFree(
  ctx: ServiceContext,
  book: SpreadsheetState,
  name: string,
  self?: SheetState,
): void {
  const holder = findSheet(book, name);
  if (holder !== undefined && holder !== self) {
    throw serviceError(ctx, `A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}
