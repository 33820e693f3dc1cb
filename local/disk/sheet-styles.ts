import type { GridRange, SheetState } from '../host/state.js';

/** The number format and boldness of each cell of a sheet's styled area, for fast lookups. */
export interface CellStyleLookup {
  readonly lastRow: number;
  readonly lastColumn: number;
  /** The number format of a cell, or `undefined`. */
  format(row: number, column: number): string | undefined;
  bold(row: number, column: number): boolean;
}

/**
 * Resolves a sheet's format ranges (the last one wins, as in Sheets) into one array per column,
 * limited to the used area: xlsx keeps formats in cells, and rows without a value are not written
 * at all (exceljs's streaming writer drops them), so formats further down live in the sidecar.
 */
export function cellStyleLookup(sheet: SheetState): CellStyleLookup {
  const lastColumn = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  const lastRow = sheet.rows.length;
  const reach = (range: GridRange): number => Math.min(range.row + range.numRows - 1, lastRow);

  const formats: string[] = [''];
  const formatIndex = new Map<string, number>();
  const formatColumns: Array<Uint16Array | undefined> = [];
  const boldColumns: Array<Uint8Array | undefined> = [];
  const paint = <T extends Uint8Array | Uint16Array>(
    columns: Array<T | undefined>,
    make: (length: number) => T,
    range: GridRange,
    value: number,
  ): void => {
    const end = reach(range);
    for (let c = range.column; c < range.column + range.numColumns && c <= lastColumn; c++) {
      let column = columns[c];
      if (column === undefined) columns[c] = column = make(lastRow + 1);
      column.fill(value, Math.max(range.row, 1), end + 1);
    }
  };
  for (const { range, format } of sheet.numberFormats) {
    let index = formatIndex.get(format);
    if (index === undefined) {
      index = formats.push(format) - 1;
      formatIndex.set(format, index);
    }
    paint(formatColumns, (n) => new Uint16Array(n), range, index);
  }
  for (const range of sheet.boldRanges) paint(boldColumns, (n) => new Uint8Array(n), range, 1);
  return {
    lastRow,
    lastColumn,
    format: (row, column) => formats[formatColumns[column]?.[row] ?? 0] || undefined,
    bold: (row, column) => boldColumns[column]?.[row] === 1,
  };
}
