import type { Cell, WorkspaceState } from '../../local/host/state.js';
import { CROWDFUNDING } from '../../src/core/playbooks/crowdfunding.js';
import { buildSchedule } from '../../src/core/schedule.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { CLIENTS_SHEET, MILESTONES_SHEET, type SheetDef } from '../../src/core/tracker/schema.js';
import { validateClient } from '../../src/core/validation.js';
import type { ClientInput } from '../../src/shared/client.js';

/** A T2 lamp maker (English) with kickoff 12 Jan 2026 and launch 14 Apr 2026: the tests' client. */
export const LUMEN_LAMPS: ClientInput = {
  clientName: 'Lumen Lamps',
  projectName: 'Aurora desk lamp',
  contactEmail: 'mei@lumen.example',
  language: 'en',
  targetAmount: 1_500_000,
  dates: { prepStart: '2026-01-12', launch: '2026-04-14', end: '2026-05-14', shipping: '2026-07' },
};

const wall = (day: string): Cell => ({ wall: `${day}T00:00:00` });

/** Appends a row to a sheet of the state, its cells placed by the sheet's header row (either language). */
function appendByHeader(state: WorkspaceState, def: SheetDef, values: Record<string, Cell>): void {
  const sheet = state.spreadsheet.sheets.find((s) => s.name === def.name);
  if (!sheet) throw new Error(`No ${def.name} sheet: run setupTracker first.`);
  const header = (sheet.rows[0] ?? []).map(String);
  const row: Cell[] = header.map(() => '');
  for (const [key, value] of Object.entries(values)) {
    const column = def.columns.find((c) => c.key === key);
    const at = column ? header.findIndex((h) => h === column.en || h === column.zh) : -1;
    if (at >= 0) row[at] = value;
  }
  sheet.rows.push(row);
  sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length);
}

/**
 * Puts a crowdfunding client with its planned milestones straight into a tracker's state (the
 * sheets setupTracker made), so views and re-timing can be tested without the onboarding run.
 * Milestones due before `doneBefore` are ticked done. Returns the number of milestones.
 */
export function seedClient(
  state: WorkspaceState,
  id: string,
  input: ClientInput,
  today: string,
  doneBefore = '',
): number {
  const checked = validateClient(input, { mode: 'onboard', today, settings: DEFAULT_SETTINGS });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const { client } = checked;
  const dates: Record<string, Cell> = {};
  for (const [anchor, day] of Object.entries(client.dates))
    dates[anchor] = anchor === 'shipping' ? day : wall(day);
  appendByHeader(state, CLIENTS_SHEET, {
    id,
    clientName: client.clientName,
    projectName: client.projectName,
    contactEmail: client.contactEmail,
    language: client.language,
    currency: client.currency,
    targetAmount: client.targetAmount,
    tier: client.tier,
    serviceLevel: client.serviceLevel,
    playbook: client.playbook,
    folderUrl: `https://drive.google.com/drive/folders/${id}`,
    status: 'Active',
    ...dates,
  });
  const milestones = buildSchedule(client, CROWDFUNDING, today);
  for (const m of milestones) {
    const done = m.dueDate < doneBefore;
    appendByHeader(state, MILESTONES_SHEET, {
      clientId: id,
      clientName: client.clientName,
      milestoneId: m.id,
      title: m.title[client.language],
      audience: m.audience,
      areas: m.areas.join(', '),
      due: wall(m.dueDate),
      status: done ? 'Done' : 'Upcoming',
      done,
      reminder: m.reminder?.[client.language] ?? '',
    });
  }
  return milestones.length;
}
