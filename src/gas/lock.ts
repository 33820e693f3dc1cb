/** The script lock: one daily job or onboarding at a time. */

/**
 * Runs `work` holding the script lock, or returns `busy` at once when another execution holds
 * it (`tryLock` never throws; a concurrent run should exit cleanly, not queue up).
 */
export function withScriptLock<T>(work: () => T, waitMs = 0): { ran: true; value: T } | { ran: false } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
