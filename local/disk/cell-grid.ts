import type { GridRange } from '../host/state.js';

/**
 * Cell positions packed in one number, column-major (column · 2^21 + row), so a numeric sort
 * walks each column top to bottom: the order `collapseCells` needs. xlsx allows 2^20 rows and
 * 2^14 columns, so the product stays well inside a double's exact integers.
 */
const ROW_SPAN = 2 ** 21;

/** Packs a 1-based row and column into one sortable number. */
export function cellKey(row: number, column: number): number {
  return column * ROW_SPAN + row;
}

/** Every cell of `range` clipped to `maxRow` rows, in cellKey form. */
export function rangeCells(range: GridRange, maxRow = Number.POSITIVE_INFINITY): number[] {
  const cells: number[] = [];
  const lastRow = Math.min(range.row + range.numRows - 1, maxRow);
  for (let column = range.column; column < range.column + range.numColumns; column++) {
    for (let row = range.row; row <= lastRow; row++) cells.push(cellKey(row, column));
  }
  return cells;
}

/**
 * Turns a set of cells into few rectangles: runs down each column, then runs of columns with the
 * same run side by side. Deterministic (sorted by row, then column), so the ranges made from what
 * we wrote and from what we read back compare equal when the file was not changed.
 */
export function collapseCells(cells: Iterable<number>): GridRange[] {
  const sorted = Float64Array.from(cells).sort();
  const done: GridRange[] = [];
  // The rectangles still growing rightwards, by "firstRow:lastRow" of their column run.
  let open = new Map<string, GridRange>();
  let column = -1;
  let next = new Map<string, GridRange>();
  const closeColumn = (): void => {
    for (const [key, range] of open) if (!next.has(key)) done.push(range);
    open = next;
    next = new Map();
  };
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] ?? 0;
    const col = Math.floor(first / ROW_SPAN);
    const startRow = first - col * ROW_SPAN;
    let endRow = startRow;
    i++;
    while (i < sorted.length && sorted[i] === cellKey(endRow + 1, col)) {
      endRow++;
      i++;
    }
    if (col !== column) {
      if (column !== -1 && col !== column + 1) {
        closeColumn();
        closeColumn(); // a gap column: nothing continues across it
      } else if (column !== -1) {
        closeColumn();
      }
      column = col;
    }
    const key = `${startRow}:${endRow}`;
    if (next.has(key)) continue; // the same cell listed twice
    const previous = open.get(key);
    if (previous !== undefined) previous.numColumns++;
    next.set(key, previous ?? { row: startRow, column: col, numRows: endRow - startRow + 1, numColumns: 1 });
  }
  closeColumn();
  closeColumn();
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}
