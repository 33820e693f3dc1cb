import type { GridRange } from '../../state.js';

/**
 * Rectangle arithmetic for the range lists a sheet keeps (number formats, validations, bold
 * ranges, protections, conditional-format ranges).
 */

/** The last row of a range (inclusive). */
function endRow(range: GridRange): number {
  return range.row + range.numRows - 1;
}

/** The last column of a range (inclusive). */
function endColumn(range: GridRange): number {
  return range.column + range.numColumns - 1;
}

/** Does the range hold the cell at (row, column)? */
export function containsCell(range: GridRange, row: number, column: number): boolean {
  return row >= range.row && row <= endRow(range) && column >= range.column && column <= endColumn(range);
}

/** Do two ranges share at least one cell? */
export function overlaps(a: GridRange, b: GridRange): boolean {
  return a.row <= endRow(b) && b.row <= endRow(a) && a.column <= endColumn(b) && b.column <= endColumn(a);
}

function box(row: number, column: number, lastRow: number, lastColumn: number): GridRange {
  return { row, column, numRows: lastRow - row + 1, numColumns: lastColumn - column + 1 };
}

/** The cells of `a` outside `b`, as at most four rectangles (bands above, below, left, right). */
function subtract(a: GridRange, b: GridRange): GridRange[] {
  if (!overlaps(a, b)) return [a];
  const out: GridRange[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(endRow(a), endRow(b));
  if (a.row < b.row) out.push(box(a.row, a.column, b.row - 1, endColumn(a)));
  if (endRow(a) > endRow(b)) out.push(box(endRow(b) + 1, a.column, endRow(a), endColumn(a)));
  if (a.column < b.column) out.push(box(top, a.column, bottom, b.column - 1));
  if (endColumn(a) > endColumn(b)) out.push(box(top, endColumn(b) + 1, bottom, endColumn(a)));
  return out;
}

/** How to read and rebuild the range of a list entry, so one overlay serves every list shape. */
export interface RangeAccess<T> {
  rangeOf(entry: T): GridRange;
  withRange(entry: T, range: GridRange): T;
}

/** Entries that are bare ranges (`boldRanges`). */
export const BARE_RANGES: RangeAccess<GridRange> = {
  rangeOf: (range) => range,
  withRange: (_, range) => range,
};

/** Entries with a `range` member (`numberFormats`, `validations`). */
export function rangeMember<T extends { range: GridRange }>(): RangeAccess<T> {
  return { rangeOf: (entry) => entry.range, withRange: (entry, range) => ({ ...entry, range }) };
}

/**
 * Paints `target` over a list of non-overlapping entries: every entry loses the cells of
 * `target` (split as needed) and `entry`, if given, takes them. Keeping the entries disjoint
 * means "the last one set wins" holds without replaying history, and the list stays small
 * however many times a range is re-set. Returns the new list.
 */
export function overlay<T>(list: readonly T[], access: RangeAccess<T>, target: GridRange, entry?: T): T[] {
  const out: T[] = [];
  for (const item of list) {
    for (const piece of subtract(access.rangeOf(item), target)) {
      out.push(piece === access.rangeOf(item) ? item : access.withRange(item, piece));
    }
  }
  if (entry !== undefined) out.push(entry);
  return out;
}

/** Which way rows or columns move. */
export type Axis = 'rows' | 'columns';

function span(range: GridRange, axis: Axis): [start: number, count: number] {
  return axis === 'rows' ? [range.row, range.numRows] : [range.column, range.numColumns];
}

function withSpan(range: GridRange, axis: Axis, start: number, count: number): GridRange {
  return axis === 'rows'
    ? { ...range, row: start, numRows: count }
    : { ...range, column: start, numColumns: count };
}

/**
 * Where a range lands after `count` rows (or columns) are inserted after position `after`:
 * ranges below move down, ranges straddling the insertion grow, ranges above stay.
 */
export function shiftForInsert(range: GridRange, axis: Axis, after: number, count: number): GridRange {
  const [start, size] = span(range, axis);
  if (start > after) return withSpan(range, axis, start + count, size);
  if (start + size - 1 > after) return withSpan(range, axis, start, size + count);
  return range;
}

/**
 * Where a range lands after rows (or columns) `first..first+count-1` are deleted: ranges below
 * move up, overlapping ranges shrink; undefined when the range is deleted entirely.
 */
export function shiftForDelete(
  range: GridRange,
  axis: Axis,
  first: number,
  count: number,
): GridRange | undefined {
  const [start, size] = span(range, axis);
  const end = start + size - 1;
  const last = first + count - 1;
  if (end < first) return range;
  if (start > last) return withSpan(range, axis, start - count, size);
  const removed = Math.min(end, last) - Math.max(start, first) + 1;
  if (removed === size) return undefined;
  return withSpan(range, axis, Math.min(start, first), size - removed);
}
