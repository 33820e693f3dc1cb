import { columnLetters, columnNumber } from '../../src/core/a1.js';
import type { GridRange } from '../host/state.js';

/** `A1` or `A1:C3` for a range (a single cell stays `A1`). */
export function rangeToA1(range: GridRange): string {
  const start = `${columnLetters(range.column)}${range.row}`;
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${columnLetters(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** The 1-based row and column of `B7` or `$B$7`, or `undefined` when it is not a cell address. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const match = CELL.exec(address);
  if (match === null) return undefined;
  return { row: Number(match[2]), column: columnNumber(match[1] ?? '') };
}

/** A range from `A1` or `A1:C3` (either corner first), or `undefined` when it does not parse. */
export function parseA1Range(text: string): GridRange | undefined {
  const [first, second, extra] = text.split(':');
  if (first === undefined || extra !== undefined) return undefined;
  const a = parseCellAddress(first);
  const b = second === undefined ? a : parseCellAddress(second);
  if (a === undefined || b === undefined) return undefined;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, numRows: Math.abs(a.row - b.row) + 1, numColumns: Math.abs(a.column - b.column) + 1 };
}

/** The ranges of an xlsx `sqref`/`ref`: space-separated `A1:B2` parts; parts that do not parse are skipped. */
export function parseRangeList(text: string): GridRange[] {
  return text
    .split(/\s+/)
    .filter((part) => part !== '')
    .map(parseA1Range)
    .filter((range): range is GridRange => range !== undefined);
}
