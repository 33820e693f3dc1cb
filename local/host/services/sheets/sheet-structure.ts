import type { Cell, GridRange, SheetState } from '../../state.js';
import { type Axis, shiftForDelete, shiftForInsert } from './grid-range.js';

/**
 * Inserting and deleting rows or columns: the cells move, and so does everything anchored to
 * cells (formats, validations, bold ranges, protections, conditional-format ranges, column
 * widths, frozen rows), as Sheets moves them.
 */

type Move = (range: GridRange) => GridRange | undefined;

function moveRanges(sheet: SheetState, move: Move): void {
  // Entries move in place: a Protection object the bundle holds stays tied to its entry.
  const moveEntries = <T extends { range: GridRange }>(list: T[]): T[] =>
    list.filter((entry) => {
      const range = move(entry.range);
      if (range !== undefined) entry.range = range;
      return range !== undefined;
    });
  sheet.numberFormats = moveEntries(sheet.numberFormats);
  sheet.validations = moveEntries(sheet.validations);
  sheet.protections = moveEntries(sheet.protections);
  sheet.boldRanges = sheet.boldRanges.flatMap((range) => move(range) ?? []);
  sheet.conditionalRules = sheet.conditionalRules.flatMap((rule) => {
    const ranges = rule.ranges.flatMap((range) => move(range) ?? []);
    return ranges.length === 0 ? [] : [{ ...rule, ranges }];
  });
}

/** A copy of `list` with `count` new items after index `after` (no argument spreading: counts may be large). */
function insertedInto<T>(list: readonly T[], after: number, count: number, make: () => T): T[] {
  return [...list.slice(0, after), ...Array.from({ length: count }, make), ...list.slice(after)];
}

/** Inserts `count` empty rows or columns after position `after` (0 inserts before the first). */
export function insertAfter(sheet: SheetState, axis: Axis, after: number, count: number): void {
  if (axis === 'rows') {
    if (after < sheet.rows.length) sheet.rows = insertedInto(sheet.rows, after, count, (): Cell[] => []);
    sheet.maxRows += count;
    if (after < sheet.frozenRows) sheet.frozenRows += count;
  } else {
    sheet.rows = sheet.rows.map((cells) =>
      cells !== undefined && after < cells.length ? insertedInto(cells, after, count, (): Cell => '') : cells,
    );
    sheet.maxColumns += count;
    const widths: Record<number, number> = {};
    for (const [column, width] of Object.entries(sheet.columnWidths)) {
      const n = Number(column);
      widths[n > after ? n + count : n] = width;
    }
    sheet.columnWidths = widths;
  }
  moveRanges(sheet, (range) => shiftForInsert(range, axis, after, count));
}

/** Deletes rows `first..first+count-1`; the caller has checked they exist. */
export function deleteRowSpan(sheet: SheetState, first: number, count: number): void {
  sheet.rows.splice(first - 1, count);
  sheet.maxRows -= count;
  const frozenDeleted = Math.max(0, Math.min(sheet.frozenRows, first + count - 1) - first + 1);
  sheet.frozenRows -= frozenDeleted;
  moveRanges(sheet, (range) => shiftForDelete(range, 'rows', first, count));
  while (sheet.rows.length > 0 && (sheet.rows[sheet.rows.length - 1]?.length ?? 0) === 0) sheet.rows.pop();
}
