import type { Cell, GridRange, SheetState } from '../../state.js';
import { containsCell, overlaps } from './grid-range.js';

/**
 * The cells of a sheet as the state keeps them: `rows` from A1, ragged, with no trailing empty
 * cells or rows (writes trim them), so the data extent is the array's own size.
 */

/** The cell at 1-based (row, column); `''` when outside the stored data. */
export function cellAt(sheet: SheetState, row: number, column: number): Cell {
  return sheet.rows[row - 1]?.[column - 1] ?? '';
}

function hasData(cells: readonly Cell[] | undefined): boolean {
  return cells?.some((cell) => cell !== '') === true;
}

/** The last row with content (0 for an empty sheet), as `Sheet.getLastRow()`. */
export function lastDataRow(sheet: SheetState): number {
  let row = sheet.rows.length;
  while (row > 0 && !hasData(sheet.rows[row - 1])) row -= 1;
  return row;
}

/** The last column with content in any row (0 for an empty sheet), as `Sheet.getLastColumn()`. */
export function lastDataColumn(sheet: SheetState): number {
  let last = 0;
  for (const cells of sheet.rows) {
    let column = cells?.length ?? 0;
    while (column > last && cells?.[column - 1] === '') column -= 1;
    if (column > last) last = column;
  }
  return last;
}

function trimRow(cells: Cell[]): void {
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
}

/** Drops trailing empty rows, so stored data ends where the content does. */
function trimRows(sheet: SheetState): void {
  const rows = sheet.rows;
  while (rows.length > 0) {
    const last = rows[rows.length - 1];
    if (last !== undefined) trimRow(last);
    if (last !== undefined && last.length > 0) break;
    rows.pop();
  }
}

/**
 * Writes `cellFor(i, j)` into every cell of `range` (i, j from 0), in one pass over its cells.
 * Empty cells past the stored data are not materialised, so clearing a whole column of a large,
 * sparse sheet stays cheap.
 */
export function writeCells(
  sheet: SheetState,
  range: GridRange,
  cellFor: (i: number, j: number) => Cell,
): void {
  const rows = sheet.rows;
  for (let i = 0; i < range.numRows; i++) {
    const r = range.row - 1 + i;
    let cells = rows[r];
    for (let j = 0; j < range.numColumns; j++) {
      const cell = cellFor(i, j);
      const c = range.column - 1 + j;
      if (cells === undefined) {
        if (cell === '') continue;
        while (rows.length < r) rows.push([]);
        cells = [];
        rows[r] = cells;
      }
      if (c < cells.length) {
        cells[c] = cell;
      } else if (cell !== '') {
        while (cells.length < c) cells.push('');
        cells.push(cell);
      }
    }
    if (cells !== undefined) trimRow(cells);
  }
  trimRows(sheet);
}

/**
 * The number format of each cell of `range`, as a lookup. The sheet's format entries never
 * overlap (see `overlay`), so the first entry holding a cell is its format; only entries that
 * touch `range` are searched, and a range without any gets a constant answer.
 */
export function formatLookup(
  sheet: SheetState,
  range: GridRange,
): (row: number, column: number) => string | undefined {
  const relevant = sheet.numberFormats.filter((entry) => overlaps(entry.range, range));
  if (relevant.length === 0) return () => undefined;
  return (row, column) => relevant.find((entry) => containsCell(entry.range, row, column))?.format;
}
