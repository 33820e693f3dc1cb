import { CLIENTS_SHEET, MILESTONES_SHEET } from '../core/tracker/schema';
import { spreadsheetLocale } from '../gas/spreadsheet';
import { cell, findSheet, readTable } from '../gas/table';
import { type TriggerStatus, triggerStatus } from './daily/triggers';

/** A summary of the tracker for `launch-desk status` and the sidebar. */
export interface StatusResult {
  ok: true;
  timeZone: string;
  locale: string;
  sheets: string[];
  clients: number;
  milestones: { total: number; byStatus: Record<string, number> };
  /** The daily and weekly triggers, the last successful daily run and what is wrong with them. */
  triggers: TriggerStatus;
}

/** Counts clients and milestones by status, reading each sheet once. */
export function getStatus(): StatusResult {
  const { timeZone, locale } = spreadsheetLocale();
  const sheets = [CLIENTS_SHEET, MILESTONES_SHEET].filter((def) => findSheet(def)).map((def) => def.name);
  const clients = findSheet(CLIENTS_SHEET)
    ? readTable(CLIENTS_SHEET).rows.filter((row) => row.some((v) => v !== ''))
    : [];
  const byStatus: Record<string, number> = {};
  let total = 0;
  if (findSheet(MILESTONES_SHEET)) {
    const table = readTable(MILESTONES_SHEET);
    for (const row of table.rows) {
      if (cell(table, row, 'clientId') === '') continue;
      const status = String(cell(table, row, 'status') || 'upcoming');
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      total += 1;
    }
  }
  return {
    ok: true,
    timeZone,
    locale,
    sheets,
    clients: clients.length,
    milestones: { total, byStatus },
    triggers: triggerStatus(),
  };
}
