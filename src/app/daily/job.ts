import { planDay } from '../../core/daily';
import { withTrackerLock } from '../../gas/lock';
import { remainingMailQuota } from '../../gas/mail';
import { deleteTrackerProperty, setTrackerProperty, trackerProperties } from '../../gas/properties';
import { flushSheetWrites, openTracker, today as todayIn } from '../../gas/spreadsheet';
import { trackerOfTrigger } from '../../gas/triggers';
import { errorMessage } from '../../shared/error-message';
import { formatBoth } from '../../shared/messages';
import { noteTimeDrivenRun } from '../diagnostics/triggers';
import { readSettings } from '../settings';
import { RunLog } from '../tracker/log';
import { readPlaybooks } from '../tracker/playbooks';
import { type DigestOutcome, dailyDigestDue, sendDigests, weeklyDigestDue } from './digests';
import { Journal } from './journal';
import { type ResumePoint, type SendLimits, type SendOutcome, sendReminders } from './send-reminders';
import { DailyTracker } from './tracker';
import { LAST_RUN, restoreDailyTrigger, scheduleContinuation } from './triggers';

/** What a run of the daily job did. */
export interface DailyResult {
  ok: boolean;
  today: string;
  /** Another run held the lock: this one did nothing. */
  busy: boolean;
  dryRun: boolean;
  sent: number;
  deferred: number;
  skipped: number;
  failed: number;
  /** Reminders whose send is unconfirmed, listed in the digest for a person to check. */
  pending: number;
  digest: DigestOutcome | 'later';
  weekly: DigestOutcome | 'later';
  /** The run ran out of time and a one-off trigger continues it. */
  continued: boolean;
  message?: string;
}

/** The checkpoint of a run that ran out of time: its day and where it stopped, by ids. */
const CHECKPOINT = 'dailyCheckpoint';
/** Refused sends a continuation tries again, at most. */
const MAX_RETRY_KEYS = 100;
/**
 * No new send starts after this long: Apps Script stops an execution at 6 minutes, and what
 * follows the sends (a write per column, the journal, the trigger swap, the Log) must still fit
 * on a day when every service call is slow.
 */
const TIME_BUDGET_MS = 3.5 * 60 * 1000;

const EMPTY: DailyResult = {
  ok: true,
  today: '',
  busy: false,
  dryRun: false,
  sent: 0,
  deferred: 0,
  skipped: 0,
  failed: 0,
  pending: 0,
  digest: 'later',
  weekly: 'later',
  continued: false,
};

/**
 * The daily job (a time-driven trigger, the menu, `launch-desk daily`): statuses and health,
 * client reminders and the CSM's digests, each mail exactly once. Never throws: a failure is a
 * Log line and `ok: false`; a concurrent run exits at once with a Log line.
 *
 * `triggerUid`: the id of the time-driven trigger that fired this run (its event's). Such a run
 * has no active spreadsheet: it opens the tracker its trigger was installed for, by id. A UI
 * run (menu, sidebar, CLI) passes none and works on the open spreadsheet.
 */
export function runDailyJob(triggerUid?: string): DailyResult {
  const started = Date.now();
  try {
    if (triggerUid !== undefined) {
      const trackerId = trackerOfTrigger(triggerUid);
      if (!trackerId) throw new Error(formatBoth('trackerUnknown', { trigger: triggerUid }));
      openTracker(trackerId);
      noteTimeDrivenRun();
    }
  } catch (error) {
    // No tracker, so no Log sheet: the execution log (Apps Script's Executions page) keeps it.
    console.error(`daily job: ${errorMessage(error)}`);
    return { ...EMPTY, ok: false, message: errorMessage(error) };
  }
  const log = new RunLog();
  try {
    // Before the lock and before anything that may fail: a continuation that finds the tracker
    // busy, or stops on a bad sheet, must still put the daily trigger back, or reminders stop.
    try {
      restoreDailyTrigger(trackerProperties());
    } catch (error) {
      log.add('daily', '', `could not restore the daily trigger: ${errorMessage(error)}`, 'error');
    }
    const locked = withTrackerLock(() => {
      try {
        return runLocked(started, log);
      } catch (error) {
        log.add('daily', '', `stopped: ${errorMessage(error)}`, 'error');
        return { ...EMPTY, ok: false, message: errorMessage(error) };
      } finally {
        log.flush();
      }
    });
    if (locked.ran) return locked.value;
    if (triggerUid === undefined) {
      log.add('daily', '', 'another run holds the tracker: this one exits', 'skipped');
      log.flush();
      return { ...EMPTY, busy: true };
    }
    // A time-driven run that finds a person onboarding (or another user's run) must not lose the
    // day: its continuation comes back in an hour and finds sent what the other run sent.
    scheduleContinuation();
    log.add(
      'daily',
      '',
      'another run holds the tracker: a one-off trigger tries again in an hour',
      'skipped',
    );
    log.flush();
    return { ...EMPTY, busy: true, continued: true };
  } catch (error) {
    console.error(`daily job: ${errorMessage(error)}`);
    return { ...EMPTY, ok: false, message: errorMessage(error) };
  }
}

/** Where a continuation resumes, when it continues a run of the same day. */
function resumePointOf(props: Readonly<Record<string, string>>, today: string): ResumePoint | undefined {
  try {
    const saved = JSON.parse(props[CHECKPOINT] ?? 'null') as (Partial<ResumePoint> & { day?: string }) | null;
    if (saved?.day !== today || !saved.key || !saved.dueDate) return undefined;
    const retry = Array.isArray(saved.retry) ? saved.retry.filter((key) => typeof key === 'string') : [];
    return { dueDate: saved.dueDate, key: saved.key, retry };
  } catch (_) {
    return undefined;
  }
}

function runLocked(started: number, log: RunLog): DailyResult {
  const settings = readSettings();
  const { app, domain } = settings;
  const today = todayIn(app.timeZone);
  const props = trackerProperties();
  const resumeAfter = resumePointOf(props, today);
  if (props[CHECKPOINT] !== undefined) deleteTrackerProperty(CHECKPOINT);
  const { playbooks } = readPlaybooks(domain.language);
  const tracker = new DailyTracker(domain.language, app.timeZone, playbooks);
  const journal = new Journal(props);
  for (const [clientId, milestoneId, dueDate, kind, state] of journal.recovered) {
    const milestone = tracker.find(clientId, milestoneId);
    const what = `${milestoneId} ${dueDate} ${kind}`;
    if (!milestone) {
      // Its row was deleted meanwhile: nothing to mark, and nothing will remind it again.
      log.add('reminder', clientId, `${what}: ${state} when its run stopped; the row is gone`, 'skipped');
      continue;
    }
    tracker.mark(milestone, kind, dueDate, state, today);
    if (state === 'pending')
      log.add('reminder', clientId, `${what}: send interrupted, kept for review`, 'error');
  }
  tracker.logBadRows(log);
  const plan = planDay(tracker.clients, tracker.milestones, today, domain);
  const reserved =
    (dailyDigestDue(props, today) ? 1 : 0) + (weeklyDigestDue(props, today, app.digestWeekday) ? 1 : 0);
  const quota = app.dryRun ? Number.MAX_SAFE_INTEGER : remainingMailQuota();
  const clients = new Map(tracker.clients.map((client) => [client.id, client]));
  const limits: SendLimits = {
    recipients: quota - reserved,
    mails: app.dailyMailBudget - tracker.sentOn(today),
    deadline: started + TIME_BUDGET_MS,
    ...(resumeAfter ? { resumeAfter } : {}),
  };
  let outcome: SendOutcome;
  try {
    outcome = sendReminders(plan.due, clients, { tracker, journal, log, app, today }, limits);
  } finally {
    // The sheet takes the journal's keys first, for real (flushed); only then may the journal go.
    tracker.persist(plan.statuses, plan.health);
    flushSheetWrites();
    journal.clear();
  }
  const result: DailyResult = {
    ...EMPTY,
    today,
    dryRun: app.dryRun,
    sent: outcome.sent,
    deferred: outcome.deferred,
    skipped: outcome.skipped + tracker.badRows.length,
    failed: outcome.failed,
    pending: plan.review.length,
  };
  if (outcome.outOfTime) {
    // The refused keys ride along (a property holds 9 KB: a hundred keys fit well inside).
    const retry = outcome.refused.slice(0, MAX_RETRY_KEYS);
    setTrackerProperty(CHECKPOINT, JSON.stringify({ day: today, ...outcome.last, retry }));
    scheduleContinuation();
    log.add(
      'daily',
      '',
      `time budget reached after ${outcome.sent} reminders: a one-off trigger continues in an hour`,
    );
    return { ...result, continued: true };
  }
  const digests = sendDigests(
    { plan, tracker, settings, props, today, log },
    { deferred: outcome.deferred, skipped: result.skipped },
    limits.recipients + reserved,
  );
  setTrackerProperty(LAST_RUN, new Date().toISOString());
  log.add(
    'daily',
    '',
    `${today}: ${outcome.sent} sent, ${outcome.deferred} deferred, ${result.skipped} skipped`,
  );
  return { ...result, digest: digests.daily, weekly: digests.weekly };
}
