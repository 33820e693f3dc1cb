import { trackerPropertyKey } from '../shared/tracker-properties';
import { spreadsheetId } from './spreadsheet';
/**
 * Property stores.
 *
 * Document properties hold what only UI runs need (stored Drive ids, onboarding counters): a
 * time-driven run of an editor add-on gets null from `getDocumentProperties()`.
 *
 * Tracker properties hold what the daily job and its triggers need in a time-driven run (the
 * exactly-once journal, the checkpoint, the trigger bookkeeping): the user's properties under
 * a prefix naming the tracker, so a user with several trackers keeps each one's apart. They
 * are the installing user's, as the time-driven trigger is. Limits: 9 KB a value and 500 KB
 * for the user's whole store across trackers; the journal (the largest, a day's reminders at
 * most) is chunked under 9 KB and cleared at the end of every run.
 */

/** Sets a document property (strings only, 9 KB at most). */
export function setDocumentProperty(key: string, value: string): void {
  documentStore().setProperty(key, value);
}

/** Every document property at once (one read instead of one per key). */
export function documentProperties(): Record<string, string> {
  return documentStore().getProperties();
}

/** Sets several document properties in one write; other keys stay. */
export function setDocumentProperties(values: Record<string, string>): void {
  if (Object.keys(values).length) documentStore().setProperties(values);
}

function documentStore(): GoogleAppsScript.Properties.Properties {
  // Null in a time-driven run: state such a run needs lives in the tracker properties.
  const store = PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
  if (!store) throw new Error('Document properties are not available in a time-driven run.');
  return store;
}

const trackerPrefix = () => trackerPropertyKey(spreadsheetId(), '');

/** Every property of this tracker (this user's), keys without their tracker prefix: one read. */
export function trackerProperties(): Record<string, string> {
  const prefix = trackerPrefix();
  const mine: Record<string, string> = {};
  for (const [key, value] of Object.entries(PropertiesService.getUserProperties().getProperties())) {
    if (key.startsWith(prefix)) mine[key.slice(prefix.length)] = value;
  }
  return mine;
}

/** A property of this tracker, or null. */
export function getTrackerProperty(key: string): string | null {
  return PropertiesService.getUserProperties().getProperty(trackerPrefix() + key);
}

/** Sets a property of this tracker (strings only, 9 KB at most). */
export function setTrackerProperty(key: string, value: string): void {
  PropertiesService.getUserProperties().setProperty(trackerPrefix() + key, value);
}

/** Removes a property of this tracker (absent ones are ignored). */
export function deleteTrackerProperty(key: string): void {
  PropertiesService.getUserProperties().deleteProperty(trackerPrefix() + key);
}

/** A user property not tied to one tracker (which tracker a trigger serves), or null. */
export function getUserProperty(key: string): string | null {
  return PropertiesService.getUserProperties().getProperty(key);
}

/** Sets a user property not tied to one tracker. */
export function setUserProperty(key: string, value: string): void {
  PropertiesService.getUserProperties().setProperty(key, value);
}

/** Removes a user property not tied to one tracker. */
export function deleteUserProperty(key: string): void {
  PropertiesService.getUserProperties().deleteProperty(key);
}
