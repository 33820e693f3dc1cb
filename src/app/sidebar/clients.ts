import { daysBetween } from '../../core/dates';
import { clientHealth } from '../../core/health';
import { codeOf, MILESTONE_STATUSES } from '../../core/tracker/labels';
import { CLIENTS_SHEET, MILESTONES_SHEET } from '../../core/tracker/schema';
import { dayOf, spreadsheetLocale, today as todayIn } from '../../gas/spreadsheet';
import { type CellValue, cell, findSheet, readTable, type Table } from '../../gas/table';
import { format } from '../../shared/messages';
import type { ClientMilestone, ClientSummary, ClientView } from '../../shared/rpc';
import type { MilestoneProgress } from '../../shared/schedule';
import { readSettings } from '../settings';

/** A cell as text for the wire: a Date becomes its day (or month) in the spreadsheet's time zone. */
function text(value: CellValue, timeZone: string, month = false): string {
  if (value instanceof Date) {
    const day = dayOf(value, timeZone);
    return month ? day.slice(0, 7) : day;
  }
  return String(value ?? '').trim();
}

function summaryOf(table: Table, row: readonly CellValue[], timeZone: string): ClientSummary {
  const get = (key: string, month = false) => text(cell(table, row, key), timeZone, month);
  return {
    id: get('id'),
    clientName: get('clientName'),
    projectName: get('projectName'),
    tier: get('tier'),
    serviceLevel: get('serviceLevel'),
    status: get('status'),
    health: get('health'),
    folderUrl: get('folderUrl'),
    launch: get('launch'),
    end: get('end'),
    shipping: get('shipping', true),
  };
}

/** Every client of the Clients sheet (one read), dates as strings; none when the sheet is missing. */
export function listClients(): ClientSummary[] {
  if (!findSheet(CLIENTS_SHEET)) return [];
  const { timeZone } = spreadsheetLocale();
  const table = readTable(CLIENTS_SHEET);
  return table.rows.map((row) => summaryOf(table, row, timeZone)).filter((client) => client.id !== '');
}

/**
 * Where an open milestone stands today: overdue after its day, due soon within three days; a
 * catch-up row (late before onboarding) stays catch-up, as the daily job keeps it.
 */
function statusOf(due: string, done: boolean, written: CellValue, today: string): string {
  if (done) return 'done';
  if (codeOf(MILESTONE_STATUSES, written) === 'catch-up') return 'catch-up';
  if (!due) return codeOf(MILESTONE_STATUSES, written) ?? 'upcoming';
  const left = daysBetween(today, due);
  if (left < 0) return 'overdue';
  return left <= 3 || codeOf(MILESTONE_STATUSES, written) === 'due-soon' ? 'due-soon' : 'upcoming';
}

/** The milestones of one client from the Milestones sheet, sorted by due day. */
function milestonesOf(id: string, timeZone: string, today: string): ClientMilestone[] {
  if (!findSheet(MILESTONES_SHEET)) return [];
  const table = readTable(MILESTONES_SHEET);
  const out: ClientMilestone[] = [];
  for (const row of table.rows) {
    if (String(cell(table, row, 'clientId')).trim() !== id) continue;
    const due = text(cell(table, row, 'due'), timeZone);
    const doneCell = cell(table, row, 'done');
    const done = doneCell === true || /^true$/i.test(String(doneCell));
    out.push({
      milestoneId: text(cell(table, row, 'milestoneId'), timeZone),
      title: text(cell(table, row, 'title'), timeZone),
      due,
      status: statusOf(due, done, cell(table, row, 'status'), today),
      done,
      audience: text(cell(table, row, 'audience'), timeZone) || 'both',
    });
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** One client with its milestones, today and its health, for the sidebar's Client view. */
export function getClientView(id: string): ClientView {
  const wanted = String(id ?? '').trim();
  const { timeZone } = spreadsheetLocale();
  const client = listClients().find((c) => c.id === wanted);
  if (!client)
    return { ok: false, message: format(readSettings().domain.language, 'clientUnknown', { id: wanted }) };
  const today = todayIn(timeZone);
  const milestones = milestonesOf(wanted, timeZone, today);
  const progress: MilestoneProgress[] = milestones.map((m) => ({
    id: m.milestoneId,
    dueDate: m.due || today,
    done: m.done,
    audience: m.audience === 'csm' || m.audience === 'client' ? m.audience : 'both',
    reminderLeadDays: 3,
  }));
  const { health } = clientHealth(progress, today, readSettings().domain);
  return { ok: true, client, milestones, today, health };
}
