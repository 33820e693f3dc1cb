import { describe, expect, it } from 'vitest';
import { firstSheet, run, runOk, SHEET, workspace } from './harness.js';

describe('Range values', () => {
  it('returns an exact numRows x numColumns grid of context values, blanks as ""', () => {
    const state = workspace();
    firstSheet(state).rows = [
      ['Name', 'Count', 'Done'],
      ['Ada', 3],
    ];
    const result = runOk(
      state,
      `${SHEET}function main() {
        var v = sheet().getRange(1, 1, 3, 4).getValues();
        return { v: v, isArray: v instanceof Array && v[2] instanceof Array, proto: Object.getPrototypeOf(v) === Array.prototype };
      }`,
    );
    expect(result.value).toEqual({
      v: [
        ['Name', 'Count', 'Done', ''],
        ['Ada', 3, '', ''],
        ['', '', '', ''],
      ],
      isArray: true,
      proto: true,
    });
  });

  it('returns date cells as Dates of the context', () => {
    const state = workspace();
    firstSheet(state).rows = [[{ wall: '2027-03-01T00:00:00' }]];
    const result = runOk(
      state,
      `${SHEET}function main() {
        var d = sheet().getRange('A1').getValue();
        return [d instanceof Date, Object.prototype.toString.call(d), d.toISOString()];
      }`,
    );
    expect(result.value).toEqual([true, '[object Date]', '2027-02-28T16:00:00.000Z']);
  });

  it('writes values and reads them back with their types', () => {
    const state = workspace();
    const result = runOk(
      state,
      `${SHEET}function main() {
        var r = sheet().getRange(2, 2, 2, 3);
        r.setValues([['a', 1.5, true], [null, false, 'x']]);
        return sheet().getRange(1, 1, 3, 4).getValues();
      }`,
    );
    expect(result.value).toEqual([
      ['', '', '', ''],
      ['', 'a', 1.5, true],
      ['', '', false, 'x'],
    ]);
    expect(firstSheet(state).rows).toEqual([[], ['', 'a', 1.5, true], ['', '', false, 'x']]);
  });

  it('refuses a grid with the wrong number of rows, writing nothing', () => {
    const state = workspace();
    const result = run(
      state,
      `${SHEET}function main() { sheet().getRange(1, 1, 2, 2).setValues([[1, 2]]); }`,
    );
    expect(result.error?.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(firstSheet(state).rows).toEqual([]);
  });

  it('refuses a row with the wrong number of columns, writing nothing', () => {
    const state = workspace();
    const result = run(
      state,
      `${SHEET}function main() { sheet().getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4, 5]]); }`,
    );
    expect(result.error?.message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(firstSheet(state).rows).toEqual([]);
  });

  it('reads typed-looking strings as Sheets does, and keeps quoted text and formulas as text', () => {
    const state = workspace();
    const result = runOk(
      state,
      `${SHEET}function main() {
        var r = sheet().getRange(1, 1, 1, 6);
        r.setValues([['42', "'007", '=SUM(A1:A2)', 'TRUE', '2027-03-01', 'Ada']]);
        var v = r.getValues()[0];
        return [v[0], v[1], v[2], v[3], v[4] instanceof Date, v[5]];
      }`,
    );
    expect(result.value).toEqual([42, '007', '=SUM(A1:A2)', true, true, 'Ada']);
    expect(firstSheet(state).rows[0]?.[1]).toBe("'007");
    expect(firstSheet(state).rows[0]?.[4]).toEqual({ wall: '2027-03-01T00:00:00' });
  });

  it('keeps strings as typed in plain-text (@) cells, with a leading = marked as text', () => {
    const state = workspace();
    const result = runOk(
      state,
      `${SHEET}function main() {
        var r = sheet().getRange('A1:B1');
        r.setNumberFormat('@');
        r.setValues([['42', '=1+1']]);
        return r.getValues();
      }`,
    );
    expect(result.value).toEqual([['42', '=1+1']]);
    expect(firstSheet(state).rows[0]).toEqual(['42', "'=1+1"]);
  });

  it('sets one value into every cell and clears content without touching formats', () => {
    const state = workspace();
    runOk(
      state,
      `${SHEET}function main() {
        sheet().getRange('A1:B2').setNumberFormat('0.00').setValue(7);
        sheet().getRange('B1:B2').clearContent();
      }`,
    );
    expect(firstSheet(state).rows).toEqual([[7], [7]]);
    expect(firstSheet(state).numberFormats).toEqual([
      { range: { row: 1, column: 1, numRows: 2, numColumns: 2 }, format: '0.00' },
    ]);
  });

  it('reports the data extent and trims it when content is cleared', () => {
    const state = workspace();
    const result = runOk(
      state,
      `${SHEET}function main() {
        var s = sheet();
        var empty = [s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()];
        s.getRange('C5').setValue('x');
        s.getRange('A2').setValue('y');
        var filled = [s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()];
        s.getRange('C5').clearContent();
        return [empty, filled, [s.getLastRow(), s.getLastColumn()]];
      }`,
    );
    expect(result.value).toEqual([
      [0, 0, 'A1'],
      [5, 3, 'A1:C5'],
      [2, 1],
    ]);
    expect(firstSheet(state).rows).toEqual([[], ['y']]);
  });

  it('shows display values by number format and locale', () => {
    const state = workspace({ locale: 'en_US', timeZone: 'America/New_York' });
    firstSheet(state).rows = [
      [{ wall: '2027-03-01T00:00:00' }, { wall: '2027-03-01T14:05:09' }, 1234.5, 0.256, true, "'=x"],
    ];
    firstSheet(state).numberFormats = [
      { range: { row: 1, column: 2, numRows: 1, numColumns: 1 }, format: 'yyyy-mm-dd hh:mm' },
      { range: { row: 1, column: 3, numRows: 1, numColumns: 1 }, format: '#,##0.00' },
      { range: { row: 1, column: 4, numRows: 1, numColumns: 1 }, format: '0.0%' },
    ];
    const result = runOk(
      state,
      `${SHEET}function main() { return sheet().getRange('A1:G1').getDisplayValues(); }`,
    );
    expect(result.value).toEqual([['3/1/2027', '2027-03-01 14:05', '1,234.50', '25.6%', 'TRUE', '=x', '']]);
  });

  it('stores per-cell formats as rectangles', () => {
    const state = workspace();
    runOk(
      state,
      `${SHEET}function main() {
        sheet().getRange('A1:C3').setNumberFormats([['@', '0', '0'], ['@', '0', '0'], ['@', '0.00', '0']]);
      }`,
    );
    expect(firstSheet(state).numberFormats).toEqual([
      { range: { row: 1, column: 1, numRows: 3, numColumns: 1 }, format: '@' },
      { range: { row: 1, column: 2, numRows: 2, numColumns: 2 }, format: '0' },
      { range: { row: 3, column: 2, numRows: 1, numColumns: 1 }, format: '0.00' },
      { range: { row: 3, column: 3, numRows: 1, numColumns: 1 }, format: '0' },
    ]);
  });
});

describe('Sheet.getRange', () => {
  it('takes the A1 forms and echoes them back', () => {
    const state = workspace();
    const result = runOk(
      state,
      `${SHEET}function main() {
        var s = sheet();
        return ['B2', 'a1:c3', 'C3:A1', 'A:B', '2:3', 'B2:C', '$A$1'].map(function (a1) {
          var r = s.getRange(a1);
          return [r.getA1Notation(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()];
        });
      }`,
    );
    expect(result.value).toEqual([
      ['B2', 2, 2, 1, 1],
      ['A1:C3', 1, 1, 3, 3],
      ['A1:C3', 1, 1, 3, 3],
      ['A:B', 1, 1, 1000, 2],
      ['2:3', 2, 1, 2, 26],
      ['B2:C', 2, 2, 999, 2],
      ['A1', 1, 1, 1, 1],
    ]);
  });

  it.each([
    ['getRange(0, 1)', 'The starting row of the range is too small.'],
    ['getRange(1, 0)', 'The starting column of the range is too small.'],
    ['getRange(1, 1, 0, 1)', 'The number of rows in the range must be at least 1.'],
    ['getRange(1, 1, 1, 0)', 'The number of columns in the range must be at least 1.'],
    ['getRange(1001, 1)', 'The coordinates of the range are outside the dimensions of the sheet.'],
    ['getRange(1, 1, 1, 27)', 'The coordinates of the range are outside the dimensions of the sheet.'],
    ["getRange('A1:A1001')", 'The coordinates of the range are outside the dimensions of the sheet.'],
    ["getRange('nonsense!')", 'Range not found'],
    [
      "getRange('1', 2)",
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    ],
  ])('%s throws "%s"', (call, message) => {
    const result = run(workspace(), `${SHEET}function main() { sheet().${call}; }`);
    expect(result.error?.message).toBe(message);
  });

  it('reaches new rows once they are inserted', () => {
    const state = workspace();
    runOk(
      state,
      `${SHEET}function main() { sheet().insertRowsAfter(1000, 5); sheet().getRange(1005, 1).setValue('end'); }`,
    );
    expect(firstSheet(state).maxRows).toBe(1005);
    expect(firstSheet(state).rows[1004]).toEqual(['end']);
  });
});
