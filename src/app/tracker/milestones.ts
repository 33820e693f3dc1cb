import { milestoneStatus } from '../../core/reminders';
import { isTicked } from '../../core/tracker/counts';
import { labelOf, MILESTONE_STATUSES } from '../../core/tracker/labels';
import { type KeyedRow, type PlainCell, planRowSync, type WantedRow } from '../../core/tracker/row-sync';
import { headerLabel, MILESTONES_SHEET } from '../../core/tracker/schema';
import { dateOfDay, dayOfCell } from '../../gas/dates';
import {
  addHeaders,
  appendCells,
  type CellValue,
  cell,
  deleteRows,
  literalText,
  readTable,
  type Table,
  updateCells,
} from '../../gas/table';
import type { Language } from '../../shared/i18n';
import { format } from '../../shared/messages';
import type { TrackedMilestone } from '../../shared/schedule';

/** One milestone row, typed; `index` is its place in `table.rows` for a write-back. */
export interface MilestoneRecord {
  index: number;
  clientId: string;
  milestoneId: string;
  title: string;
  dueDate: string;
  /** The day the app last planned for the row ('' when it never recorded one). */
  planned: string;
  done: boolean;
  note: string;
  row: CellValue[];
}

/** Reads the Milestones sheet (one `getValues()`). */
export function readMilestonesTable(): Table {
  return readTable(MILESTONES_SHEET);
}

/**
 * The Milestones table with an optional column it lacks (a tracker set up before the column
 * existed): its header is added right of the others, in `language`, and every row gets a blank.
 * Setup would add it too, but a run must not wait for a rerun of setup.
 */
export function withMilestoneColumn(table: Table, key: string, language: Language): Table {
  if (table.index[key] !== undefined) return table;
  const column = MILESTONES_SHEET.columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(format(language, 'columnUnknown', { key }));
  const index = addHeaders(table, [{ key, header: headerLabel(column, language) }]);
  for (const row of table.rows) row.push('');
  return { ...table, index, width: table.width + 1 };
}

/**
 * The milestone rows of one client, in sheet order. Only these rows' dates are converted, so a
 * run about one client costs the same on a tracker of ten rows or a hundred thousand.
 */
export function milestonesOf(table: Table, clientId: string, timeZone: string): MilestoneRecord[] {
  return milestonesByClient(table, timeZone, new Set([clientId])).get(clientId) ?? [];
}

/**
 * The milestone rows of many clients (all when `only` is absent), grouped by client id in one
 * pass over the sheet. Done is the Done box: it is what a person ticks and unticks; a Status
 * cell reading "Done" without the tick is a status the next write brings up to date.
 */
function milestonesByClient(
  table: Table,
  timeZone: string,
  only?: ReadonlySet<string>,
): Map<string, MilestoneRecord[]> {
  const clientAt = table.index.clientId ?? 0;
  const groups = new Map<string, MilestoneRecord[]>();
  table.rows.forEach((row, index) => {
    const clientId = String(row[clientAt] ?? '').trim();
    if (!clientId || (only && !only.has(clientId))) return;
    const records = groups.get(clientId) ?? [];
    groups.set(clientId, records);
    records.push({
      index,
      clientId,
      milestoneId: String(cell(table, row, 'milestoneId')).trim(),
      title: String(cell(table, row, 'title')),
      dueDate: dayOfCell(cell(table, row, 'due'), timeZone),
      planned: dayOfCell(cell(table, row, 'planned'), timeZone),
      done: isTicked(cell(table, row, 'done')),
      note: String(cell(table, row, 'note')),
      row,
    });
  });
  return groups;
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
  return writtenCells(plainCells(milestone, client, language, today), timeZone);
}

/**
 * The cells of a milestone row as compared with what the sheet holds: the due date as a day.
 * `planned` is the playbook's day, recorded beside the due day (they differ for a row moved by hand).
 */
function plainCells(
  milestone: TrackedMilestone,
  client: { id: string; name: string },
  language: Language,
  today: string,
  planned = milestone.dueDate,
): Record<string, PlainCell> {
  return {
    clientId: client.id,
    clientName: client.name,
    milestoneId: milestone.id,
    title: milestone.title[language],
    audience: milestone.audience,
    areas: milestone.areas.join(', '),
    due: milestone.dueDate,
    status: labelOf(MILESTONE_STATUSES, milestoneStatus(milestone, today), language),
    done: milestone.done,
    reminder: milestone.reminder?.[language] ?? '',
    planned,
  };
}

/** Date columns of a milestone row, compared as days and written as dates in the zone. */
const DAY_KEYS = ['due', 'planned'];

/** Plain cells as written: the due day as a date in the zone, text guarded against formulas. */
function writtenCells(
  cells: Readonly<Record<string, PlainCell>>,
  timeZone: string,
): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const [key, value] of Object.entries(cells)) {
    if (DAY_KEYS.includes(key)) out[key] = value ? dateOfDay(String(value), timeZone) : '';
    else out[key] = typeof value === 'string' ? literalText(value) : value;
  }
  return out;
}

/** One client's milestones as the tracker should hold them. */
export interface ClientMilestones {
  client: { id: string; name: string };
  milestones: readonly TrackedMilestone[];
}

/** How a milestone write should render rows. */
export interface MilestoneWriteOptions {
  language: Language;
  /** Statuses are computed for this day (`YYYY-MM-DD`). */
  today: string;
  timeZone: string;
  /**
   * Keep the due day of a row a person moved (its Due differs from its Planned due), and a due day
   * already passed that the plan would move to today or another passed day: a re-plan from the
   * sheets. A re-timing or an onboarding, which set the days on purpose, leaves it off.
   */
  keepMovedDues?: boolean;
}

/** What a milestone write did, in rows. */
export interface MilestoneWriteResult {
  /** Surviving rows with at least one cell rewritten; `moved` of them changed their due day. */
  updated: number;
  moved: number;
  appended: number;
  removed: number;
  unchanged: number;
}

/** Cells a person owns on a milestone row: written on a new row, never on one that survives. */
const PERSON_KEYS = ['done', 'note'];

/**
 * Writes the milestones of the given clients, all in one batch. Rows are matched by client and
 * milestone id: a surviving row keeps its place, its note and its Done tick (the status shown
 * follows the tick), and only cells that differ are written; new milestones are appended; rows
 * of these clients whose milestone is gone are deleted, unless ticked Done (work done is
 * history). Rows without a milestone id and rows of other clients are not touched. Calls:
 * one `setValues()` per run of adjacent changed columns for the survivors, one per run of
 * columns for the new rows, one `deleteRows()` per run of consecutive removed rows.
 */
export function writeMilestones(
  table: Table,
  clients: readonly ClientMilestones[],
  options: MilestoneWriteOptions,
): MilestoneWriteResult {
  const owners = new Set(clients.map((entry) => entry.client.id));
  const existing: KeyedRow[] = [];
  const ticked = new Set<number>();
  const tickedIds = new Set<string>();
  const movedByHand = new Map<string, string>();
  const passed = new Map<string, string>();
  for (const records of milestonesByClient(table, options.timeZone, owners).values()) {
    for (const record of records) {
      const key = `${record.clientId}|${record.milestoneId}`;
      if (options.keepMovedDues && record.planned && record.dueDate && record.dueDate !== record.planned)
        movedByHand.set(key, record.dueDate);
      else if (options.keepMovedDues && record.dueDate && record.dueDate < options.today)
        passed.set(key, record.dueDate);
      if (record.done) {
        ticked.add(record.index);
        tickedIds.add(`${record.clientId}|${record.milestoneId}`);
      }
      const cells = rowCells(table, record);
      existing.push({ index: record.index, owner: record.clientId, id: record.milestoneId, cells });
    }
  }
  // The status shown follows the Done box, whatever the caller thought.
  const wanted: WantedRow[] = clients.flatMap(({ client, milestones }) =>
    milestones.map((milestone) => {
      const key = `${client.id}|${milestone.id}`;
      const done = milestone.done || tickedIds.has(key);
      // A day moved by hand stays, its status follows it; the playbook's new day is recorded beside.
      // A catch-up row given a day by hand is back in the plan: reminded as any other.
      // A passed day is not re-timed to today or another passed day: that would only mail it again
      // (a tracker planned before plans were fitted to working days, on its first re-plan).
      const past = passed.get(key);
      const moved = movedByHand.get(key) ?? (past && milestone.dueDate <= options.today ? past : undefined);
      const dueDate = moved ?? milestone.dueDate;
      const catchUp = milestone.catchUp === true && moved === undefined;
      return {
        owner: client.id,
        id: milestone.id,
        cells: plainCells(
          { ...milestone, done, dueDate, catchUp },
          client,
          options.language,
          options.today,
          milestone.dueDate,
        ),
      };
    }),
  );
  const plan = planRowSync(existing, wanted, owners, PERSON_KEYS);
  const updates = new Map<number, Record<string, CellValue>>();
  for (const update of plan.updates) {
    const cells: Record<string, PlainCell> = {};
    for (const key of update.keys) cells[key] = update.row.cells[key] ?? '';
    updates.set(update.index, writtenCells(cells, options.timeZone));
  }
  updateCells(table, updates);
  const removals = plan.removals.filter((index) => !ticked.has(index));
  deleteRows(table, removals);
  appendCells(
    table,
    plan.appends.map((row) => writtenCells({ ...row.cells, note: '' }, options.timeZone)),
  );
  return {
    updated: plan.updates.length,
    moved: plan.updates.filter((update) => update.keys.includes('due')).length,
    appended: plan.appends.length,
    removed: removals.length,
    unchanged: plan.unchanged,
  };
}

/**
 * Writes one client's milestones (onboarding, re-timing): see writeMilestones. `milestones` is
 * the client's whole list; its Done flags set the status shown, the sheet's ticks stay.
 */
export function writeClientMilestones(
  table: Table,
  client: { id: string; name: string },
  milestones: readonly TrackedMilestone[],
  options: MilestoneWriteOptions,
): MilestoneWriteResult {
  return writeMilestones(table, [{ client, milestones }], options);
}

/** The app-written cells of a row, as compared with plainCells. */
function rowCells(table: Table, record: MilestoneRecord): Record<string, PlainCell> {
  const cells: Record<string, PlainCell> = {};
  for (const key of Object.keys(table.index)) {
    const value = cell(table, record.row, key);
    cells[key] =
      key === 'due'
        ? record.dueDate
        : key === 'planned'
          ? record.planned
          : value instanceof Date
            ? value.toISOString()
            : value;
  }
  return cells;
}
