import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber } from '../../src/core/a1';

describe('column letters', () => {
  it('names the columns as Sheets does, across each carry into a new letter', () => {
    const named: Array<[number, string]> = [
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [52, 'AZ'],
      [53, 'BA'],
      [702, 'ZZ'],
      [703, 'AAA'],
      [18278, 'ZZZ'],
    ];
    for (const [column, letters] of named) {
      expect(columnLetters(column), String(column)).toBe(letters);
      expect(columnNumber(letters), letters).toBe(column);
    }
  });

  it('reads letters in either case', () => {
    expect(columnNumber('xfd')).toBe(16384);
  });

  it('turns every column into letters and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), (column) => {
        const letters = columnLetters(column);
        expect(letters).toMatch(/^[A-Z]+$/);
        expect(columnNumber(letters)).toBe(column);
      }),
    );
  });
});
