import { clientCells } from '../../src/app/tracker/clients';
import { milestoneCells } from '../../src/app/tracker/milestones';
import { planClient } from '../../src/core/plan';
import { BUILT_IN_PLAYBOOKS } from '../../src/core/playbooks';
import { buildSchedule } from '../../src/core/schedule';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { mapHeaders } from '../../src/core/tracker/headers';
import type { ClientStatus } from '../../src/core/tracker/labels';
import { CLIENTS_SHEET, MILESTONES_SHEET, type SheetDef } from '../../src/core/tracker/schema';
import { dayOfInstant } from '../../src/gas/dates';
import type { CellValue } from '../../src/gas/table';
import type { ClientInput } from '../../src/shared/client';
import type { Language } from '../../src/shared/i18n.js';
import type { Cell, SheetState, WorkspaceState } from '../host/state.js';

/** A client to put in a tracker: its id, what it was onboarded with and its status. */
export interface TrackerClient {
  id: string;
  input: ClientInput;
  status?: ClientStatus;
}

/** A row for a sheet whose header row is already there, cells given by column key. */
function rowOf(sheet: SheetState, def: SheetDef, cells: Record<string, Cell>): Cell[] {
  const header = sheet.rows[0] ?? [];
  const map = mapHeaders(header, def);
  if (!map.ok) throw new Error(`${def.name}: headers missing ${map.missing.join(', ')}`);
  const row: Cell[] = header.map(() => '');
  for (const [key, value] of Object.entries(cells)) {
    const at = map.index[key];
    if (at !== undefined) row[at] = value;
  }
  return row;
}

/**
 * Where the next row goes: below the last row holding anything. A new sheet's checkbox column
 * already holds FALSE down to its last row, and those rows are empty for the tracker.
 */
function rowWriter(sheet: SheetState): (row: Cell[]) => void {
  let next = sheet.rows.length;
  while (next > 1 && (sheet.rows[next - 1] ?? []).every((value) => value === '' || value === false))
    next -= 1;
  return (row) => {
    const existing = sheet.rows[next];
    sheet.rows[next] = existing ? row.map((value, i) => (value === '' ? (existing[i] ?? '') : value)) : row;
    next += 1;
  };
}

function sheetOf(state: WorkspaceState, name: string): SheetState {
  const sheet = state.spreadsheet.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`The tracker has no ${name} sheet: run setupTracker first.`);
  return sheet;
}

/**
 * Writes clients and their planned milestones into a tracker that setupTracker made, as an
 * onboarding would leave them (statuses as of `today`; milestones due before `doneBefore`
 * ticked done, as in a tracker kept up to date), straight into the host state: the
 * daily job's tests and bench need trackers of any size without onboarding each client.
 */
export function addTrackerRows(
  state: WorkspaceState,
  clients: readonly TrackerClient[],
  today: string,
  options: { language?: Language; doneBefore?: string } = {},
): { milestones: number } {
  const { language = 'zh-TW', doneBefore = '' } = options;
  const clientSheet = sheetOf(state, CLIENTS_SHEET.name);
  const milestoneSheet = sheetOf(state, MILESTONES_SHEET.name);
  const putClient = rowWriter(clientSheet);
  const putMilestone = rowWriter(milestoneSheet);
  let count = 0;
  const zone = state.spreadsheet.timeZone;
  // Dates as the sheet keeps them: a wall-clock midnight in the spreadsheet's zone.
  const cells = (values: Record<string, CellValue>): Record<string, Cell> => {
    const out: Record<string, Cell> = {};
    for (const [key, value] of Object.entries(values)) {
      out[key] = value instanceof Date ? { wall: `${dayOfInstant(value, zone)}T00:00:00` } : value;
    }
    return out;
  };
  for (const { id, input, status = 'active' } of clients) {
    const plan = planClient(input, today, { mode: 'plan', settings: DEFAULT_SETTINGS });
    if (!plan.ok) throw new Error(`fixture client ${id}: ${plan.problems.map((p) => p.message).join('; ')}`);
    const { client } = plan;
    const playbook = BUILT_IN_PLAYBOOKS.find((candidate) => candidate.id === client.playbook);
    // The playbook's own days, not fitted to an onboarding day or to working days: rows as a
    // tracker made before plans were fitted holds them, which the daily job must serve as well.
    const milestones = playbook ? buildSchedule(client, playbook, today) : [];
    putClient(rowOf(clientSheet, CLIENTS_SHEET, cells(clientCells(client, id, status, language, zone))));
    for (const m of milestones) {
      const done = m.dueDate < doneBefore;
      const milestone = { ...m, done };
      putMilestone(
        rowOf(
          milestoneSheet,
          MILESTONES_SHEET,
          cells(milestoneCells(milestone, { id, name: client.clientName }, language, today, zone)),
        ),
      );
      count += 1;
    }
  }
  for (const sheet of [clientSheet, milestoneSheet])
    sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length);
  return { milestones: count };
}
