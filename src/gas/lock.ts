/** The tracker's lock: one daily job, onboarding or re-plan at a time on one spreadsheet. */

/**
 * Runs `work` holding the document lock, or returns `busy` when another execution holds it
 * (`tryLock` never throws; a concurrent run should exit cleanly, not queue up). The document
 * lock, not the script lock: an add-on's script is shared by every spreadsheet that installed
 * it, and a script lock would make one team's daily job wait on another's.
 */
export function withTrackerLock<T>(work: () => T, waitMs = 0): { ran: true; value: T } | { ran: false } {
  // Null only outside a container document (a standalone script or web app), which an add-on never is.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
