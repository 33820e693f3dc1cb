import { addDays as fnsAddDays, addMonths as fnsAddMonths } from 'date-fns';

/**
 * Calendar days are "YYYY-MM-DD" strings in the whole API (JSON-safe, and a day has no time
 * zone). For arithmetic they become UTC midnights held in a `UtcDate`: a Date whose local
 * getters and setters are the UTC ones. date-fns works through those accessors, so its day math
 * runs in UTC and the host's time zone (Apps Script's project zone, a developer's TZ) and its DST
 * jumps can never shift a day. The same technique as @date-fns/utc; every local accessor is
 * redirected, not only those addDays and addMonths read, so any date-fns function stays safe.
 */
class UtcDate extends Date {
  // date-fns clones dates with `new date.constructor(value)`, value a number or a Date.
  constructor(value: number | Date) {
    super(typeof value === 'number' ? value : value.getTime());
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  // Setters take optional trailing arguments; passing `undefined` explicitly would yield NaN,
  // hence `apply` with exactly the arguments given.
  override setFullYear(...args: number[]): number {
    return Date.prototype.setUTCFullYear.apply(this, args as [number]);
  }
  override setMonth(...args: number[]): number {
    return Date.prototype.setUTCMonth.apply(this, args as [number]);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: number[]): number {
    return Date.prototype.setUTCHours.apply(this, args as [number]);
  }
  override setMinutes(...args: number[]): number {
    return Date.prototype.setUTCMinutes.apply(this, args as [number]);
  }
  override setSeconds(...args: number[]): number {
    return Date.prototype.setUTCSeconds.apply(this, args as [number]);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const QUARTER_PATTERNS = [/^(\d{4})\s*-?\s*Q([1-4])$/i, /^Q([1-4])\s*-?\s*(\d{4})$/i];

/** Years outside this range are typing mistakes, and years below 100 would confuse Date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function utc(year: number, monthIndex: number, day: number): UtcDate {
  const date = new UtcDate(0);
  // setUTCFullYear, not Date.UTC: the latter maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function parseDay(day: string): UtcDate | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const dayOfMonth = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const date = utc(year, month - 1, dayOfMonth);
  // Date rolls 2027-02-30 over to March; a day that does not survive the round trip is impossible.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth ? date : undefined;
}

function toDay(date: Date): string {
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}-${month}-${day}`;
}

function dateOf(day: string): UtcDate {
  const date = parseDay(day);
  if (!date) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return date;
}

/** True when `value` is a real calendar day written "YYYY-MM-DD" (so "2027-02-30" is not). */
export function isDay(value: string): boolean {
  return parseDay(value) !== undefined;
}

/** True when `value` is a month written "YYYY-MM". */
export function isMonth(value: string): boolean {
  return isDay(`${value}-01`);
}

/** The day `days` calendar days after `day` (before, when negative). Throws on a malformed day. */
export function addDays(day: string, days: number): string {
  return toDay(fnsAddDays(dateOf(day), days));
}

/** The same day of the month `months` months later, clamped to the month's end (Jan 31 + 1 = Feb 28/29). */
export function addMonths(day: string, months: number): string {
  return toDay(fnsAddMonths(dateOf(day), months));
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier). Both are UTC midnights, so
 * their distance is an exact multiple of a day: plain division, and no date-fns here because its
 * differenceInCalendarDays costs ten times more and reminder selection calls this per milestone.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateOf(to).getTime() - dateOf(from).getTime()) / MS_PER_DAY);
}

/** Day of the week of a day: 0 Sunday .. 6 Saturday. */
export function weekday(day: string): number {
  return dateOf(day).getUTCDay();
}

/** The later of two days ("YYYY-MM-DD" strings order like the days they name). */
export function laterDay(a: string, b: string): string {
  return a < b ? b : a;
}

/** The first day ("YYYY-MM-01") of a "YYYY-MM" month. */
export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

/** The "YYYY-MM" month of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** A month or quarter given where a day was wanted: its months, first one first. */
export interface VaguePeriod {
  kind: 'month' | 'quarter';
  months: string[];
}

/** Reads "2027-04" as a month and "2027-Q2", "2027 Q2" or "Q2 2027" as a quarter; otherwise undefined. */
export function parseVague(value: string): VaguePeriod | undefined {
  const trimmed = value.trim();
  if (MONTH_PATTERN.test(trimmed) && isMonth(trimmed)) return { kind: 'month', months: [trimmed] };
  for (const [index, pattern] of QUARTER_PATTERNS.entries()) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    // The two spellings put year and quarter in opposite groups.
    const year = Number(index === 0 ? match[1] : match[2]);
    const quarter = Number(index === 0 ? match[2] : match[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
    const months = [0, 1, 2].map((i) => `${year}-${String((quarter - 1) * 3 + i + 1).padStart(2, '0')}`);
    return { kind: 'quarter', months };
  }
  return undefined;
}

/** The first day on or after `day` whose weekday is in `weekdays` (0 Sunday .. 6 Saturday). */
export function nextWeekdayIn(day: string, weekdays: readonly number[]): string {
  const start = weekday(day);
  for (let ahead = 0; ahead < 7; ahead++) {
    if (weekdays.includes((start + ahead) % 7)) return addDays(day, ahead);
  }
  throw new RangeError('weekdays must name at least one day 0..6');
}
