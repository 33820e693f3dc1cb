import type { DueReminder } from '../../core/daily';
import { daysBetween } from '../../core/dates';
import { ccLimitProblem, refusedForThisMessage } from '../../core/mail-limits';
import { compareText } from '../../core/order';
import { composeReminder } from '../../core/reminder-mail';
import { sendMail } from '../../gas/mail';
import { errorMessage } from '../../shared/error-message';
import type { AppSettings } from '../settings';
import type { RunLog } from '../tracker/log';
import type { Journal } from './journal';
import type { DailyTracker, MailClient } from './tracker';

/** Where a run stopped, by ids: the last reminder it handled (never a row number). */
export interface ResumePoint {
  dueDate: string;
  key: string;
  /** Keys before the point that the mail service refused: the continuation tries them again. */
  retry?: string[];
}

/** What the send loop may use. */
export interface SendLimits {
  /** Recipients the mail service still allows this run, the digests' share kept back. */
  recipients: number;
  /** Client reminders the daily budget still allows today. */
  mails: number;
  /** Epoch ms after which no new send starts. */
  deadline: number;
  /** Reminders up to and including this one were handled by the run that scheduled this continuation. */
  resumeAfter?: ResumePoint;
}

/** What the send loop did. */
export interface SendOutcome {
  sent: number;
  deferred: number;
  skipped: number;
  failed: number;
  outOfTime: boolean;
  last?: ResumePoint;
  /** Keys the mail service refused in this run, oldest first. */
  refused: string[];
}

/** Consecutive failed sends after which the run stops sending (the mail service is likely down). */
const MAX_FAILURES_IN_A_ROW = 3;

const order = (a: ResumePoint, b: ResumePoint) =>
  compareText(a.dueDate, b.dueDate) || compareText(a.key, b.key);

/**
 * Sends the day's client reminders, oldest due day first. Each send is bracketed by its key:
 * `pending` made durable before, `sent` after; a send the mail service refused is undone (it did not go
 * out) and retried by the next run. Rows with bad addresses are skipped with a Log line; when
 * the quota, the daily budget or the time runs out, the rest is deferred, logged, and left
 * unmarked for the next run (or the continuation) to pick up.
 */
export function sendReminders(
  due: readonly DueReminder[],
  clients: ReadonlyMap<string, MailClient>,
  context: { tracker: DailyTracker; journal: Journal; log: RunLog; app: AppSettings; today: string },
  limits: SendLimits,
): SendOutcome {
  const { tracker, journal, log, app, today } = context;
  const outcome: SendOutcome = { sent: 0, deferred: 0, skipped: 0, failed: 0, outOfTime: false, refused: [] };
  let failuresInARow = 0;
  const resume = limits.resumeAfter;
  const todo = resume
    ? due.filter((reminder) => order(reminder, resume) > 0 || resume.retry?.includes(reminder.key))
    : due;
  for (const [i, reminder] of todo.entries()) {
    const milestone = tracker.milestones[reminder.at];
    const client = clients.get(reminder.clientId);
    if (!milestone || !client) continue;
    // A message the mail service must refuse is skipped, so it never holds back the others.
    const problem = client.addressProblem || ccLimitProblem(client.cc);
    if (problem) {
      outcome.skipped += 1;
      log.add('reminder', client.id, `${reminder.key}: ${problem}`, 'skipped');
      continue;
    }
    const recipients = 1 + client.cc.length;
    const stop =
      Date.now() >= limits.deadline
        ? 'time budget reached: a continuation sends the rest'
        : failuresInARow >= MAX_FAILURES_IN_A_ROW
          ? 'mail keeps failing'
          : limits.mails <= 0
            ? `daily mail budget (${app.dailyMailBudget}) reached`
            : recipients > limits.recipients
              ? `mail quota left: ${limits.recipients} recipients`
              : '';
    if (stop) {
      outcome.outOfTime = Date.now() >= limits.deadline;
      outcome.deferred = todo.length - i;
      log.add('reminder', '', `${outcome.deferred} reminders deferred to the next run: ${stop}`, 'skipped');
      break;
    }
    const mail = composeReminder({
      language: client.language,
      kind: reminder.kind,
      daysLeft: daysBetween(today, reminder.dueDate),
      dueDate: reminder.dueDate,
      contactName: client.contactName,
      clientName: client.name,
      projectName: client.projectName,
      milestone: milestone.titles[client.language],
      prepare: milestone.prepares[client.language],
      csmName: app.csmName,
    });
    const to = client.to;
    const cc = client.cc.join(', ');
    const where = `${reminder.key} → ${to}${cc ? ` (cc ${cc})` : ''}`;
    if (app.dryRun) {
      log.add('dry-run', client.id, `would send ${where}: ${mail.subject}\n${mail.text}`, 'skipped');
      continue;
    }
    const { clientId, milestoneId, dueDate, kind } = reminder;
    journal.record(clientId, milestoneId, dueDate, kind, 'pending');
    tracker.mark(milestone, kind, dueDate, 'pending', today);
    try {
      sendMail({
        to,
        ...(cc ? { cc } : {}),
        ...(app.csmEmail ? { replyTo: app.csmEmail } : {}),
        senderName: app.senderName,
        ...mail,
      });
    } catch (error) {
      // The mail service threw: the message did not go out, so the key is free again for the next run.
      journal.record(clientId, milestoneId, dueDate, kind, null);
      tracker.mark(milestone, kind, dueDate, null, today);
      outcome.failed += 1;
      outcome.refused.push(reminder.key);
      // Only failures of the service itself count toward "mail keeps failing", not one bad message.
      if (!refusedForThisMessage(error)) failuresInARow += 1;
      log.add('reminder', client.id, `${where}: ${errorMessage(error)}`, 'error');
      continue;
    }
    tracker.mark(milestone, kind, dueDate, 'sent', today);
    journal.record(clientId, milestoneId, dueDate, kind, 'sent');
    failuresInARow = 0;
    outcome.sent += 1;
    outcome.last = { dueDate, key: reminder.key };
    limits.recipients -= recipients;
    limits.mails -= 1;
    log.add('reminder', client.id, `${where}: ${mail.subject}`);
  }
  return outcome;
}
