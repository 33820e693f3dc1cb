import type { Cell } from '../../state.js';
import { cellText, isWallDate, parseWall } from './cell-convert.js';
import { formatDatePattern } from './format-date.js';

/**
 * What `getDisplayValues` shows for a cell: its value formatted by the cell's number format.
 * Covers the formats a tracker sets: date-time patterns (`yyyy-mm-dd`, `d mmm yyyy hh:mm`),
 * fixed decimals and grouping (`0.00`, `#,##0`), percent (`0%`) and plain text (`@`). Without
 * a format, numbers show as Sheets' automatic format does and dates by the spreadsheet locale.
 */

/** Sheets' default date pattern per locale, in SimpleDateFormat letters. */
function defaultDatePattern(locale: string): string {
  if (locale === 'en_US') return 'M/d/yyyy';
  if (/^(zh|ja|ko)/.test(locale)) return 'yyyy/M/d';
  if (locale.startsWith('en')) return 'dd/MM/yyyy';
  return 'yyyy-MM-dd';
}

interface Token {
  letter: string;
  count: number;
  literal?: string;
}

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format.charAt(i);
    if (format.slice(i, i + 5).toLowerCase() === 'am/pm') {
      tokens.push({ letter: 'a', count: 1 });
      i += 5;
    } else if (ch === '"') {
      const close = format.indexOf('"', i + 1);
      const end = close < 0 ? format.length : close;
      tokens.push({ letter: '', count: 0, literal: format.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '\\') {
      tokens.push({ letter: '', count: 0, literal: format.charAt(i + 1) });
      i += 2;
    } else if (/[ymdhs]/i.test(ch)) {
      let count = 1;
      while (format.charAt(i + count).toLowerCase() === ch.toLowerCase()) count += 1;
      tokens.push({ letter: ch.toLowerCase(), count });
      i += count;
    } else {
      tokens.push({ letter: '', count: 0, literal: ch });
      i += 1;
    }
  }
  return tokens;
}

/**
 * A Sheets date pattern in SimpleDateFormat letters. In Sheets `m` is a month unless it follows
 * an hour or precedes seconds, where it is minutes; `ddd` is a weekday; `h` is 24-hour unless
 * the pattern has `am/pm`.
 */
function sheetsDatePatternToJava(format: string): string {
  const tokens = tokenize(format);
  const dated = tokens.filter((t) => t.letter !== '');
  const twelveHour = dated.some((t) => t.letter === 'a');
  const quote = (text: string) => (text === '' ? '' : `'${text.replaceAll("'", "''")}'`);
  return tokens
    .map((t) => {
      if (t.literal !== undefined) return /[A-Za-z']/.test(t.literal) ? quote(t.literal) : t.literal;
      const at = dated.indexOf(t);
      const minutes =
        t.letter === 'm' && t.count <= 2 && (dated[at - 1]?.letter === 'h' || dated[at + 1]?.letter === 's');
      switch (t.letter) {
        case 'y':
          return t.count <= 2 ? 'yy' : 'yyyy';
        case 'm':
          return minutes ? 'm'.repeat(t.count) : 'M'.repeat(t.count);
        case 'd':
          return t.count <= 2 ? 'd'.repeat(t.count) : t.count === 3 ? 'EEE' : 'EEEE';
        case 'h':
          return (twelveHour ? 'h' : 'H').repeat(Math.min(t.count, 2));
        case 's':
          return 's'.repeat(Math.min(t.count, 2));
        default:
          return 'a';
      }
    })
    .join('');
}

const NUMBER_FORMAT = /^([^#0.,]*)([#0,]*)(?:\.([0#]+))?(%?)(.*)$/;

/** A number by a `#,##0.00`-style pattern; undefined when the pattern is not one of those. */
function formatNumber(value: number, format: string): string | undefined {
  const m = NUMBER_FORMAT.exec(format);
  if (!m || !/0|#/.test(m[2] ?? '')) return undefined;
  const [, prefix = '', whole = '', decimals = '', percent = '', suffix = ''] = m;
  const scaled = percent ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(decimals.length);
  const [intPart = '0', fraction] = fixed.split('.');
  const grouped = whole.includes(',') ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : intPart;
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  const unquote = (text: string) => text.replaceAll('"', '');
  return `${sign}${unquote(prefix)}${grouped}${fraction === undefined ? '' : `.${fraction}`}${percent}${unquote(suffix)}`;
}

/** Sheets' automatic number display: up to 15 significant digits, no trailing zeros. */
function automaticNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** The displayed text of one cell. */
export function displayCell(cell: Cell | undefined, format: string | undefined, locale: string): string {
  if (cell === undefined || cell === '') return '';
  if (typeof cell === 'string') return cellText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const fail = (message: string): never => {
    throw new Error(message);
  };
  if (isWallDate(cell)) {
    const hasDateLetters = format !== undefined && /[ymdhs]/i.test(format);
    // Without a format Sheets shows the date, and the time only when there is one.
    const withTime = cell.wall.length > 10 && !cell.wall.endsWith('T00:00:00');
    const pattern = hasDateLetters
      ? sheetsDatePatternToJava(format)
      : `${defaultDatePattern(locale)}${withTime ? ' H:mm:ss' : ''}`;
    return formatDatePattern(parseWall(cell.wall), 0, pattern, fail);
  }
  if (format === undefined || format === '@' || format.toLowerCase() === 'general')
    return automaticNumber(cell);
  return formatNumber(cell, format) ?? automaticNumber(cell);
}
