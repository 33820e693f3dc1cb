import type { Language } from '../shared/i18n';
import { formatter } from '../shared/messages/catalogue';
import { WORDS } from '../shared/messages/words';
import { weekday } from './dates';

const format = formatter(WORDS);

/**
 * Dates and amounts as people read them, without Intl: Apps Script's ICU data and Node's may
 * differ, and documents must read the same wherever they are generated.
 */

/** The `index`th name of a comma-separated list of the catalogue (months, weekdays). */
function nameOf(list: 'monthsShort' | 'monthsLong' | 'weekdays', index: number, language: Language): string {
  return WORDS[list][language].split(',')[index] ?? '';
}

/** Symbols for the currencies whose "$" would be ambiguous; other currencies show their code. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  TWD: 'NT$',
  USD: 'US$',
  HKD: 'HK$',
  SGD: 'S$',
  AUD: 'A$',
  CAD: 'C$',
};

function parts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/**
 * A "YYYY-MM-DD" day for people: zh-TW "2027年3月1日", en "1 Mar 2027"; with `weekday`,
 * "2027年3月2日（二）" and "Tue 2 Mar 2027" (launch days are chosen by weekday).
 */
export function formatDay(day: string, language: Language, options: { weekday?: boolean } = {}): string {
  const [year, month, date] = parts(day);
  const text = format(language, 'day', { year, month: nameOf('monthsShort', month - 1, language), date });
  return options.weekday
    ? format(language, 'dayWithWeekday', { day: text, weekday: nameOf('weekdays', weekday(day), language) })
    : text;
}

/** A "YYYY-MM" month for people: zh-TW "2027年5月", en "May 2027". */
export function formatMonth(month: string, language: Language): string {
  const [year, monthNumber] = parts(`${month}-01`);
  return format(language, 'month', { year, month: nameOf('monthsLong', monthNumber - 1, language) });
}

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * An amount with its currency: "NT$1,000,000", "US$5,000", "EUR 5,000", the same in both
 * languages (that is how Taiwanese documents write them). Whole amounts have no decimals;
 * others are shown to the cent.
 */
export function formatAmount(amount: number, currency: string): string {
  const sign = amount < 0 ? '-' : '';
  const fixed = Math.abs(amount).toFixed(Number.isInteger(amount) ? 0 : 2);
  const [whole = '', cents] = fixed.split('.');
  const number = groupThousands(whole) + (cents === undefined ? '' : `.${cents}`);
  const symbol = CURRENCY_SYMBOLS[currency];
  return symbol === undefined ? `${sign}${currency} ${number}` : `${sign}${symbol}${number}`;
}
