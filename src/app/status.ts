import { clientRowStatus, countStatus, milestoneRowStatus, type StatusCounts } from '../core/tracker/counts';
import { CLIENTS_SHEET, MILESTONES_SHEET } from '../core/tracker/schema';
import { spreadsheetLocale } from '../gas/spreadsheet';
import { type CellValue, cell, findSheet, readTable, type Table } from '../gas/table';
import type { FieldProblem } from '../shared/i18n';
import { type TriggerStatus, triggerStatus } from './daily/triggers';
import { currentTrackerProblems } from './tracker/problems';

/** A summary of the tracker for `launch-desk status` and the sidebar. */
export interface StatusResult {
  ok: true;
  timeZone: string;
  locale: string;
  sheets: string[];
  /** Client rows (rows with a client id). */
  clients: number;
  /** Clients by status code: active, partial, paused, closed (other: a status typed by a person). */
  clientsByStatus: StatusCounts;
  /** Milestones by status code: upcoming, due-soon, overdue, done (a ticked Done box wins). */
  milestones: { total: number; byStatus: StatusCounts };
  /** The daily and weekly triggers, the last successful daily run and what is wrong with them. */
  triggers: TriggerStatus;
  /** Values typed in Settings, Playbook or Clients that runs do not use, each with its cell and fix. */
  problems: FieldProblem[];
}

/**
 * Counts clients and milestones by status, reading each sheet once (one `getValues()` each),
 * in either language of the sheet. Blank rows and rows without an id are not counted.
 */
export function getStatus(): StatusResult {
  const { timeZone, locale } = spreadsheetLocale();
  const sheets = [CLIENTS_SHEET, MILESTONES_SHEET].filter((def) => findSheet(def)).map((def) => def.name);
  const clientTable = sheets.includes(CLIENTS_SHEET.name) ? readTable(CLIENTS_SHEET) : undefined;
  const clients = countRows(clientTable, 'id', (table, row) => clientRowStatus(cell(table, row, 'status')));
  const milestoneTable = sheets.includes(MILESTONES_SHEET.name) ? readTable(MILESTONES_SHEET) : undefined;
  const milestones = countRows(milestoneTable, 'clientId', (table, row) =>
    milestoneRowStatus(cell(table, row, 'status'), cell(table, row, 'done')),
  );
  return {
    ok: true,
    timeZone,
    locale,
    sheets,
    clients: clients.total,
    clientsByStatus: clients.byStatus,
    milestones,
    triggers: triggerStatus(),
    problems: clientTable ? currentTrackerProblems(clientTable) : [],
  };
}

/** The rows of a sheet (when it exists) that have an id, counted by status. */
function countRows(
  table: Table | undefined,
  idKey: string,
  statusOf: (table: Table, row: readonly CellValue[]) => string,
): { total: number; byStatus: StatusCounts } {
  const byStatus: StatusCounts = {};
  let total = 0;
  if (!table) return { total, byStatus };
  for (const row of table.rows) {
    if (String(cell(table, row, idKey)).trim() === '') continue;
    countStatus(byStatus, statusOf(table, row));
    total += 1;
  }
  return { total, byStatus };
}
