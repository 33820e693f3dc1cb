import { zoneOffsetMinutes } from './clock.js';
import type { Host } from './host.js';
import { isUsersTrigger, triggerDocument, triggerZone } from './services/workspace/triggers.js';
import type { TriggerState } from './state.js';

/** The wall-clock day, hour and weekday of an instant in a time zone. */
function wallClock(ms: number, timeZone: string): { day: string; hour: number; weekDay: number } {
  const shifted = new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60_000);
  return {
    day: shifted.toISOString().slice(0, 10),
    hour: shifted.getUTCHours(),
    weekDay: shifted.getUTCDay(),
  };
}

/**
 * Whether a time-driven trigger is due at `now`: a daily or weekly one once its hour has come,
 * in the zone that hour was given in (the script's unless `inTimezone` said otherwise), on a day
 * it has not fired yet (Apps Script fires somewhere inside the hour; the local scheduler fires at
 * the first tick inside or after it), a one-off once its time has passed.
 */
export function isTriggerDue(trigger: TriggerState, now: number): boolean {
  if (trigger.disabled) return false;
  const { schedule } = trigger;
  if (schedule.kind === 'once') return schedule.at <= now;
  const zone = triggerZone(trigger);
  const today = wallClock(now, zone);
  const firedToday = trigger.lastFired !== undefined && wallClock(trigger.lastFired, zone).day === today.day;
  if (firedToday || today.hour < schedule.hour) return false;
  return schedule.kind === 'daily' || schedule.weekDay === today.weekDay;
}

/**
 * The event object Apps Script hands a clock trigger's function (its documented fields; the
 * date parts are in UTC, as the event's `timezone` says).
 */
export function clockEvent(triggerUid: string, now: number): Record<string, string | number> {
  const at = new Date(now);
  const yearStart = Date.UTC(at.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    triggerUid,
    timezone: 'UTC',
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
    'week-of-year': Math.floor((now - yearStart) / (7 * 86_400_000)) + 1,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  };
}

/**
 * One scheduler tick: runs every due trigger of this workspace's spreadsheet and user as its own
 * execution, in trigger context (no active spreadsheet, no document properties or lock: the
 * handler opens its tracker by id), with a clock event; returns what ran. Triggers the user
 * created in other trackers belong to spreadsheets this workspace does not hold.
 */
export async function fireDueTriggers(host: Host, now: number = Date.now()): Promise<string[]> {
  const state = await host.backend.load();
  const due = state.triggers.filter(
    (trigger) =>
      triggerDocument(trigger, state) === state.spreadsheet.id &&
      isUsersTrigger(trigger, state) &&
      isTriggerDue(trigger, now),
  );
  await host.backend.flush(state);
  const fired: string[] = [];
  for (const trigger of due) {
    const result = await host.run(
      trigger.handler,
      [clockEvent(trigger.id, now)],
      { now, context: 'trigger' },
      (live) => {
        const entry = live.triggers.find((candidate) => candidate.id === trigger.id);
        if (!entry) return;
        entry.lastFired = now;
        // A one-off trigger is spent once it fires; the job removes it too, but need not.
        if (entry.schedule.kind === 'once') live.triggers.splice(live.triggers.indexOf(entry), 1);
      },
    );
    fired.push(`${trigger.handler}: ${result.ok ? 'ok' : `failed: ${result.error?.message}`}`);
  }
  return fired;
}
