import type { MilestoneProgress, MilestoneStatus, ReminderDue, ReminderKind } from '../shared/schedule';
import { daysBetween } from './dates';
import { compareText } from './order';
import type { Settings } from './settings';

/** The milestones of one client, as the daily job reads them from the tracker. */
export interface ClientProgress {
  clientId: string;
  milestones: readonly MilestoneProgress[];
}

/** The sent log's key of a reminder: `clientId|milestoneId|dueDate|kind`. The due day is part of it, so a re-timed milestone is reminded again. */
export function reminderKey(
  clientId: string,
  milestoneId: string,
  dueDate: string,
  kind: ReminderKind,
): string {
  return `${clientId}|${milestoneId}|${dueDate}|${kind}`;
}

/**
 * Where a milestone stands on `today`: `done`; `catch-up` when its day had passed at onboarding
 * (the CSM's to catch up, never overdue); `overdue` after its due day; `due-soon` from
 * `reminderLeadDays` days before it up to the due day itself; `upcoming` before that.
 */
export function milestoneStatus(milestone: MilestoneProgress, today: string): MilestoneStatus {
  if (milestone.done) return 'done';
  if (milestone.catchUp) return 'catch-up';
  const daysLeft = daysBetween(today, milestone.dueDate);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= milestone.reminderLeadDays ? 'due-soon' : 'upcoming';
}

/**
 * The reminders the daily job sends today. A `reminder` goes out for an open milestone whose
 * lead window (due day − lead days .. due day) contains today; an `overdue` notice for an open
 * milestone 1 to `overdueNoticeDays` days past due. Selection is by window, not by the exact
 * day, so days the job did not run are caught up; `sent` (the log's keys) makes each go out once.
 * A catch-up milestone sends nothing: it was late before the client came, the CSM's digest lists
 * it. Ordered by due day, then client and milestone.
 */
export function selectReminders(
  clients: readonly ClientProgress[],
  today: string,
  sent: ReadonlySet<string>,
  settings: Settings,
): ReminderDue[] {
  const due: ReminderDue[] = [];
  for (const { clientId, milestones } of clients) {
    for (const m of milestones) {
      if (m.done || m.catchUp) continue;
      const daysLeft = daysBetween(today, m.dueDate);
      let kind: ReminderKind | undefined;
      if (daysLeft >= 0 && daysLeft <= m.reminderLeadDays) kind = 'reminder';
      else if (daysLeft < 0 && -daysLeft <= settings.overdueNoticeDays) kind = 'overdue';
      if (kind === undefined) continue;
      const key = reminderKey(clientId, m.id, m.dueDate, kind);
      if (sent.has(key)) continue;
      due.push({
        key,
        clientId,
        milestoneId: m.id,
        dueDate: m.dueDate,
        kind,
        audience: m.audience,
        daysLeft,
      });
    }
  }
  return due.sort((a, b) => compareText(a.dueDate, b.dueDate) || compareText(a.key, b.key));
}
