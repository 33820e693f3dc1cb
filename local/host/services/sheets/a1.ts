import { columnLetters, columnNumber } from '../../../../src/core/a1.js';
import type { GridRange } from '../../state.js';

/**
 * Which bound of a range was left open in its A1 notation: `A:B` and `A2:B` leave the rows open
 * (they run to the last row), `2:3` leaves the columns open. Apps Script echoes the open form
 * back from `getA1Notation()`, so the range remembers it.
 */
export type OpenBound = 'rows' | 'columns' | undefined;

/** A range parsed from A1 notation. */
export interface ParsedA1 extends GridRange {
  open: OpenBound;
}

interface Endpoint {
  column?: number;
  row?: number;
}

const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function endpoint(text: string): Endpoint | undefined {
  const match = ENDPOINT.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const out: Endpoint = {};
  if (match[1] !== undefined) out.column = columnNumber(match[1]);
  if (match[2] !== undefined) out.row = Number(match[2]);
  return out;
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/**
 * Parses the A1 forms a sheet's `getRange(a1)` takes: `B2`, `A1:C3`, `A:C`, `2:4`, `A2:C`.
 * Whole columns and rows take the sheet's current size. Returns undefined for anything else
 * (Apps Script then says "Range not found"); bounds are the caller's to check.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): ParsedA1 | undefined {
  const parts = a1.trim().split(':');
  if (parts.length > 2) return undefined;
  const from = endpoint(parts[0] ?? '');
  const to = parts.length === 2 ? endpoint(parts[1] ?? '') : from;
  if (!from || !to) return undefined;
  const cell = (e: Endpoint) => e.column !== undefined && e.row !== undefined;
  let rows: [number, number];
  let columns: [number, number];
  let open: OpenBound;
  if (cell(from) && cell(to)) {
    rows = ordered(from.row as number, to.row as number);
    columns = ordered(from.column as number, to.column as number);
  } else if (from.row === undefined && to.row === undefined && parts.length === 2) {
    rows = [1, maxRows];
    columns = ordered(from.column as number, to.column as number);
    open = 'rows';
  } else if (from.column === undefined && to.column === undefined && parts.length === 2) {
    rows = ordered(from.row as number, to.row as number);
    columns = [1, maxColumns];
    open = 'columns';
  } else if (cell(from) && to.row === undefined) {
    rows = [from.row as number, maxRows];
    columns = ordered(from.column as number, to.column as number);
    open = 'rows';
  } else {
    return undefined;
  }
  return {
    row: rows[0],
    column: columns[0],
    numRows: rows[1] - rows[0] + 1,
    numColumns: columns[1] - columns[0] + 1,
    open,
  };
}

/** The A1 notation of a range: `B2` for one cell, `A1:C3`, or the open forms it was made from. */
export function formatA1(range: GridRange, open: OpenBound = undefined): string {
  const lastRow = range.row + range.numRows - 1;
  const first = columnLetters(range.column);
  const last = columnLetters(range.column + range.numColumns - 1);
  if (open === 'rows') return `${first}${range.row === 1 ? '' : range.row}:${last}`;
  if (open === 'columns') return `${range.row}:${lastRow}`;
  if (range.numRows === 1 && range.numColumns === 1) return `${first}${range.row}`;
  return `${first}${range.row}:${last}${lastRow}`;
}
