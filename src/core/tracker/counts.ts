import { CLIENT_STATUSES, codeOf, MILESTONE_STATUSES, type MilestoneStatus } from './labels';

/** Counts by status code; a status a person typed that is no known label counts as `other`. */
export type StatusCounts = Record<string, number>;

/** Is a Done cell ticked? A checkbox gives `true`; text `TRUE` (a typed or imported sheet) counts too. */
export function isTicked(value: unknown): boolean {
  return value === true || /^true$/i.test(String(value ?? '').trim());
}

/**
 * The status of a milestone row as the sheet tells it: the Done tick wins (it is what a person
 * edits), else the Status cell in either language; a blank status is `upcoming`.
 */
export function milestoneRowStatus(statusCell: unknown, doneCell: unknown): MilestoneStatus | 'other' {
  if (isTicked(doneCell)) return 'done';
  if (String(statusCell ?? '').trim() === '') return 'upcoming';
  const code = codeOf(MILESTONE_STATUSES, statusCell);
  // A Done status without the tick: the tick was taken off, so the milestone is open again.
  if (code === 'done') return 'upcoming';
  return code ?? 'other';
}

/** The client status code of a Status cell in either language; blank is `active`. */
export function clientRowStatus(statusCell: unknown): string {
  if (String(statusCell ?? '').trim() === '') return 'active';
  return codeOf(CLIENT_STATUSES, statusCell) ?? 'other';
}

/** Adds one to a status's count. */
export function countStatus(counts: StatusCounts, status: string): void {
  counts[status] = (counts[status] ?? 0) + 1;
}
