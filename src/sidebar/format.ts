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

/**
 * An instant (an ISO time from the server) as "YYYY-MM-DD HH:mm" in the spreadsheet's time zone,
 * where the CSM's days are; the text as it came when the browser cannot read it.
 */
export function shownInstant(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).formatToParts(new Date(ms));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  } catch (_) {
    return iso;
  }
}
