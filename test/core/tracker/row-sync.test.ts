import { describe, expect, it } from 'vitest';
import { type KeyedRow, planRowSync, type WantedRow } from '../../../src/core/tracker/row-sync';

const row = (index: number, owner: string, id: string, due: string, note = ''): KeyedRow => ({
  index,
  owner,
  id,
  cells: { due, status: 'Upcoming', note, done: false },
});
const want = (owner: string, id: string, due: string): WantedRow => ({
  owner,
  id,
  cells: { due, status: 'Upcoming', done: false },
});

describe('planRowSync', () => {
  it('updates only the cells that differ, appends new ids and removes vanished ones', () => {
    const existing = [
      row(0, 'C1', 'a', '2027-03-01', 'call first'),
      row(1, 'C1', 'b', '2027-03-05'),
      row(2, 'C2', 'a', '2027-01-01'),
      row(3, 'C1', 'gone', '2027-02-01'),
    ];
    const plan = planRowSync(
      existing,
      [want('C1', 'a', '2027-03-08'), want('C1', 'b', '2027-03-05'), want('C1', 'new', '2027-04-01')],
      new Set(['C1']),
      ['note', 'done'],
    );
    expect(plan.updates).toEqual([{ index: 0, row: want('C1', 'a', '2027-03-08'), keys: ['due'] }]);
    expect(plan.appends).toEqual([want('C1', 'new', '2027-04-01')]);
    expect(plan.removals).toEqual([3]);
    expect(plan.unchanged).toBe(1);
  });

  it('writes nothing on a rerun with the same milestones', () => {
    const existing = [row(5, 'C1', 'a', '2027-03-01'), row(9, 'C1', 'b', '2027-03-05')];
    const plan = planRowSync(
      existing,
      [want('C1', 'b', '2027-03-05'), want('C1', 'a', '2027-03-01')],
      new Set(['C1']),
      [],
    );
    expect(plan).toEqual({ updates: [], appends: [], removals: [], unchanged: 2 });
  });

  it('leaves a duplicated row, a row without id and rows of other clients alone', () => {
    const existing = [
      row(0, 'C1', 'a', '2027-03-01'),
      row(1, 'C1', 'a', '2027-03-01', 'my copy'),
      row(2, 'C1', '', ''),
      row(3, 'C2', 'x', ''),
    ];
    const plan = planRowSync(existing, [want('C1', 'a', '2027-03-01')], new Set(['C1']), []);
    expect(plan).toEqual({ updates: [], appends: [], removals: [], unchanged: 1 });
  });

  it('never compares the cells a person owns', () => {
    const existing = [row(0, 'C1', 'a', '2027-03-01', 'typed by a person')];
    const wanted = [
      { owner: 'C1', id: 'a', cells: { due: '2027-03-01', status: 'Upcoming', note: '', done: false } },
    ];
    expect(planRowSync(existing, wanted, new Set(['C1']), ['note', 'done']).unchanged).toBe(1);
  });

  it('reads cells as trimmed text, takes a wanted row once and lists removals in sheet order', () => {
    const existing: KeyedRow[] = [
      { index: 7, owner: 'C1', id: 'late', cells: { due: '2027-05-01' } },
      { index: 2, owner: 'C1', id: 'a', cells: { due: ' 2027-03-01 ', count: 3 } },
      { index: 4, owner: 'C1', id: 'early', cells: { due: '2027-02-01' } },
    ];
    const wanted: WantedRow[] = [
      { owner: 'C1', id: 'a', cells: { due: '2027-03-01', count: '3' } },
      { owner: 'C1', id: 'a', cells: { due: '2027-09-09', count: '3' } },
    ];
    expect(planRowSync(existing, wanted, new Set(['C1']), [])).toEqual({
      updates: [],
      appends: [],
      removals: [4, 7],
      unchanged: 1,
    });
  });
});
