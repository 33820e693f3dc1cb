import { formatDay, formatMonth } from '../core/format';
import { language } from './text';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * A wire value for people, in the sidebar's language: a day with its weekday (launch days are
 * chosen by weekday), a month in words, anything else as it is.
 */
export function shown(value: string): string {
  if (DAY.test(value)) return formatDay(value, language(), { weekday: true });
  if (MONTH.test(value)) return formatMonth(value, language());
  return value;
}
