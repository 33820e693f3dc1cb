import type { ClientStatus } from '../core/tracker/labels';
import type { Language } from '../core/tracker/schema';
import type { CellValue, Table } from '../gas/table';
import { appendRows, rowFor, writeRows } from '../gas/table';
import type { NormalizedClient } from '../shared/client';
import type { Milestone } from '../shared/schedule';
import { clientCells } from './tracker/clients';
import { milestoneCells, milestonesOf, readMilestonesTable } from './tracker/milestones';

/** Where a client's row is, so later writes of the same run replace it in place. */
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

function cellsOf(values: ClientRowValues): Record<string, CellValue> {
  return {
    ...clientCells(values.client, values.id, values.status, values.language, values.timeZone),
    ...values.extra,
  };
}

/** Appends a new client's row (one write) and says where it went. */
export function appendClientRow(table: Table, values: ClientRowValues): ClientRow {
  appendRows(table, [rowFor(table, cellsOf(values))]);
  return { table, index: table.rows.length - 1 };
}

/** Rewrites some cells of a client row (one write); the other columns keep what they hold. */
export function updateClientRow(row: ClientRow, cells: Record<string, CellValue>): void {
  const base = row.table.rows[row.index] ?? [];
  writeRows(row.table, new Map([[row.index, rowFor(row.table, cells, base)]]));
}

/** Rewrites a client row from the client (one write), keeping the columns onboarding does not own. */
export function rewriteClientRow(row: ClientRow, values: ClientRowValues): void {
  updateClientRow(row, cellsOf(values));
}

/**
 * Appends the client's milestones the Milestones sheet does not hold yet (one read, at most one
 * write), so a rerun after a stop adds what is missing and never a second copy. Returns how many
 * milestone rows the client has now.
 */
export function ensureMilestoneRows(
  milestones: readonly Milestone[],
  client: { id: string; name: string },
  language: Language,
  today: string,
  timeZone: string,
): { total: number; added: number } {
  const table = readMilestonesTable();
  const present = new Set(milestonesOf(table, client.id, timeZone).map((record) => record.milestoneId));
  const missing = milestones.filter((milestone) => !present.has(milestone.id));
  appendRows(
    table,
    missing.map((milestone) =>
      rowFor(table, milestoneCells({ ...milestone, done: false }, client, language, today, timeZone)),
    ),
  );
  return { total: present.size + missing.length, added: missing.length };
}

/** How many milestone rows a client has (one read). */
export function countMilestoneRows(clientId: string, timeZone: string): number {
  return milestonesOf(readMilestonesTable(), clientId, timeZone).length;
}
