import type { Language } from '../shared/i18n';
import { weekday } from './dates';

/**
 * Dates and amounts as people read them, without Intl: Apps Script's ICU data and Node's may
 * differ, and documents must read the same wherever they are generated.
 */

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_LONG = [
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
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ZH_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

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
  if (language === 'zh-TW') {
    const text = `${year}年${month}月${date}日`;
    return options.weekday ? `${text}（${ZH_WEEKDAYS[weekday(day)]}）` : text;
  }
  const text = `${date} ${EN_MONTHS[month - 1]} ${year}`;
  return options.weekday ? `${EN_WEEKDAYS[weekday(day)]} ${text}` : text;
}

/** A "YYYY-MM" month for people: zh-TW "2027年5月", en "May 2027". */
export function formatMonth(month: string, language: Language): string {
  const [year, monthNumber] = parts(`${month}-01`);
  return language === 'zh-TW' ? `${year}年${monthNumber}月` : `${EN_MONTHS_LONG[monthNumber - 1]} ${year}`;
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
