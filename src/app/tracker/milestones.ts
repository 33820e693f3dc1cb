import { milestoneStatus } from '../../core/reminders';
import { codeOf, labelOf, MILESTONE_STATUSES } from '../../core/tracker/labels';
import { type Language, MILESTONES_SHEET } from '../../core/tracker/schema';
import { dateOfDay, dayOfCell } from '../../gas/dates';
import { type CellValue, cell, literalText, readTable, type Table } from '../../gas/table';
import type { TrackedMilestone } from '../../shared/schedule';

/** One milestone row, typed; `index` is its place in `table.rows` for a write-back. */
export interface MilestoneRecord {
  index: number;
  clientId: string;
  milestoneId: string;
  title: string;
  dueDate: string;
  done: boolean;
  note: string;
  row: CellValue[];
}

/** Reads the Milestones sheet (one `getValues()`). */
export function readMilestonesTable(): Table {
  return readTable(MILESTONES_SHEET);
}

/**
 * The milestone rows of one client, in sheet order. Only these rows' dates are converted, so a
 * run about one client costs the same on a tracker of ten rows or a hundred thousand.
 */
export function milestonesOf(table: Table, clientId: string, timeZone: string): MilestoneRecord[] {
  const clientAt = table.index.clientId ?? 0;
  const records: MilestoneRecord[] = [];
  table.rows.forEach((row, index) => {
    if (String(row[clientAt] ?? '').trim() !== clientId) return;
    const done =
      cell(table, row, 'done') === true || codeOf(MILESTONE_STATUSES, cell(table, row, 'status')) === 'done';
    records.push({
      index,
      clientId,
      milestoneId: String(cell(table, row, 'milestoneId')).trim(),
      title: String(cell(table, row, 'title')),
      dueDate: dayOfCell(cell(table, row, 'due'), timeZone),
      done,
      note: String(cell(table, row, 'note')),
      row,
    });
  });
  return records;
}

/**
 * The cells of a milestone row, by column key. The title is in the workspace's language, the
 * status computed for today and shown in that language; the Done box follows `done`. Columns a
 * person owns (the note) are not among them, so a write-back over the old row keeps them.
 */
export function milestoneCells(
  milestone: TrackedMilestone,
  client: { id: string; name: string },
  language: Language,
  today: string,
  timeZone: string,
): Record<string, CellValue> {
  return {
    clientId: client.id,
    clientName: literalText(client.name),
    milestoneId: milestone.id,
    title: literalText(milestone.title[language]),
    audience: milestone.audience,
    areas: milestone.areas.join(', '),
    due: dateOfDay(milestone.dueDate, timeZone),
    status: labelOf(MILESTONE_STATUSES, milestoneStatus(milestone, today), language),
    done: milestone.done,
    reminder: literalText(milestone.reminder?.[language] ?? ''),
  };
}
