import type { Cell, WallDate } from '../host/state.js';

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** Whether a cell holds a date-time. */
export function isWallDate(value: Cell): value is WallDate {
  return typeof value === 'object' && value !== null && typeof value.wall === 'string';
}

/**
 * The JS Date whose UTC parts are the wall time. exceljs turns a Date into an Excel serial from
 * its UTC time, so this writes exactly the wall clock, whatever the time zone of this process or
 * of the spreadsheet. `undefined` when the wall text is malformed.
 */
export function wallToUtcDate(wall: string): Date | undefined {
  const m = WALL.exec(wall);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(y ?? 0, (mo ?? 1) - 1, d ?? 1);
  date.setUTCHours(h ?? 0, mi ?? 0, s ?? 0, 0);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The wall time a date cell holds, read from the UTC parts of the Date exceljs made from the
 * serial. Rounded to the second: serials are days as doubles, so 12:00:00 may come back as
 * 11:59:59.9997.
 */
export function utcDateToWall(date: Date): WallDate {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return {
    wall:
      `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}` +
      `T${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`,
  };
}
