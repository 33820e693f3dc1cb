import type { ReminderKind } from '../shared/schedule';

/**
 * The sent log of a milestone, kept in its own row of the Milestones sheet ("Reminders sent").
 * One entry per reminder key of the row: the row is `clientId|milestoneId`, an entry adds
 * `dueDate|kind`. `pending` is written before a send and `sent` after it; a `pending` entry
 * that stays is a send whose outcome is unknown: it is never sent again by itself, the digest
 * asks a person to check and to clear the entry (send again) or write `sent`.
 *
 * Written `reminder 2027-03-01: sent 2027-02-26; overdue 2027-03-05: pending 2027-03-06`.
 */

/** Whether a reminder went out, or its outcome is unknown. */
export type MarkState = 'pending' | 'sent';

/** One entry of a milestone's sent log. */
export interface ReminderMark {
  kind: ReminderKind;
  dueDate: string;
  state: MarkState;
  /** The day the state was written. */
  on: string;
}

const ENTRY = /(reminder|overdue)\s+(\d{4}-\d{2}-\d{2})\s*:\s*(pending|sent)(?:\s+(\d{4}-\d{2}-\d{2}))?/i;

/** The entries of a cell; text that is not an entry (a person's note) is ignored. */
export function parseMarks(text: string): ReminderMark[] {
  const marks: ReminderMark[] = [];
  // A fresh expression per call: a shared /g one would carry lastIndex between calls.
  const entry = new RegExp(ENTRY.source, 'gi');
  for (let match = entry.exec(text); match !== null; match = entry.exec(text)) {
    marks.push({
      kind: (match[1] ?? '').toLowerCase() as ReminderKind,
      dueDate: match[2] ?? '',
      state: (match[3] ?? '').toLowerCase() as MarkState,
      on: match[4] ?? '',
    });
  }
  return marks;
}

/** The cell text of a list of entries. */
export function formatMarks(marks: readonly ReminderMark[]): string {
  return marks
    .map((mark) => `${mark.kind} ${mark.dueDate}: ${mark.state}${mark.on ? ` ${mark.on}` : ''}`)
    .join('; ');
}

/** The entries with one reminder set to a state (added, or replacing its entry), or removed when `state` is null. */
export function withMark(
  marks: readonly ReminderMark[],
  kind: ReminderKind,
  dueDate: string,
  state: MarkState | null,
  on: string,
): ReminderMark[] {
  const others = marks.filter((mark) => !(mark.kind === kind && mark.dueDate === dueDate));
  return state === null ? others : [...others, { kind, dueDate, state, on }];
}
