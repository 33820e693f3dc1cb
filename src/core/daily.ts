import type { MilestoneProgress, MilestoneStatus, ReminderDue } from '../shared/schedule';
import { addDays, daysBetween, weekday } from './dates';
import type { DigestEntry, ReviewEntry } from './digest-mail';
import { type ClientHealth, clientHealth } from './health';
import { compareText } from './order';
import type { ReminderMark } from './reminder-marks';
import { type ClientProgress, milestoneStatus, reminderKey, selectReminders } from './reminders';
import type { Settings } from './settings';

/** A client as the daily job needs it. */
export interface DayClient {
  id: string;
  name: string;
  /** Only active clients get reminders and appear in digests (partial, paused, closed do not). */
  active: boolean;
}

/** A milestone row as the daily job needs it; `dueDate` is a valid day (bad rows are left out before). */
export interface DayMilestone extends MilestoneProgress {
  clientId: string;
  title: string;
  /** What to prepare, in the CSM's language (for the digest). */
  prepare: string;
  marks: readonly ReminderMark[];
}

/** A reminder to send, with the index of its milestone in the list given to {@link planDay}. */
export interface DueReminder extends ReminderDue {
  at: number;
}

/** Everything a day's run decides before it sends anything. */
export interface DayPlan {
  /** The status of each milestone, by index. */
  statuses: MilestoneStatus[];
  health: Map<string, ClientHealth>;
  /** Client reminders to send, oldest due day first. */
  due: DueReminder[];
  dueSoon: DigestEntry[];
  overdue: DigestEntry[];
  followUps: DigestEntry[];
  /** Open milestones whose day had passed at onboarding: listed for the CSM, never mailed. */
  catchUp: DigestEntry[];
  atRisk: Array<{ clientId: string; clientName: string; overdue: number }>;
  review: ReviewEntry[];
}

const byDue = (a: DigestEntry, b: DigestEntry) =>
  compareText(a.dueDate, b.dueDate) || compareText(a.clientId, b.clientId);

/**
 * Plans a day: each milestone's status, each client's health, the client reminders due (those
 * of the sent log excluded: `sent` and `pending` alike, a pending one is listed for review
 * instead), and the digest's lists. Milestones for the CSM alone are never mailed to clients;
 * they are the CSM's follow-ups; catch-up milestones (late before onboarding) are listed apart.
 */
export function planDay(
  clients: readonly DayClient[],
  milestones: readonly DayMilestone[],
  today: string,
  settings: Settings,
): DayPlan {
  const clientById = new Map(clients.map((client) => [client.id, client]));
  const grouped = new Map<string, MilestoneProgress[]>();
  const indexOf = new Map<string, number>();
  const logged = new Set<string>();
  const statuses: MilestoneStatus[] = [];
  const plan: DayPlan = {
    statuses,
    health: new Map(),
    due: [],
    dueSoon: [],
    overdue: [],
    followUps: [],
    catchUp: [],
    atRisk: [],
    review: [],
  };
  milestones.forEach((m, at) => {
    statuses.push(milestoneStatus(m, today));
    const list = grouped.get(m.clientId) ?? [];
    grouped.set(m.clientId, list);
    list.push(m);
    indexOf.set(`${m.clientId}|${m.id}`, at);
    for (const mark of m.marks) logged.add(reminderKey(m.clientId, m.id, mark.dueDate, mark.kind));
  });
  const progress: ClientProgress[] = [];
  for (const [clientId, list] of grouped) {
    const client = clientById.get(clientId);
    plan.health.set(clientId, clientHealth(list, today, settings));
    if (client?.active) progress.push({ clientId, milestones: list });
  }
  for (const reminder of selectReminders(progress, today, logged, settings)) {
    const at = indexOf.get(`${reminder.clientId}|${reminder.milestoneId}`);
    if (at !== undefined && reminder.audience !== 'csm') plan.due.push({ ...reminder, at });
  }
  milestones.forEach((m, at) => {
    const client = clientById.get(m.clientId);
    if (!client?.active) return;
    for (const mark of m.marks) {
      if (mark.state !== 'pending') continue;
      plan.review.push({
        clientId: m.clientId,
        clientName: client.name,
        milestone: m.title,
        dueDate: mark.dueDate,
        kind: mark.kind,
        since: mark.on,
      });
    }
    const status = statuses[at];
    if (status !== 'due-soon' && status !== 'overdue' && status !== 'catch-up') return;
    const entry: DigestEntry = {
      clientId: m.clientId,
      clientName: client.name,
      milestone: m.title,
      dueDate: m.dueDate,
      daysLeft: daysBetween(today, m.dueDate),
    };
    if (status === 'catch-up') plan.catchUp.push(entry);
    else if (m.audience === 'csm') plan.followUps.push(m.prepare ? { ...entry, prepare: m.prepare } : entry);
    else (status === 'overdue' ? plan.overdue : plan.dueSoon).push(entry);
  });
  for (const client of clients) {
    const health = plan.health.get(client.id);
    if (client.active && health?.health === 'at-risk') {
      plan.atRisk.push({ clientId: client.id, clientName: client.name, overdue: health.overdueClient });
    }
  }
  plan.dueSoon.sort(byDue);
  plan.overdue.sort(byDue);
  plan.followUps.sort(byDue);
  plan.catchUp.sort(byDue);
  return plan;
}

/** The open milestones of active clients due in the seven days after `today`, for the weekly digest. */
export function weekAhead(
  clients: readonly DayClient[],
  milestones: readonly DayMilestone[],
  today: string,
): { from: string; to: string; entries: DigestEntry[] } {
  const active = new Map(clients.filter((c) => c.active).map((c) => [c.id, c]));
  const from = addDays(today, 1);
  const to = addDays(today, 7);
  const entries: DigestEntry[] = [];
  for (const m of milestones) {
    const client = active.get(m.clientId);
    if (!client || m.done || m.dueDate < from || m.dueDate > to) continue;
    entries.push({
      clientId: m.clientId,
      clientName: client.name,
      milestone: m.title,
      dueDate: m.dueDate,
      daysLeft: daysBetween(today, m.dueDate),
    });
  }
  return { from, to, entries: entries.sort(byDue) };
}

/**
 * The day of the weekly digest on or before `today`: the latest `weekday` (0 Sunday) not after
 * it. A weekly digest is due when none was sent since that day, so a missed week day is caught
 * up once by the next run.
 */
export function lastWeeklyDay(today: string, digestWeekday: number): string {
  return addDays(today, -((weekday(today) - digestWeekday + 7) % 7));
}
