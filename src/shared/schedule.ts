import type { Localized } from './i18n';
import type { Audience, WorkAreaId } from './playbook';

/** One dated milestone of one client, as planned from a rule. */
export interface Milestone {
  /** The rule id, or `ruleId#n` (n from 1) for the n-th occurrence of a recurring rule. */
  id: string;
  ruleId: string;
  title: Localized;
  /** "YYYY-MM-DD". */
  dueDate: string;
  audience: Audience;
  areas: WorkAreaId[];
  reminderLeadDays: number;
  reminder?: Localized;
  /**
   * Its day had passed when the client was onboarded and could not be compressed into the days
   * left before its anchor: the CSM catches it up; the client is never mailed about it.
   */
  catchUp?: boolean;
}

/** A milestone as the tracker holds it: planned, and done or not. */
export interface TrackedMilestone extends Milestone {
  done: boolean;
}

/** What reminder selection and health need to know of a milestone. */
export type MilestoneProgress = Pick<
  TrackedMilestone,
  'id' | 'dueDate' | 'done' | 'audience' | 'reminderLeadDays' | 'catchUp'
>;

/** Where a milestone stands today. */
export type MilestoneStatus = 'upcoming' | 'due-soon' | 'overdue' | 'done' | 'catch-up';

/** A client's health flag. */
export type Health = 'on-track' | 'attention' | 'at-risk';

/** A milestone whose due day changed when an anchor moved. */
interface MovedMilestone {
  id: string;
  from: string;
  to: string;
}

/** The outcome of re-timing a client's milestones. */
export interface Retiming {
  /** The new list: open milestones re-dated, done ones as they were; sorted by due day, then id. */
  milestones: TrackedMilestone[];
  moved: MovedMilestone[];
  appeared: Milestone[];
  vanished: TrackedMilestone[];
}

/** The kinds of reminder mail. */
export type ReminderKind = 'reminder' | 'overdue';

/** A reminder the daily job should send now. */
export interface ReminderDue {
  /** `clientId|milestoneId|dueDate|kind`: the sent log's key. */
  key: string;
  clientId: string;
  milestoneId: string;
  dueDate: string;
  kind: ReminderKind;
  audience: Audience;
  /** Days from today to the due day; negative when overdue. */
  daysLeft: number;
}
