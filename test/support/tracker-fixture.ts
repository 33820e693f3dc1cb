import type { Cell, SheetState, WorkspaceState } from '../../local/host/state.js';
import { CLIENTS_SHEET, MILESTONES_SHEET, type SheetDef } from '../../src/core/tracker/schema.js';

/** A sheet of the state by name (fails the test when absent). */
export function sheetNamed(state: WorkspaceState, name: string): SheetState {
  const sheet = state.spreadsheet.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Column (0-based) of each key of `def` in the sheet's header row, in either language. */
export function columnsOf(sheet: SheetState, def: SheetDef): Record<string, number> {
  const header = (sheet.rows[0] ?? []).map((cell) => String(cell).trim());
  const out: Record<string, number> = {};
  for (const column of def.columns) {
    const at = header.findIndex((text) => text === column.en || text === column.zh);
    if (at >= 0) out[column.key] = at;
  }
  return out;
}

/** Appends rows given by key below the sheet's last row of content, as a person would paste them. */
export function addRows(sheet: SheetState, def: SheetDef, rows: ReadonlyArray<Record<string, Cell>>): void {
  const at = columnsOf(sheet, def);
  while (
    sheet.rows.length > 1 &&
    (sheet.rows[sheet.rows.length - 1] ?? []).every((c) => c === '' || c === false)
  ) {
    sheet.rows.pop();
  }
  for (const values of rows) {
    const line: Cell[] = [];
    for (const [key, value] of Object.entries(values)) {
      const column = at[key];
      if (column === undefined) continue;
      while (line.length <= column) line.push('');
      line[column] = value;
    }
    sheet.rows.push(line);
  }
  sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length + 1);
}

/** The data rows of a sheet by key (blank rows dropped). */
export function rowsOf(sheet: SheetState, def: SheetDef): Array<Record<string, Cell>> {
  const at = columnsOf(sheet, def);
  return sheet.rows
    .slice(1)
    .filter((line) => line.some((c) => c !== '' && c !== false))
    .map((line) => Object.fromEntries(Object.entries(at).map(([key, column]) => [key, line[column] ?? ''])));
}

/** A date cell of the state: midnight of a day, wall time in the spreadsheet's zone. */
export const day = (text: string): Cell => ({ wall: `${text}T00:00:00` });

/** A client row that validates: launch on `launch`, a 30-day campaign, shipping three months on. */
export function clientRow(n: number, launch: string, extra: Record<string, Cell> = {}): Record<string, Cell> {
  const end = new Date(`${launch}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 30);
  const ship = new Date(end);
  ship.setUTCMonth(ship.getUTCMonth() + 3);
  return {
    id: `C${String(n).padStart(4, '0')}`,
    clientName: `Client ${n}`,
    projectName: `Project ${n}`,
    contactEmail: `client${n}@example.com`,
    language: n % 2 ? 'en' : 'zh-TW',
    currency: 'TWD',
    targetAmount: 1_200_000,
    tier: 'T2',
    serviceLevel: 'advanced',
    playbook: 'crowdfunding',
    launch: day(launch),
    end: day(end.toISOString().slice(0, 10)),
    shipping: `'${ship.toISOString().slice(0, 7)}`,
    status: 'Active',
    ...extra,
  };
}

/** Milestone rows of clients that are not active (closed ones), to make a tracker big. */
export function fillerMilestones(count: number): Array<Record<string, Cell>> {
  return Array.from({ length: count }, (_, i) => ({
    clientId: `C9${String(Math.floor(i / 30)).padStart(4, '0')}`,
    clientName: 'Old client',
    milestoneId: `m${i % 30}`,
    title: `Old milestone ${i % 30}`,
    audience: 'client',
    due: day('2026-01-15'),
    status: 'Done',
    done: true,
    note: i % 7 ? '' : 'shipped',
  }));
}

export { CLIENTS_SHEET, MILESTONES_SHEET };
