import type { ClientStatus } from '../../core/tracker/labels';
import { appendCells, type CellValue, cell, type Table, updateCells } from '../../gas/table';
import type { NormalizedClient } from '../../shared/client';
import type { Language } from '../../shared/i18n';
import type { Milestone } from '../../shared/schedule';
import { clientCells } from '../tracker/clients';
import { milestonesOf, readMilestonesTable, writeClientMilestones } from '../tracker/milestones';

/** Where a client's row is, so later writes of the same run go to it in place. */
export interface ClientRow {
  table: Table;
  index: number;
}

/** The values of a client row, as onboarding writes it. */
export interface ClientRowValues {
  client: NormalizedClient;
  id: string;
  status: ClientStatus;
  language: Language;
  timeZone: string;
  extra: Record<string, CellValue>;
}

/**
 * Every column of the sheet's layout the app knows, from the client; the known columns it does
 * not write now keep `others`' value. A row written whole is one rectangle, so one call, and a
 * stop can never leave half a row (say, without its status).
 */
function cellsOf(
  table: Table,
  values: ClientRowValues,
  others: (key: string) => CellValue,
): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {
    ...clientCells(values.client, values.id, values.status, values.language, values.timeZone),
    ...values.extra,
  };
  for (const key of Object.keys(table.index)) if (!(key in cells)) cells[key] = others(key);
  return cells;
}

/** Appends a new client's row (the app's columns only, in one write) and says where it went. */
export function appendClientRow(table: Table, values: ClientRowValues): ClientRow {
  appendCells(table, [cellsOf(table, values, () => '')]);
  return { table, index: table.rows.length - 1 };
}

/** Writes some cells of a client row; every other column keeps what it holds. */
export function updateClientRow(row: ClientRow, cells: Record<string, CellValue>): void {
  updateCells(row.table, new Map([[row.index, cells]]));
}

/** Writes a client row from the client in one write; health and creation time keep their values. */
export function rewriteClientRow(row: ClientRow, values: ClientRowValues): void {
  const current = row.table.rows[row.index] ?? [];
  updateClientRow(
    row,
    cellsOf(row.table, values, (key) => cell(row.table, current, key)),
  );
}

/**
 * Writes the client's milestones to the Milestones sheet (one read, writes only for what
 * differs): rows an earlier, stopped run wrote are matched by id and kept, the missing ones are
 * appended, so a rerun never adds a second copy. Returns how many rows were appended.
 */
export function writeOnboardingMilestones(
  milestones: readonly Milestone[],
  client: { id: string; name: string },
  options: { language: Language; today: string; timeZone: string },
): number {
  const tracked = milestones.map((milestone) => ({ ...milestone, done: false }));
  return writeClientMilestones(readMilestonesTable(), client, tracked, options).appended;
}

/** How many milestone rows a client has (one read). */
export function countMilestoneRows(clientId: string, timeZone: string): number {
  return milestonesOf(readMilestonesTable(), clientId, timeZone).length;
}
