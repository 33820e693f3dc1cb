import { describe, expect, it } from 'vitest';
import type { Cell, WallDate } from '../../local/host/state.js';
import { memoryHost } from '../support/bundle-host.js';
import {
  addRows,
  CLIENTS_SHEET,
  clientRow,
  columnsOf,
  day,
  fillerMilestones,
  MILESTONES_SHEET,
  sheetNamed,
} from '../support/tracker-fixture.js';

const TODAY = '2027-03-01';

/**
 * The calls of an execution (or the test fails with its error). Growing the sheet past its
 * 1,000 rows costs one `insertRowsAfter` in a run that appends; it is counted apart, checked to
 * be at most one, and left out of the comparison.
 */
async function calls(host: ReturnType<typeof memoryHost>['host'], fn: string, args: unknown[] = []) {
  const result = await host.run(fn, args);
  if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
  const { 'Sheet.insertRowsAfter': grown = 0, ...rest } = result.calls;
  expect(grown).toBeLessThanOrEqual(1);
  return { calls: rest, total: result.totalCalls - grown, value: result.value };
}

/**
 * A tracker with `filler` milestone rows of old clients and two active clients, then: status,
 * a first refresh (append), a person sorting the sheet by due day, a client moved (update of
 * rows now scattered), a rerun (nothing). Returns the calls of each step.
 */
async function scenario(filler: number) {
  const { host, backend } = memoryHost({ locale: 'en_US' });
  await host.run('setupTracker', [{}]);
  const state = backend.state;
  const clients = sheetNamed(state, 'Clients');
  addRows(clients, CLIENTS_SHEET, [clientRow(1, '2027-05-01'), clientRow(2, '2027-05-20')]);
  const milestones = sheetNamed(state, 'Milestones');
  addRows(milestones, MILESTONES_SHEET, fillerMilestones(filler));
  const status = await calls(host, 'getStatus');
  const first = await calls(host, 'refreshMilestones', [TODAY]);
  const due = columnsOf(milestones, MILESTONES_SHEET).due as number;
  const key = (row: Cell[]) => (row[due] as WallDate | undefined)?.wall ?? '';
  const [header, ...rows] = milestones.rows;
  milestones.rows = [header as Cell[], ...rows.sort((a, b) => key(a).localeCompare(key(b)))];
  const c = columnsOf(clients, CLIENTS_SHEET);
  (clients.rows[1] as Cell[])[c.launch as number] = day('2027-05-08');
  (clients.rows[1] as Cell[])[c.end as number] = day('2027-06-07');
  const moved = await calls(host, 'refreshMilestones', [TODAY]);
  const rerun = await calls(host, 'refreshMilestones', [TODAY]);
  const after = await calls(host, 'getStatus');
  return { status, first, moved, rerun, after };
}

describe('batch I/O of the tracker', () => {
  it('costs the same Sheets calls with 10, 1,000 and 10,000 milestone rows', async () => {
    const runs = [];
    for (const filler of [10, 1_000, 10_000]) runs.push(await scenario(filler));
    const [small, mid, large] = runs;
    if (!small || !mid || !large) throw new Error('three runs');
    // Clients, Milestones; Settings for the trigger status; Settings and Playbook for the problem check
    expect(small.status.calls['Range.getValues']).toBe(5);
    expect(small.first.calls['Range.getValues']).toBe(4); // Settings, Playbook, Clients, Milestones
    expect(small.first.calls['Range.setValues']).toBe(1);
    expect(small.moved.calls['Range.setValues']).toBeLessThanOrEqual(2);
    expect(small.rerun.calls['Range.setValues']).toBeUndefined();
    for (const step of ['status', 'first', 'moved', 'rerun', 'after'] as const) {
      expect(mid[step].calls, step).toEqual(small[step].calls);
      expect(large[step].calls, step).toEqual(small[step].calls);
    }
    expect(large.after.value).toMatchObject({ clients: 2, clientsByStatus: { active: 2 } });
    const byStatus = (large.after.value as { milestones: { byStatus: Record<string, number> } }).milestones
      .byStatus;
    expect(byStatus.done).toBe(10_000);
    expect((byStatus.upcoming ?? 0) + (byStatus['due-soon'] ?? 0) + (byStatus.overdue ?? 0)).toBeGreaterThan(
      30,
    );
  });

  it('re-times every client of a tracker in one batch with the same calls for 1, 35 and 350 clients (~10,000 rows)', async () => {
    const results = [];
    for (const count of [1, 35, 350]) {
      const { host, backend } = memoryHost({ locale: 'zh_TW' });
      await host.run('setupTracker', [{}]);
      const clients = sheetNamed(backend.state, 'Clients');
      addRows(
        clients,
        CLIENTS_SHEET,
        Array.from({ length: count }, (_, i) => clientRow(i + 1, '2027-05-01')),
      );
      const first = await calls(host, 'refreshMilestones', [TODAY]);
      const c = columnsOf(clients, CLIENTS_SHEET);
      for (const row of clients.rows.slice(1)) row[c.launch as number] = day('2027-05-10');
      const moved = await calls(host, 'refreshMilestones', [TODAY]);
      results.push({ count, first, moved, rows: sheetNamed(backend.state, 'Milestones').rows.length - 1 });
    }
    expect(results[2]?.rows).toBeGreaterThan(9_000);
    // A shorter campaign drops a weekly review per client: rows removed cost one deleteRows per
    // run of adjacent rows, so deletes follow the size of the change, reads and writes do not.
    const { 'Sheet.deleteRows': _, ...base } = results[0]?.moved.calls ?? {};
    for (const result of results) {
      expect(result.first.calls, `first ${result.count}`).toEqual(results[0]?.first.calls);
      const { 'Sheet.deleteRows': deletes = 0, ...rest } = result.moved.calls;
      expect(rest, `moved ${result.count}`).toEqual(base);
      expect(deletes).toBeLessThanOrEqual((result.moved.value as { removed: number }).removed);
      expect(result.moved.value).toMatchObject({ clients: result.count });
      expect((result.moved.value as { moved: number }).moved).toBeGreaterThan(result.count * 10);
    }
  });
});
