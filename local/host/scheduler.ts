import { zoneOffsetMinutes } from './clock.js';
import type { Host } from './host.js';
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
 * Whether a time-driven trigger is due at `now`: a daily or weekly one once its hour has come
 * on a day it has not fired yet (Apps Script fires somewhere inside the hour; the local
 * scheduler fires at the first tick inside or after it), a one-off once its time has passed.
 */
export function isTriggerDue(trigger: TriggerState, now: number, timeZone: string): boolean {
  if (trigger.disabled) return false;
  const { schedule } = trigger;
  if (schedule.kind === 'once') return schedule.at <= now;
  const today = wallClock(now, timeZone);
  const firedToday =
    trigger.lastFired !== undefined && wallClock(trigger.lastFired, timeZone).day === today.day;
  if (firedToday || today.hour < schedule.hour) return false;
  return schedule.kind === 'daily' || schedule.weekDay === today.weekDay;
}

/** One scheduler tick: runs every due trigger's handler as its own execution; returns what ran. */
export async function fireDueTriggers(host: Host, now: number = Date.now()): Promise<string[]> {
  const state = await host.backend.load();
  const due = state.triggers.filter((trigger) => isTriggerDue(trigger, now, state.spreadsheet.timeZone));
  await host.backend.flush(state);
  const fired: string[] = [];
  for (const trigger of due) {
    const result = await host.run(
      trigger.handler,
      [{ authMode: 'FULL', triggerUid: trigger.id }],
      { now },
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
