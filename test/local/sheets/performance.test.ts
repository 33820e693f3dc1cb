import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../local/host/state.js';
import { firstSheet, runOk, SHEET, workspace } from './harness.js';

const ROWS = 150_000;
const COLUMNS = 15;
/**
 * A bound that catches a per-cell service cost or a quadratic copy (minutes at this size) without
 * failing on a busy two-core machine running the suites in parallel; `npm run bench` has the figures.
 */
const TIME_BOUND_MS = 8_000;

/** A tracker-sized sheet: text, numbers, booleans and a date column. */
function bigWorkspace() {
  const state = workspace();
  const sheet = firstSheet(state);
  sheet.maxRows = ROWS;
  sheet.maxColumns = COLUMNS;
  sheet.rows = Array.from({ length: ROWS }, (_, i): Cell[] =>
    Array.from({ length: COLUMNS }, (_, j): Cell => {
      if (j === 3)
        return {
          wall: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T00:00:00`,
        };
      if (j === 4) return i % 2 === 0;
      return j % 2 === 0 ? `client ${i} field ${j}` : i * COLUMNS + j;
    }),
  );
  return state;
}

describe('large ranges', () => {
  it('reads 150,000 x 15 cells in one getValues call, in seconds', () => {
    const state = bigWorkspace();
    const started = performance.now();
    const result = runOk(
      state,
      `${SHEET}function main() {
        var v = sheet().getDataRange().getValues();
        return [v.length, v[0].length, v[ROWS - 1][1], v[ROWS - 1][3] instanceof Date, v[7][4]];
      }`.replaceAll('ROWS', String(ROWS)),
    );
    const elapsed = performance.now() - started;
    expect(result.value).toEqual([ROWS, COLUMNS, (ROWS - 1) * COLUMNS + 1, true, false]);
    expect(result.calls['Range.getValues']).toBe(1);
    expect(elapsed).toBeLessThan(TIME_BOUND_MS);
  });

  it('writes 150,000 x 15 cells in one setValues call, in seconds', () => {
    const state = bigWorkspace();
    const started = performance.now();
    runOk(
      state,
      `${SHEET}function main() {
        var range = sheet().getDataRange();
        var v = range.getValues();
        for (var i = 0; i < v.length; i++) v[i][0] = 'row ' + i;
        range.setValues(v);
      }`,
    );
    const elapsed = performance.now() - started;
    const sheet = firstSheet(state);
    expect(sheet.rows[ROWS - 1]?.[0]).toBe(`row ${ROWS - 1}`);
    expect(sheet.rows[5]?.[3]).toEqual({ wall: '2027-06-06T00:00:00' });
    expect(elapsed).toBeLessThan(TIME_BOUND_MS);
  });
});
