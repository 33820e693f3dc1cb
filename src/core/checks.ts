import type { Severity, Suggestion, TimelineCheck } from '../shared/checks';
import type { NormalizedClient } from '../shared/client';
import type { Language } from '../shared/i18n';
import { format } from '../shared/messages';
import { WORDS } from '../shared/messages/words';
import { SERVICE_LEVELS } from './areas';
import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfMonth,
  isDay,
  isMonth,
  laterDay,
  monthOf,
  nextWeekdayIn,
  parseVague,
} from './dates';
import { formatDay, formatMonth } from './format';
import { ANCHOR_CATALOG } from './playbooks';
import type { Settings } from './settings';

/** Campaigns commonly launch Tuesday to Thursday: the audience is at work, not away. */
const LAUNCH_WEEKDAYS = [2, 3, 4];
const TUESDAY = 2;
const WORKDAYS = [1, 2, 3, 4, 5];
/** Homework for a far launch: a first copy draft in two weeks, the survey in four. */
const HOMEWORK_COPY_DAYS = 14;
const HOMEWORK_SURVEY_DAYS = 28;
/** Candidate days offered for a vague month (a quarter gets one per month). */
const CANDIDATES_PER_MONTH = 3;
const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

type CheckedClient = Pick<NormalizedClient, 'dates' | 'serviceLevel' | 'language'>;

function label(anchorId: string, language: Language): string {
  return ANCHOR_CATALOG.get(anchorId)?.label[language] ?? anchorId;
}

function dayText(day: string, language: Language): string {
  return formatDay(day, language, { weekday: true });
}

/** The first launch-friendly day on which a preparation started on `start` is long enough. */
function earliestLaunch(start: string, today: string, minDays: number): string {
  const fits = addDays(start, minDays);
  return nextWeekdayIn(laterDay(fits, addDays(today, 1)), LAUNCH_WEEKDAYS);
}

/** Up to `count` Tuesdays of `month` from `floor` on: one a week, so they spread over the month. */
function tuesdaysIn(month: string, floor: string, count: number): string[] {
  const found: string[] = [];
  let day = nextWeekdayIn(laterDay(firstDayOfMonth(month), floor), [TUESDAY]);
  while (monthOf(day) === month && found.length < count) {
    found.push(day);
    day = addDays(day, 7);
  }
  return found;
}

function withSuggestions(check: TimelineCheck, suggestions: readonly Suggestion[]): TimelineCheck {
  const [first, ...others] = suggestions;
  if (first) check.suggestion = first;
  if (others.length > 0) check.otherSuggestions = others;
  return check;
}

/**
 * The timeline checks of the "Aha moment" (domain.md §4), in `language` (the client's by
 * default), blockers first:
 * - `vague-date` (blocker): a month or quarter instead of a day; suggests Tuesdays inside the
 *   period (a month: its first three; a quarter: the first of each month) that leave enough
 *   preparation, or the earliest Tuesday-to-Thursday launch when none in the period does;
 * - `too-tight`: preparation (prepStart, else today, to launch) shorter than the level's minimum;
 *   suggests the earliest Tuesday-to-Thursday launch that meets it;
 * - `too-far`: launch more than `maxLeadDays` away; suggests homework days (a copy draft in two
 *   weeks, the survey in four, on workdays) for those the client has not set;
 * - `campaign-length`: launch to end outside the accepted range; suggests the recommended length;
 * - `shipping-slack`: the shipping month starts less than `minShippingSlackDays` after the end;
 *   suggests the first month that leaves the slack;
 * - `in-the-past`: a day (or month) before today, except for anchors where that is normal
 *   (prepStart, contractStart).
 * Dates that are absent or malformed are skipped: validation reports those.
 */
export function checkTimeline(
  client: CheckedClient,
  today: string,
  settings: Settings,
  language: Language = client.language,
): TimelineCheck[] {
  const checks: TimelineCheck[] = [];
  const { dates } = client;
  const launch = dates.launch !== undefined && isDay(dates.launch) ? dates.launch : undefined;
  const end = dates.end !== undefined && isDay(dates.end) ? dates.end : undefined;
  const prepStart = dates.prepStart !== undefined && isDay(dates.prepStart) ? dates.prepStart : undefined;
  const start = prepStart ?? today;
  const minPrep = settings.minPrepDays[client.serviceLevel];
  const earliest = earliestLaunch(start, today, minPrep);

  for (const [id, value] of Object.entries(dates)) {
    const vague = isDay(value) ? undefined : parseVague(value);
    if (vague === undefined || ANCHOR_CATALOG.get(id)?.kind === 'month') continue;
    const floor = id === 'launch' ? earliest : addDays(today, 1);
    const perMonth = vague.kind === 'month' ? CANDIDATES_PER_MONTH : 1;
    const inPeriod = vague.months.flatMap((month) => tuesdaysIn(month, floor, perMonth));
    const candidates = inPeriod.length > 0 ? inPeriod : [nextWeekdayIn(floor, LAUNCH_WEEKDAYS)];
    const message = format(language, vague.kind === 'month' ? 'vagueMonth' : 'vagueQuarter', {
      field: label(id, language),
      value,
      candidates: candidates.map((day) => dayText(day, language)).join(WORDS.listSeparator[language]),
    });
    const suggestions = candidates.map((day) => ({ field: `dates.${id}`, value: day }));
    checks.push(withSuggestions({ code: 'vague-date', severity: 'blocker', message }, suggestions));
  }

  if (launch !== undefined) {
    const prepDays = daysBetween(start, launch);
    if (prepDays < minPrep) {
      const message = format(language, 'tooTight', {
        start: dayText(start, language),
        launch: dayText(launch, language),
        days: prepDays,
        level: SERVICE_LEVELS[client.serviceLevel][language],
        min: minPrep,
        suggested: dayText(earliest, language),
      });
      checks.push({
        code: 'too-tight',
        severity: 'warning',
        message,
        suggestion: { field: 'dates.launch', value: earliest },
      });
    }
    const leadDays = daysBetween(today, launch);
    if (leadDays > settings.maxLeadDays) {
      const homework = (id: string, days: number) => {
        const given = dates[id];
        return given !== undefined && isDay(given)
          ? { day: given, suggested: false }
          : { day: nextWeekdayIn(addDays(today, days), WORKDAYS), suggested: true };
      };
      const copyDraft = homework('copyDraft', HOMEWORK_COPY_DAYS);
      const survey = homework('survey', HOMEWORK_SURVEY_DAYS);
      const message = format(language, 'tooFar', {
        launch: dayText(launch, language),
        days: leadDays,
        max: settings.maxLeadDays,
        copyDraft: dayText(copyDraft.day, language),
        survey: dayText(survey.day, language),
      });
      const suggestions = [
        ...(copyDraft.suggested ? [{ field: 'dates.copyDraft', value: copyDraft.day }] : []),
        ...(survey.suggested ? [{ field: 'dates.survey', value: survey.day }] : []),
      ];
      checks.push(withSuggestions({ code: 'too-far', severity: 'warning', message }, suggestions));
    }
  }

  if (launch !== undefined && end !== undefined) {
    const days = daysBetween(launch, end);
    const { min, max, recommended } = settings.campaignDays;
    if (days < min || days > max) {
      const suggested = addDays(launch, recommended);
      const message = format(language, 'campaignLength', {
        days,
        min,
        max,
        recommended,
        suggested: dayText(suggested, language),
      });
      checks.push({
        code: 'campaign-length',
        severity: 'warning',
        message,
        suggestion: { field: 'dates.end', value: suggested },
      });
    }
  }

  const shipping = dates.shipping;
  if (end !== undefined && shipping !== undefined && isMonth(shipping)) {
    const needed = addDays(end, settings.minShippingSlackDays);
    if (firstDayOfMonth(shipping) < needed) {
      const month = monthOf(needed);
      // The first month whose first day is on or after the needed day.
      const suggested =
        firstDayOfMonth(month) < needed ? monthOf(addMonths(firstDayOfMonth(month), 1)) : month;
      const message = format(language, 'shippingSlack', {
        shipping: formatMonth(shipping, language),
        end: dayText(end, language),
        min: settings.minShippingSlackDays,
        suggested: formatMonth(suggested, language),
      });
      checks.push({
        code: 'shipping-slack',
        severity: 'warning',
        message,
        suggestion: { field: 'dates.shipping', value: suggested },
      });
    }
  }

  for (const [id, value] of Object.entries(dates)) {
    const anchor = ANCHOR_CATALOG.get(id);
    if (anchor?.pastAllowed) continue;
    const past =
      anchor?.kind === 'month' ? isMonth(value) && value < monthOf(today) : isDay(value) && value < today;
    if (!past) continue;
    const shown = anchor?.kind === 'month' ? formatMonth(value, language) : dayText(value, language);
    const message = format(language, 'inThePast', { field: label(id, language), value: shown });
    checks.push({ code: 'in-the-past', severity: 'warning', message });
  }

  // Array.prototype.sort is stable (ES2019), so checks of equal severity keep their order.
  return checks.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
