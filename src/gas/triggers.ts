import { deleteUserProperty, getUserProperty, setUserProperty } from './properties';
import { spreadsheetId, trackerSpreadsheet } from './spreadsheet';

/**
 * Time-driven triggers: installed by the person who runs them, at most 20 per user and script,
 * one per user and document for an add-on. `ScriptApp.getProjectTriggers()` lists the user's
 * triggers of EVERY spreadsheet that installed the add-on, so everything here works on this
 * tracker's triggers (`getUserTriggers(spreadsheet)`). Each trigger created here records which
 * tracker it serves, under its unique id: its time-driven run has no active spreadsheet and
 * finds its tracker by the `triggerUid` of its event ({@link trackerOfTrigger}).
 */

/** A trigger as the app reports it. */
export interface TriggerInfo {
  id: string;
  handler: string;
}

/** User property: the id of the spreadsheet a trigger (by unique id) serves. */
const TRACKER_OF = 'trackerOf.';

/** The spreadsheet id a trigger serves, or null for a trigger this code did not record. */
export function trackerOfTrigger(triggerUid: string): string | null {
  return getUserProperty(TRACKER_OF + triggerUid);
}

function trackerTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(trackerSpreadsheet());
}

function recorded(trigger: GoogleAppsScript.Script.Trigger, handler: string): TriggerInfo {
  const id = trigger.getUniqueId();
  setUserProperty(TRACKER_OF + id, spreadsheetId());
  return { id, handler };
}

function remove(trigger: GoogleAppsScript.Script.Trigger): void {
  deleteUserProperty(TRACKER_OF + trigger.getUniqueId());
  ScriptApp.deleteTrigger(trigger);
}

/** This user's triggers in this tracker. */
export function listTriggers(): TriggerInfo[] {
  return trackerTriggers().map((trigger) => ({
    id: trigger.getUniqueId(),
    handler: trigger.getHandlerFunction(),
  }));
}

/** Deletes this user's triggers in this tracker that call `handler`; returns how many. */
export function deleteTriggers(handler: string): number {
  const doomed = trackerTriggers().filter((trigger) => trigger.getHandlerFunction() === handler);
  for (const trigger of doomed) remove(trigger);
  return doomed.length;
}

/**
 * A daily trigger near `hour` in `timeZone` (Apps Script picks the minute inside the hour).
 * Without `inTimezone` Apps Script reads the hour in the script's zone (the manifest's), not the
 * spreadsheet's: a tracker in New York would be reminded at Taipei's hour.
 */
export function createDailyTrigger(handler: string, hour: number, timeZone: string): TriggerInfo {
  const trigger = ScriptApp.newTrigger(handler)
    .timeBased()
    .atHour(hour)
    .inTimezone(timeZone)
    .everyDays(1)
    .create();
  return recorded(trigger, handler);
}

/**
 * A one-off trigger `afterMs` from now: how a long job continues past the 6-minute limit.
 * Apps Script refuses less than an hour from an add-on.
 */
export function createOneOffTrigger(handler: string, afterMs: number): TriggerInfo {
  return recorded(ScriptApp.newTrigger(handler).timeBased().after(afterMs).create(), handler);
}

/** Deletes this tracker's trigger with this id, if this user still has it; returns whether it did. */
export function deleteTriggerById(id: string): boolean {
  const trigger = trackerTriggers().find((candidate) => candidate.getUniqueId() === id);
  // A spent one-off trigger is gone already; what it served is forgotten all the same.
  deleteUserProperty(TRACKER_OF + id);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  return trigger !== undefined;
}
