import { addDays, weekday } from './dates';

/** Saturday and Sunday (0 Sunday .. 6 Saturday): nobody is asked to deliver on a weekend. */
const WEEKEND: readonly number[] = [0, 6];

/**
 * Taiwan's days off in 2027 that fall on a weekday, the prefill of the Holidays setting (a team
 * edits the list in the Settings sheet). The official 2027 (ROC 116) calendar of the
 * Directorate-General of Personnel Administration (政府行政機關辦公日曆表) could not be found
 * where we looked, so these days follow the statutory holidays of the Act on Commemorative Days
 * and Holidays (紀念日及節日實施條例, 2025) and the DGPA's make-up rule ("a holiday on a Saturday
 * is taken on the working day before, on a Sunday on the working day after"; the Lunar New Year
 * days likewise). Lunar days: the Lunar New Year is 6 February 2027, Dragon Boat 9 June,
 * Mid-Autumn 15 September; Tomb Sweeping Day (the Qingming solar term) is 5 April. Check the list
 * against the DGPA's published calendar and edit the setting where they differ.
 */
export const TAIWAN_HOLIDAYS_2027: readonly string[] = [
  '2027-01-01', // Founding Day / New Year's Day (Friday)
  '2027-02-04', // the day before Lunar New Year's Eve (小年夜)
  '2027-02-05', // Lunar New Year's Eve
  '2027-02-08', // Lunar New Year, day 3
  '2027-02-09', // made up for day 1 (Saturday 6 February)
  '2027-02-10', // made up for day 2 (Sunday 7 February)
  '2027-03-01', // Peace Memorial Day (Sunday 28 February), made up on Monday
  '2027-04-05', // Tomb Sweeping Day
  '2027-04-06', // Children's Day (Sunday 4 April), made up on the next working day
  '2027-04-30', // Labour Day (Saturday 1 May), made up on Friday
  '2027-06-09', // Dragon Boat Festival
  '2027-09-15', // Mid-Autumn Festival
  '2027-09-28', // Confucius' Birthday / Teachers' Day
  '2027-10-11', // National Day (Sunday 10 October), made up on Monday
  '2027-10-25', // Taiwan Retrocession Day
  '2027-12-24', // Constitution Day (Saturday 25 December), made up on Friday
  '2027-12-31', // New Year's Day 2028 (a Saturday), made up on Friday
];

/** A calendar of working days: Monday to Friday, minus the listed days off. */
export interface WorkCalendar {
  holidays: ReadonlySet<string>;
}

/** The calendar of a Holidays setting's days. */
export function workCalendar(holidays: readonly string[]): WorkCalendar {
  return { holidays: new Set(holidays) };
}

/** True when `day` is a working day: not a weekend, not a listed day off. */
export function isBusinessDay(day: string, calendar: WorkCalendar): boolean {
  return !WEEKEND.includes(weekday(day)) && !calendar.holidays.has(day);
}

/** The first working day from `day` in steps of `step` (−1 backwards, 1 forwards), `day` included. */
function nearestBusinessDay(day: string, step: -1 | 1, calendar: WorkCalendar): string {
  let candidate = day;
  // A year of days off in a row would be a broken list; stop rather than loop.
  for (let n = 0; n < 366 && !isBusinessDay(candidate, calendar); n++) candidate = addDays(candidate, step);
  return candidate;
}

/**
 * The day a client-facing deadline falls on: `day` itself when it is a working day, else the
 * working day before it (work handed in before the weekend), but never before `notBefore` (the
 * day the plan starts): then the first working day from `notBefore` on.
 */
export function clientDueDay(day: string, notBefore: string, calendar: WorkCalendar): string {
  const earlier = nearestBusinessDay(day, -1, calendar);
  return earlier >= notBefore ? earlier : nearestBusinessDay(notBefore, 1, calendar);
}
