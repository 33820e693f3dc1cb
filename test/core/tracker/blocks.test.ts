import { describe, expect, it } from 'vitest';
import { runs, writeBlocks } from '../../../src/core/tracker/blocks';

describe('runs', () => {
  it('groups consecutive numbers, in order, once each', () => {
    expect(runs([7, 1, 2, 3, 8, 2])).toEqual([
      { start: 1, count: 3 },
      { start: 7, count: 2 },
    ]);
    expect(runs([])).toEqual([]);
    // Numbers, not texts: 10 comes after 9.
    expect(runs([10, 9, 2])).toEqual([
      { start: 2, count: 1 },
      { start: 9, count: 2 },
    ]);
  });
});

describe('writeBlocks', () => {
  it('covers scattered rows with one block per run of adjacent columns', () => {
    const changes = new Map([
      [4, [6, 7]],
      [90, [7]],
      [12, [2]],
    ]);
    expect(writeBlocks(changes)).toEqual([
      { row: 4, rows: 87, column: 2, columns: 1 },
      { row: 4, rows: 87, column: 6, columns: 2 },
    ]);
  });

  it('does not grow with the number of changed rows', () => {
    const many = new Map(Array.from({ length: 150_000 }, (_, i) => [i * 2, [3, 4]] as [number, number[]]));
    expect(writeBlocks(many)).toEqual([{ row: 0, rows: 299_999, column: 3, columns: 2 }]);
    expect(writeBlocks(new Map())).toEqual([]);
    expect(writeBlocks(new Map([[5, [0]]]))).toEqual([{ row: 5, rows: 1, column: 0, columns: 1 }]);
  });
});
