import { spreadsheetId } from './spreadsheet';

/**
 * The tracker's lock: one daily job, onboarding or re-plan at a time on one spreadsheet.
 *
 * A UI run (menu, sidebar) takes the document lock: it holds one spreadsheet for all its users
 * and no other spreadsheet. A time-driven run of an editor add-on has no document, and
 * `getDocumentLock()` is null there; the script lock exists but is shared by every user and
 * spreadsheet of the add-on (one team's daily job would make all others wait), and the user lock
 * spans all of one user's trackers. So the tracker is held by a LEASE that every run takes: a
 * script property named for the spreadsheet, holding the time until which a run holds it, and
 * cleared when the run ends; a run that dies leaves it to expire after the longest an execution
 * can live. A UI run takes it under the document lock (and keeps that lock, so two people at the
 * spreadsheet queue as before); a time-driven run takes it under the user lock, held for the
 * lease alone, so the user's other trackers wait seconds, not minutes. Each sees the other's
 * lease and exits busy. What stays open: two runs without a common lock (two users' time-driven
 * runs, or one of them and a UI run) reading "free" in the same few milliseconds before either
 * writes its lease.
 */

const LEASE_PREFIX = 'trackerLease.';
/** Apps Script stops an execution at 6 minutes; a lease outlives its run by a minute at most. */
const LEASE_MS = 7 * 60 * 1000;
/** How long a time-driven run waits for the user lock, held by its other trackers only briefly. */
const LEASE_LOCK_WAIT_MS = 10_000;

/** Marks a lease a UI run took: it holds the document lock for as long as it lives. */
const UI_MARK = ':ui';

/**
 * Whether a stored lease still holds the tracker. A UI run's lease cannot hold another UI run
 * out: that run holds the document lock, which Apps Script releases when an execution ends, so a
 * UI lease it finds is one a dead UI run left behind (a person retrying after a failure is not
 * made to wait the lease out). A time-driven run cannot tell, and respects every lease in time.
 */
function leaseHeld(stored: string | null, underDocumentLock: boolean): boolean {
  if (stored === null) return false;
  if (underDocumentLock && stored.endsWith(UI_MARK)) return false;
  return Number.parseInt(stored, 10) > Date.now();
}

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
    if (leaseHeld(scriptProperties.getProperty(key), documentLock !== null)) return { ran: false };
    scriptProperties.setProperty(key, `${Date.now() + LEASE_MS}${documentLock ? UI_MARK : ''}`);
    leased = true;
    // The user lock guarded only the lease; the document lock stays, for UI runs queueing behind.
    if (!documentLock) lock.releaseLock();
    return { ran: true, value: work() };
  } finally {
    if (leased) scriptProperties.deleteProperty(key);
    if (documentLock || !leased) lock.releaseLock();
  }
}
