/** Time-driven triggers: installed by the person who runs them, at most 20 per user and script. */

/** A trigger as the app reports it. */
export interface TriggerInfo {
  id: string;
  handler: string;
}

/** The triggers of this script for the current user. */
export function listTriggers(): TriggerInfo[] {
  return ScriptApp.getProjectTriggers().map((trigger) => ({
    id: trigger.getUniqueId(),
    handler: trigger.getHandlerFunction(),
  }));
}

/** Deletes this user's triggers that call `handler`; returns how many. */
export function deleteTriggers(handler: string): number {
  const doomed = ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === handler);
  for (const trigger of doomed) ScriptApp.deleteTrigger(trigger);
  return doomed.length;
}

/** A daily trigger near `hour` (Apps Script picks the minute inside the hour). */
export function createDailyTrigger(handler: string, hour: number): TriggerInfo {
  const trigger = ScriptApp.newTrigger(handler).timeBased().atHour(hour).everyDays(1).create();
  return { id: trigger.getUniqueId(), handler };
}

/** A weekly trigger on a weekday (0 Sunday … 6 Saturday) near `hour`. */
export function createWeeklyTrigger(handler: string, weekDay: number, hour: number): TriggerInfo {
  const days = [
    ScriptApp.WeekDay.SUNDAY,
    ScriptApp.WeekDay.MONDAY,
    ScriptApp.WeekDay.TUESDAY,
    ScriptApp.WeekDay.WEDNESDAY,
    ScriptApp.WeekDay.THURSDAY,
    ScriptApp.WeekDay.FRIDAY,
    ScriptApp.WeekDay.SATURDAY,
  ];
  const day = days[weekDay] ?? ScriptApp.WeekDay.MONDAY;
  const trigger = ScriptApp.newTrigger(handler).timeBased().onWeekDay(day).atHour(hour).create();
  return { id: trigger.getUniqueId(), handler };
}

/** A one-off trigger `afterMs` from now: how a long job continues past the 6-minute limit. */
export function createOneOffTrigger(handler: string, afterMs: number): TriggerInfo {
  const trigger = ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
  return { id: trigger.getUniqueId(), handler };
}

/** Deletes the trigger with this id, if this user still has it; returns whether it did. */
export function deleteTriggerById(id: string): boolean {
  const trigger = ScriptApp.getProjectTriggers().find((candidate) => candidate.getUniqueId() === id);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  return trigger !== undefined;
}
