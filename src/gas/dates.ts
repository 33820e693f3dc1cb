/**
 * Calendar days ↔ the Date values of date cells. A date cell holds an instant: local midnight
 * in the spreadsheet's time zone. The script's own zone may differ, so the conversion reads the
 * spreadsheet's zone explicitly. `Intl` (built into Apps Script's V8) gives zone offsets without
 * a service call, where `Utilities.formatDate` would cost one call per cell.
 */
import type { CellValue } from './table';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters: Record<string, Intl.DateTimeFormat> = {};
const daysByInstant: Record<string, Record<number, string>> = {};
const instantsByDay: Record<string, Record<string, number>> = {};

function formatter(timeZone: string): Intl.DateTimeFormat {
  const existing = formatters[timeZone];
  if (existing) return existing;
  const created = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour12: false,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  formatters[timeZone] = created;
  return created;
}

/** The wall-clock fields of an instant in a zone, read as if they were UTC (epoch ms). */
function wallMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  // With hour12: false some ICU versions write midnight as 24:00 of the same day.
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day `YYYY-MM-DD` of an instant in a zone. */
export function dayOfInstant(date: Date, timeZone: string): string {
  const cache = daysByInstant[timeZone] ?? {};
  daysByInstant[timeZone] = cache;
  const instant = date.getTime();
  const cached = cache[instant];
  if (cached !== undefined) return cached;
  const wall = new Date(wallMs(instant, timeZone));
  const day = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  cache[instant] = day;
  return day;
}

/**
 * The Date to write for a day: its first instant in the zone (midnight, or the first hour that
 * exists when a DST change skips midnight). Offsets are taken at the guess and again at the
 * result, so a day on which the offset changes still lands on the right day.
 */
export function dateOfDay(day: string, timeZone: string): Date {
  // A tracker writes the same few hundred days over and over: each is worked out once.
  const cache = instantsByDay[timeZone] ?? {};
  instantsByDay[timeZone] = cache;
  const cached = cache[day];
  if (cached !== undefined) return new Date(cached);
  const instant = firstInstantOf(day, timeZone);
  cache[day] = instant;
  return new Date(instant);
}

function firstInstantOf(day: string, timeZone: string): number {
  const match = DAY.exec(day);
  if (!match) throw new Error(`Not a day: "${day}"`);
  const guess = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  let instant = guess - (wallMs(guess, timeZone) - guess);
  const second = guess - (wallMs(instant, timeZone) - instant);
  if (second !== instant && dayOfInstant(new Date(second), timeZone) === day) instant = second;
  while (dayOfInstant(new Date(instant), timeZone) < day) instant += 3_600_000;
  return instant;
}

/**
 * The day a cell stands for: a Date in the zone, or text typed as `YYYY-MM-DD` (a column a
 * person formatted as text). Anything else is ''.
 */
export function dayOfCell(value: CellValue, timeZone: string): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dayOfInstant(value, timeZone);
  const text = String(value).trim();
  return DAY.test(text) ? text : '';
}
