import { clientRowStatus, countStatus, milestoneRowStatus, type StatusCounts } from '../core/tracker/counts';
import { CLIENTS_SHEET, MILESTONES_SHEET } from '../core/tracker/schema';
import { spreadsheetLocale } from '../gas/spreadsheet';
import { cell, findSheet, readTable } from '../gas/table';

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
}

/**
 * Counts clients and milestones by status, reading each sheet once (one `getValues()` each),
 * in either language of the sheet. Blank rows and rows without an id are not counted.
 */
export function getStatus(): StatusResult {
  const { timeZone, locale } = spreadsheetLocale();
  const sheets = [CLIENTS_SHEET, MILESTONES_SHEET].filter((def) => findSheet(def)).map((def) => def.name);
  const clientsByStatus: StatusCounts = {};
  let clients = 0;
  if (sheets.includes(CLIENTS_SHEET.name)) {
    const table = readTable(CLIENTS_SHEET);
    for (const row of table.rows) {
      if (String(cell(table, row, 'id')).trim() === '') continue;
      countStatus(clientsByStatus, clientRowStatus(cell(table, row, 'status')));
      clients += 1;
    }
  }
  const byStatus: StatusCounts = {};
  let total = 0;
  if (sheets.includes(MILESTONES_SHEET.name)) {
    const table = readTable(MILESTONES_SHEET);
    for (const row of table.rows) {
      if (String(cell(table, row, 'clientId')).trim() === '') continue;
      countStatus(byStatus, milestoneRowStatus(cell(table, row, 'status'), cell(table, row, 'done')));
      total += 1;
    }
  }
  return { ok: true, timeZone, locale, sheets, clients, clientsByStatus, milestones: { total, byStatus } };
}
