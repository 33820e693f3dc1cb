/**
 * Time-zone arithmetic on epoch milliseconds, with `Intl` as the zone database.
 *
 * "Wall" milliseconds are the wall-clock fields of a zone read as if they were UTC
 * (`Date.UTC(y, m, d, h, mi, s)`): they make field access and formatting zone-free. Offsets are
 * cached per zone and UTC minute, because one `getValues` over a tracker converts hundreds of
 * thousands of dates and `Intl.formatToParts` costs microseconds each.
 */

const MINUTE = 60_000;
const CACHE_LIMIT = 500_000;

/** Java's custom zone ids (`GMT+8`, `GMT-03:30`, `UTC`) that `Intl` in Node 20 may not take. */
const FIXED_ZONE = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const offsetCaches = new Map<string, Map<number, number>>();

function fixedOffset(zone: string): number | undefined {
  const match = FIXED_ZONE.exec(zone);
  if (!match) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)) * MINUTE;
}

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** `Date.UTC` that also means years 0..99 literally (Date.UTC maps them to 1900..1999). */
export function utcFields(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const ms = Date.UTC(2000, month - 1, day, hour, minute, second);
  return year >= 0 && year < 100
    ? new Date(ms).setUTCFullYear(year)
    : Date.UTC(year, month - 1, day, hour, minute, second);
}

function intlOffset(formatter: Intl.DateTimeFormat, epochMs: number): number {
  const at = Math.floor(epochMs / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = utcFields(
    fields.year ?? 1970,
    fields.month ?? 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - at;
}

/** Is this a zone id the host understands (an IANA id or a fixed `GMT+h` offset)? */
export function isKnownTimeZone(zone: string): boolean {
  return fixedOffset(zone) !== undefined || formatterFor(zone) !== null;
}

/**
 * The zone's offset from UTC at this instant, in ms (Asia/Taipei: +8 h). An unknown zone counts
 * as GMT, as Java's `TimeZone.getTimeZone` (behind `Utilities.formatDate`) treats it.
 */
export function offsetAt(epochMs: number, zone: string): number {
  const fixed = fixedOffset(zone);
  if (fixed !== undefined) return fixed;
  const formatter = formatterFor(zone);
  if (formatter === null) return 0;
  let cache = offsetCaches.get(zone);
  if (cache === undefined) {
    cache = new Map();
    offsetCaches.set(zone, cache);
  }
  const key = Math.floor(epochMs / MINUTE);
  let offset = cache.get(key);
  if (offset === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    offset = intlOffset(formatter, epochMs);
    cache.set(key, offset);
  }
  return offset;
}

/** The wall milliseconds of an instant in a zone. */
export function epochToWall(epochMs: number, zone: string): number {
  return epochMs + offsetAt(epochMs, zone);
}

/** Every zone's offset lies within -12 h..+14 h, so an instant is within this of its wall time. */
const WINDOW_BEFORE = 14 * 60 * MINUTE;
const WINDOW_AFTER = 12 * 60 * MINUTE;

/**
 * The instant a wall time names in a zone. Zone rules change at most once in the 26 h around a
 * wall time, so the offsets at both ends of that window are the only candidates. A repeated
 * time (fall back) takes its first occurrence; a time skipped by a spring-forward jump (02:30)
 * is read with the offset before the jump, landing after it (03:30).
 */
export function wallToEpoch(wallMs: number, zone: string): number {
  const early = offsetAt(wallMs - WINDOW_BEFORE, zone);
  const candidate = wallMs - early;
  if (offsetAt(candidate, zone) === early) return candidate;
  const late = offsetAt(wallMs + WINDOW_AFTER, zone);
  const other = wallMs - late;
  return offsetAt(other, zone) === late ? other : candidate;
}
