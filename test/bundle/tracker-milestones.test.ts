import { describe, expect, it } from 'vitest';
import type { Cell, WorkspaceState } from '../../local/host/state.js';
import { memoryHost } from '../support/bundle-host.js';
import {
  addRows,
  CLIENTS_SHEET,
  clientRow,
  columnsOf,
  day,
  MILESTONES_SHEET,
  rowsOf,
  sheetNamed,
} from '../support/tracker-fixture.js';

const TODAY = '2027-03-01';
/** The crowdfunding playbook's milestones that a simple service level leaves out, sorted. */
const ADVANCED_ONLY = [
  'delivery-follow-up',
  'email-list',
  'pr-kol-list',
  'press-preview',
  'production-check',
  'survey-review',
  'video-final',
  'video-script',
];

/** A set-up tracker whose Milestones sheet a person reshaped: zh-TW headers mixed with English, reordered, a column of their own with a formula. */
async function reshapedTracker() {
  const { host, backend } = memoryHost({ locale: 'en_US' });
  await host.run('setupTracker', [{}]);
  const state = backend.state;
  const milestones = sheetNamed(state, 'Milestones');
  const header = milestones.rows[0] as Cell[];
  header.reverse();
  header[header.indexOf('Due')] = '到期日';
  header.splice(2, 0, 'Days left (mine)');
  milestones.validations = [];
  milestones.numberFormats = [];
  milestones.protections = [];
  milestones.conditionalRules = [];
  return { host, state };
}

/** Runs a global and fails the test with its error. */
async function ok(host: ReturnType<typeof memoryHost>['host'], fn: string, args: unknown[] = []) {
  const result = await host.run(fn, args);
  if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
  return result;
}

const milestonesOf = (state: WorkspaceState, clientId: string) =>
  rowsOf(sheetNamed(state, 'Milestones'), MILESTONES_SHEET).filter((row) => row.clientId === clientId);

describe('refreshMilestones', () => {
  it('writes the milestones of active clients into a reshaped sheet, leaving the columns of the user alone', async () => {
    const { host, state } = await reshapedTracker();
    const clients = sheetNamed(state, 'Clients');
    addRows(clients, CLIENTS_SHEET, [
      clientRow(1, '2027-05-01'),
      {},
      {},
      clientRow(2, '2027-06-01', { status: 'Closed' }),
    ]);
    const milestones = sheetNamed(state, 'Milestones');
    const own = (milestones.rows[0] as Cell[]).indexOf('Days left (mine)');
    for (let r = 1; r < 60; r++) {
      milestones.rows[r] = [];
      (milestones.rows[r] as Cell[])[own] = `=ROW()-${r}`;
    }
    const result = await ok(host, 'refreshMilestones', [TODAY]);
    const value = result.value as { appended: number; clients: number };
    expect(value.clients).toBe(1);
    expect(value.appended).toBeGreaterThan(15);
    const rows = milestonesOf(state, 'C0001');
    expect(rows).toHaveLength(value.appended);
    expect(milestonesOf(state, 'C0002')).toEqual([]);
    const launch = rows.find(
      (row) => row.milestoneId === 'launch-day' || String(row.title).includes('Launch'),
    );
    expect(launch).toBeDefined();
    expect(rows.every((row) => typeof row.due === 'object' && row.done === false)).toBe(true);
    for (let r = 1; r < 60; r++) expect(milestones.rows[r]?.[own]).toBe(`=ROW()-${r}`);
    // One block on each side of the user's column, whatever the number of rows.
    expect(result.calls['Range.setValues']).toBe(2);
  });

  it('re-times a client from the sheet: notes and Done ticks stay, rows keep their place, a rerun writes nothing', async () => {
    const { host, state } = await reshapedTracker();
    const clients = sheetNamed(state, 'Clients');
    addRows(clients, CLIENTS_SHEET, [clientRow(1, '2027-05-01'), clientRow(2, '2027-05-20')]);
    await ok(host, 'refreshMilestones', [TODAY]);
    const milestones = sheetNamed(state, 'Milestones');
    const m = columnsOf(milestones, MILESTONES_SHEET);
    const first = milestones.rows.findIndex((row) => row[m.clientId as number] === 'C0001');
    const ticked = milestones.rows[first] as Cell[];
    ticked[m.done as number] = true;
    const noted = milestones.rows[first + 3] as Cell[];
    noted[m.note as number] = '客戶說要延後 🙏';
    const other = JSON.stringify(milestonesOf(state, 'C0002'));
    const order = milestonesOf(state, 'C0001').map((row) => row.milestoneId);

    const c = columnsOf(clients, CLIENTS_SHEET);
    const clientLine = clients.rows.find((row) => row[c.id as number] === 'C0001') as Cell[];
    clientLine[c.launch as number] = day('2027-05-15');
    clientLine[c.end as number] = day('2027-06-14');
    const moved = await ok(host, 'refreshMilestones', [TODAY]);
    expect(moved.value).toMatchObject({ appended: 0, removed: 0 });
    expect((moved.value as { moved: number }).moved).toBeGreaterThan(10);

    const after = milestonesOf(state, 'C0001');
    expect(after.map((row) => row.milestoneId)).toEqual(order);
    expect(after[0]).toMatchObject({ done: true, status: 'Done' });
    expect(after[3]?.note).toBe('客戶說要延後 🙏');
    expect(JSON.stringify(milestonesOf(state, 'C0002'))).toBe(other);

    const before = JSON.stringify(state);
    const rerun = await ok(host, 'refreshMilestones', [TODAY]);
    expect(rerun.value).toMatchObject({ updated: 0, appended: 0, removed: 0 });
    expect(rerun.calls['Range.setValues'] ?? 0).toBe(0);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('removes the milestones a lighter level drops, but not one ticked Done, and adds those a heavier one brings', async () => {
    const { host, state } = await reshapedTracker();
    const clients = sheetNamed(state, 'Clients');
    addRows(clients, CLIENTS_SHEET, [clientRow(1, '2027-05-01', { serviceLevel: 'simple' })]);
    const c = columnsOf(clients, CLIENTS_SHEET);
    const refreshAt = async (level: string) => {
      (clients.rows[1] as Cell[])[c.serviceLevel as number] = level;
      const result = await ok(host, 'refreshMilestones', [TODAY]);
      return { result, ids: milestonesOf(state, 'C0001').map((row) => row.milestoneId as string) };
    };
    const without = (ids: string[], others: string[]) => ids.filter((id) => !others.includes(id)).sort();

    const simple = (await refreshAt('simple')).ids;
    const heavier = await refreshAt('advanced');
    expect(without(heavier.ids, simple)).toEqual(ADVANCED_ONLY);
    expect(without(simple, heavier.ids)).toEqual([]);
    expect(heavier.result.value).toMatchObject({ appended: ADVANCED_ONLY.length, removed: 0 });

    const milestones = sheetNamed(state, 'Milestones');
    const m = columnsOf(milestones, MILESTONES_SHEET);
    const ticked = milestones.rows.find((row) => row[m.milestoneId as number] === 'video-script') as Cell[];
    ticked[m.done as number] = true;
    const lighter = await refreshAt('simple');
    // Ticked rows that vanish stay as history; the others go.
    const dropped = ADVANCED_ONLY.filter((id) => id !== 'video-script');
    expect(without(heavier.ids, lighter.ids)).toEqual(dropped);
    expect(without(lighter.ids, heavier.ids)).toEqual([]);
    expect(lighter.ids).toContain('video-script');
    expect(lighter.result.value).toMatchObject({ appended: 0, removed: dropped.length });
    expect(lighter.result.calls['Sheet.deleteRows']).toBeLessThanOrEqual(dropped.length);
  });

  it('stores formula-looking names as text and round-trips CJK and emoji', async () => {
    const { host, state } = await reshapedTracker();
    const names = ['=HYPERLINK("http://x","y")', '+886 912 345 678', '-5% 團購', '@home 工作室 🎉'];
    addRows(
      sheetNamed(state, 'Clients'),
      CLIENTS_SHEET,
      names.map((name, i) => clientRow(i + 1, '2027-05-01', { clientName: name })),
    );
    await ok(host, 'refreshMilestones', [TODAY]);
    const milestones = sheetNamed(state, 'Milestones');
    const at = columnsOf(milestones, MILESTONES_SHEET).clientName as number;
    names.forEach((name, i) => {
      const rows = milestonesOf(state, `C000${i + 1}`);
      expect(rows.length).toBeGreaterThan(0);
      const cell = milestones.rows.find((row) => row[at] === `'${name}`);
      expect(cell, name).toBeDefined();
    });
    const listed = await ok(host, 'getClientView', ['C0004']);
    expect(listed.value).toMatchObject({ ok: true, client: { clientName: '@home 工作室 🎉' } });
  });
});
