import { spreadsheetId } from './spreadsheet';

/**
 * The tracker's lock: one daily job, onboarding or re-plan at a time on one spreadsheet.
 *
 * A UI run (menu, sidebar) takes the document lock, as before: it holds one spreadsheet for all
 * its users and no other spreadsheet. A time-driven run of an editor add-on has no document, and
 * `getDocumentLock()` is null there; the script lock exists but is shared by every user and
 * spreadsheet of the add-on (one team's daily job would make all others wait), and the user lock
 * spans all of one user's trackers. So a time-driven run holds its tracker by a LEASE: a script
 * property named for the spreadsheet, holding the time until which the run holds it, taken
 * under the user lock (held for the lease alone, so the user's other trackers wait seconds, not
 * minutes) and cleared when the run ends; a run that dies leaves it to expire after the longest
 * an execution can live. UI runs honour a lease: they exit busy while a time-driven run holds
 * the tracker. What stays open: two users' time-driven runs taking the same lease in the same
 * few milliseconds, and a time-driven run starting while a UI run (a person at the spreadsheet,
 * seconds long) holds the document lock, which it cannot see.
 */

const LEASE_PREFIX = 'trackerLease.';
/** Apps Script stops an execution at 6 minutes; a lease outlives its run by a minute at most. */
const LEASE_MS = 7 * 60 * 1000;
/** How long a time-driven run waits for the user lock, held by its other trackers only briefly. */
const LEASE_LOCK_WAIT_MS = 10_000;

/**
 * Runs `work` holding the tracker, or returns `ran: false` when another execution holds it
 * (`tryLock` never throws; a concurrent run should exit cleanly, not queue up). `waitMs`: how
 * long a UI run waits for another UI run to finish.
 */
export function withTrackerLock<T>(work: () => T, waitMs = 0): { ran: true; value: T } | { ran: false } {
  const documentLock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  const lock = documentLock ?? LockService.getUserLock();
  if (!lock.tryLock(documentLock ? waitMs : Math.max(waitMs, LEASE_LOCK_WAIT_MS))) return { ran: false };
  const scriptProperties = PropertiesService.getScriptProperties();
  const key = LEASE_PREFIX + spreadsheetId();
  let leased = false;
  try {
    if (Number(scriptProperties.getProperty(key) ?? 0) > Date.now()) return { ran: false };
    if (!documentLock) {
      scriptProperties.setProperty(key, String(Date.now() + LEASE_MS));
      leased = true;
      lock.releaseLock();
    }
    return { ran: true, value: work() };
  } finally {
    if (leased) scriptProperties.deleteProperty(key);
    else lock.releaseLock();
  }
}
