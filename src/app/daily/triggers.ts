import { deleteTrackerProperty, setTrackerProperty, trackerProperties } from '../../gas/properties';
import { spreadsheetLocale } from '../../gas/spreadsheet';
import {
  createDailyTrigger,
  createOneOffTrigger,
  deleteTriggerById,
  deleteTriggers,
  listTriggers,
} from '../../gas/triggers';
import { errorMessage } from '../../shared/error-message';
import type { Localized } from '../../shared/i18n';
import { TRIGGER_PROBLEMS } from '../../shared/messages/daily';
import { PROBE_HANDLER, TIME_DRIVEN_RECORD } from '../handlers';
import { readSettings } from '../settings';

/**
 * The time-driven triggers of the daily job.
 *
 * An editor add-on may hold ONE time-driven trigger per user and document (Apps Script refuses a
 * second one), so the weekly digest cannot have a trigger of its own: the daily trigger carries
 * it, and the daily job sends it on the digest weekday (or the first run after it). For the
 * same reason a run that runs out of time swaps the daily trigger for a one-off continuation,
 * and the continuation puts the daily trigger back before it works.
 *
 * The bookkeeping (ids, hour and zone, continuation, last run) is kept in the tracker
 * properties (the installing user's, keyed by the tracker): a time-driven run has no document
 * properties, and the triggers themselves are that user's in that tracker.
 */

/** The global the triggers call. */
export const DAILY_HANDLER = 'runDailyJob';
const HOUR = 'dailyTriggerHour';
/** The zone the trigger's hour is in: the spreadsheet's when it was installed. */
const ZONE = 'dailyTriggerZone';
const ID = 'dailyTriggerId';
const INSTALLED_AT = 'dailyTriggerInstalledAt';
const CONTINUATION = 'dailyContinuationId';
/** The `lastDailyRun` property: when the daily job last finished (ISO time). */
export const LAST_RUN = 'lastDailyRun';
/**
 * A continuation starts an hour after the run that scheduled it: Apps Script refuses an add-on's
 * time trigger, a one-off `after` included, that comes sooner ("The recurrence interval for an
 * Add-on trigger must be at least one hour").
 */
const CONTINUE_AFTER_MS = 60 * 60 * 1000;
/** An installed trigger that has not run for this long is reported: Apps Script may have disabled it. */
const SILENT_MS = 2 * 24 * 60 * 60 * 1000;

/** A problem with the triggers, said in the workspace's language. */
interface TriggerProblem {
  code: 'missing' | 'duplicate' | 'hour-changed' | 'not-running';
  message: string;
}

/** What is installed, and the last successful run. */
export interface TriggerStatus {
  daily: { installed: boolean; id: string; hour: number | null };
  /** Carried by the daily trigger (one time-driven trigger per add-on and document). */
  weekly: { installed: boolean; weekday: number; hour: number | null; via: string };
  continuation: { scheduled: boolean; id: string };
  lastDailyRun: string;
  problems: TriggerProblem[];
}

const PROBLEMS: Record<TriggerProblem['code'], Localized> = TRIGGER_PROBLEMS;

/** When a time-driven run last happened (the probe or the daily trigger), ISO, or ''. */
function lastTimeDrivenRun(props: Readonly<Record<string, string>>): string {
  try {
    const record = JSON.parse(props[TIME_DRIVEN_RECORD] ?? 'null') as { at?: unknown } | null;
    return typeof record?.at === 'string' ? record.at : '';
  } catch (_) {
    return '';
  }
}

/** The installed triggers and the last run, with what is wrong with them. */
export function triggerStatus(): TriggerStatus {
  const { app, domain } = readSettings();
  const props = trackerProperties();
  const ours = listTriggers().filter((trigger) => trigger.handler === DAILY_HANDLER);
  const continuationId = props[CONTINUATION] ?? '';
  const daily = ours.filter((trigger) => trigger.id !== continuationId);
  const scheduled = ours.some((trigger) => trigger.id === continuationId);
  const hour = props[HOUR] === undefined ? null : Number(props[HOUR]);
  const installed = daily.length > 0;
  const lastDailyRun = props[LAST_RUN] ?? '';
  const codes: TriggerProblem['code'][] = [];
  if (!installed && !scheduled) codes.push('missing');
  if (daily.length > 1) codes.push('duplicate');
  // The hour is read in the zone the trigger was given: a tracker moved to another zone is
  // reminded at the old zone's hour until the trigger is installed again.
  const zoneChanged = props[ZONE] !== undefined && props[ZONE] !== app.timeZone;
  if (installed && (hour !== app.reminderHour || zoneChanged)) codes.push('hour-changed');
  // The trigger runs if any time-driven run happened lately, even one whose job then failed
  // (that failure is in the Log): "not running" must not send a person to reinstall for nothing.
  const since = Math.max(
    ...[lastDailyRun, lastTimeDrivenRun(props), props[INSTALLED_AT] ?? ''].map(
      (time) => Date.parse(time) || 0,
    ),
  );
  if (installed && since > 0 && Date.now() - since > SILENT_MS) codes.push('not-running');
  return {
    daily: { installed, id: daily[0]?.id ?? '', hour },
    weekly: { installed: installed || scheduled, weekday: app.digestWeekday, hour, via: DAILY_HANDLER },
    continuation: { scheduled, id: scheduled ? continuationId : '' },
    lastDailyRun,
    problems: codes.map((code) => ({ code, message: PROBLEMS[code][domain.language] })),
  };
}

/** The answer of installTriggers and removeTriggers. */
export type TriggersResult =
  | { ok: true; changed: boolean; status: TriggerStatus }
  | { ok: false; message: string };

/**
 * Makes sure exactly one daily trigger calls the daily job at the configured hour. Called again
 * with nothing changed, it changes nothing; after the hour setting changed, or with extra or
 * missing triggers, it replaces what is there with one trigger.
 */
export function installTriggers(): TriggersResult {
  try {
    const hour = readSettings().app.reminderHour;
    const { timeZone } = spreadsheetLocale();
    const props = trackerProperties();
    const ours = listTriggers().filter((trigger) => trigger.handler === DAILY_HANDLER);
    const only = ours.length === 1 ? ours[0] : undefined;
    const current =
      only !== undefined &&
      (only.id === props[ID] || only.id === props[CONTINUATION]) &&
      props[HOUR] === String(hour) &&
      props[ZONE] === timeZone;
    if (!current) {
      deleteTriggers(DAILY_HANDLER);
      // A pending diagnostics probe holds the add-on's one time-driven trigger; the daily runs
      // record the same proof, so the probe gives way.
      deleteTriggers(PROBE_HANDLER);
      deleteTrackerProperty(CONTINUATION);
      const trigger = createDailyTrigger(DAILY_HANDLER, hour, timeZone);
      setTrackerProperty(ID, trigger.id);
      setTrackerProperty(HOUR, String(hour));
      setTrackerProperty(ZONE, timeZone);
      setTrackerProperty(INSTALLED_AT, new Date().toISOString());
    }
    return { ok: true, changed: !current, status: triggerStatus() };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

/** Removes the daily job's triggers (a continuation included). */
export function removeTriggers(): TriggersResult {
  try {
    const removed = deleteTriggers(DAILY_HANDLER);
    for (const key of [HOUR, ZONE, ID, INSTALLED_AT, CONTINUATION]) deleteTrackerProperty(key);
    return { ok: true, changed: removed > 0, status: triggerStatus() };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

/** Puts the daily trigger back at the hour and zone it was installed with. */
function recreateDailyTrigger(props: Readonly<Record<string, string>>, hour: string): void {
  const zone = props[ZONE] ?? spreadsheetLocale().timeZone;
  setTrackerProperty(ID, createDailyTrigger(DAILY_HANDLER, Number(hour), zone).id);
}

/**
 * Swaps the daily trigger for a one-off continuation of a run that ran out of time (the add-on
 * may hold only one time-driven trigger per document), an hour later.
 */
export function scheduleContinuation(): void {
  deleteTriggers(DAILY_HANDLER);
  try {
    const trigger = createOneOffTrigger(DAILY_HANDLER, CONTINUE_AFTER_MS);
    setTrackerProperty(CONTINUATION, trigger.id);
  } catch (error) {
    // Without a continuation the daily trigger must come back, or no run would ever follow.
    const props = trackerProperties();
    const hour = props[HOUR];
    if (hour !== undefined) recreateDailyTrigger(props, hour);
    throw error;
  }
}

/**
 * At the start of a continuation: removes its spent one-off trigger and puts the daily trigger
 * back when one was installed. Does nothing (and costs no call) on an ordinary run.
 */
export function restoreDailyTrigger(props: Readonly<Record<string, string>>): void {
  const continuation = props[CONTINUATION];
  if (continuation === undefined) return;
  deleteTriggerById(continuation);
  deleteTrackerProperty(CONTINUATION);
  const hour = props[HOUR];
  if (hour === undefined) return;
  if (listTriggers().some((trigger) => trigger.handler === DAILY_HANDLER)) return;
  recreateDailyTrigger(props, hour);
}
