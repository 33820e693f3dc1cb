import { isDate, type Realm } from '../../realm.js';
import type { Cell, WallDate } from '../../state.js';
import { epochToWall, utcFields, wallToEpoch } from './time-zone.js';

/**
 * Cells in the state and values in the bundle, both ways.
 *
 * State conventions (what Sheets itself keeps for a cell's input):
 * - a string starting with `=` is a formula, kept as its text (the host does not recalculate);
 * - a string starting with `'` is literal text: the apostrophe only stops Sheets from reading
 *   the rest as a number, date or formula, and `getValues` drops it, as Sheets does;
 * - a date-time is a WallDate in the spreadsheet's zone, so changing the zone keeps wall times.
 */

/** Is this cell a date-time? */
export function isWallDate(cell: Cell | undefined): cell is WallDate {
  return typeof cell === 'object' && cell !== null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm:ss` (or just `YYYY-MM-DD`) as wall milliseconds. */
export function parseWall(wall: string): number {
  return utcFields(
    Number(wall.slice(0, 4)),
    Number(wall.slice(5, 7)),
    Number(wall.slice(8, 10)),
    Number(wall.slice(11, 13) || 0),
    Number(wall.slice(14, 16) || 0),
    Number(wall.slice(17, 19) || 0),
  );
}

/** Wall milliseconds as `YYYY-MM-DDTHH:mm:ss`, whole seconds (as the state keeps them). */
function formatWall(wallMs: number): string {
  const d = new Date(wallMs);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** The text a string cell shows and reads as: a leading quote-prefix apostrophe is not part of it. */
export function cellText(text: string): string {
  return text.charCodeAt(0) === 39 ? text.slice(1) : text;
}

/** What `getValues` hands the bundle for a cell: a context Date, number, boolean or string. */
export function cellToValue(cell: Cell | undefined, zone: string, realm: Realm): unknown {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cellText(cell);
  if (isWallDate(cell)) return realm.date(wallToEpoch(parseWall(cell.wall), zone));
  return cell;
}

/** A JS number literal as Sheets reads typed numbers: `42`, `-3.5`, `.5`, `1e3`. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** An ISO-like date Sheets reads as a date in every locale: `2027-03-01`, `2027/3/1 09:30`. */
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function typedDate(text: string): WallDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const fields = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [year, month, day, hour, minute, second] = fields;
  const wallMs = utcFields(year, month, day, hour, minute, second);
  const back = new Date(wallMs);
  // 2027-02-30 is not a date; Sheets keeps such text as text.
  if (
    back.getUTCMonth() + 1 !== month ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  return { wall: formatWall(wallMs) };
}

/**
 * A string as Sheets stores it when a script writes it: like typed input, `'42'` becomes the
 * number 42, `'true'` a boolean and `'2027-03-01'` a date; formulas and quote-prefixed text are
 * kept as text. In a cell formatted as plain text (`@`) nothing is parsed, and a leading `=`
 * is kept as text by marking it with the quote prefix.
 */
function stringToCell(text: string, plainText: boolean): Cell {
  const first = text.charCodeAt(0);
  if (plainText) return first === 61 ? `'${text}` : text;
  if (text === '' || first === 39 || first === 61) return text;
  // Most cells are words: only text starting like a number, a date or a boolean is parsed.
  const numeric = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
  if (numeric) {
    if (NUMBER.test(text)) return Number(text);
    return typedDate(text) ?? text;
  }
  if (text.length === 4 || text.length === 5) {
    const lower = text.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
  }
  return text;
}

/** A string as written to a cell whose format is only looked up when it matters. */
function writtenString(text: string, isPlainText: () => boolean): Cell {
  const parsed = stringToCell(text, false);
  const formatMatters = parsed !== text || text.charCodeAt(0) === 61;
  return formatMatters && isPlainText() ? stringToCell(text, true) : parsed;
}

/**
 * What a value written by the bundle becomes in a cell: dates become wall times in `zone`
 * (to the second), `null`/`undefined` clear the cell, other objects are written as their text.
 * `isPlainText` tells whether the target cell is formatted as plain text; it is asked only for
 * strings whose fate depends on it, since finding a cell's format costs more than the write.
 */
export function valueToCell(value: unknown, zone: string, isPlainText: () => boolean): Cell {
  switch (typeof value) {
    case 'string':
      return writtenString(value, isPlainText);
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'undefined':
      return '';
    default:
      if (value === null) return '';
      if (isDate(value)) {
        const ms = value.getTime();
        return Number.isNaN(ms) ? '' : { wall: formatWall(epochToWall(Math.floor(ms / 1000) * 1000, zone)) };
      }
      return writtenString(String(value), isPlainText);
  }
}
