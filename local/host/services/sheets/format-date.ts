/**
 * Java `SimpleDateFormat` patterns (the language of `Utilities.formatDate`), on wall-clock
 * milliseconds. Letters: y M d E u H h a m s S Z X; text between single quotes is literal and
 * `''` is a quote. Any other ASCII letter is an error, as in Java. Names are English, as Apps
 * Script formats them whatever the user's locale.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function zoneText(offsetMs: number, count: number, letter: 'Z' | 'X'): string {
  const minutes = Math.round(offsetMs / 60_000);
  if (letter === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hh = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const mm = pad(Math.abs(minutes) % 60, 2);
  if (letter === 'Z') return `${sign}${hh}${mm}`;
  return count === 1 ? `${sign}${hh}` : count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

function field(letter: string, count: number, d: Date, offsetMs: number): string | undefined {
  const hour = d.getUTCHours();
  switch (letter) {
    case 'y':
      return count === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), count);
    case 'M':
      if (count >= 4) return MONTHS[d.getUTCMonth()];
      if (count === 3) return MONTHS[d.getUTCMonth()]?.slice(0, 3);
      return pad(d.getUTCMonth() + 1, count);
    case 'd':
      return pad(d.getUTCDate(), count);
    case 'E':
      return count >= 4 ? DAYS[d.getUTCDay()] : DAYS[d.getUTCDay()]?.slice(0, 3);
    case 'u':
      return pad(d.getUTCDay() === 0 ? 7 : d.getUTCDay(), count);
    case 'H':
      return pad(hour, count);
    case 'h':
      return pad(hour % 12 === 0 ? 12 : hour % 12, count);
    case 'a':
      return hour < 12 ? 'AM' : 'PM';
    case 'm':
      return pad(d.getUTCMinutes(), count);
    case 's':
      return pad(d.getUTCSeconds(), count);
    case 'S':
      return pad(d.getUTCMilliseconds(), count);
    case 'Z':
    case 'X':
      return zoneText(offsetMs, count, letter);
    default:
      return undefined;
  }
}

/** Reads quoted text starting at the quote at `start`; `''` is a quote, inside or outside. */
function quoted(
  pattern: string,
  start: number,
  out: string,
  fail: (message: string) => never,
): [number, string] {
  if (pattern.charAt(start + 1) === "'") return [start + 2, `${out}'`];
  let text = out;
  let j = start + 1;
  while (j < pattern.length) {
    if (pattern.charAt(j) === "'") {
      if (pattern.charAt(j + 1) !== "'") return [j + 1, text];
      text += "'";
      j += 2;
    } else {
      text += pattern.charAt(j);
      j += 1;
    }
  }
  return fail(`Unterminated quote in pattern: ${pattern}`);
}

/**
 * Formats wall milliseconds (see time-zone.ts) with a SimpleDateFormat pattern; `offsetMs` is
 * the zone's offset at that instant, for `Z` and `X`. Throws `Illegal pattern character 'q'`
 * (through `fail`) on a letter Java does not know or the host does not implement.
 */
export function formatDatePattern(
  wallMs: number,
  offsetMs: number,
  pattern: string,
  fail: (message: string) => never,
): string {
  const d = new Date(wallMs);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      [i, out] = quoted(pattern, i, out, fail);
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let count = 1;
    while (pattern.charAt(i + count) === ch) count += 1;
    const text = field(ch, count, d, offsetMs);
    if (text === undefined) fail(`Illegal pattern character '${ch}'`);
    out += text;
    i += count;
  }
  return out;
}
