import { describe, expect, it } from 'vitest';
import { firstSheet, run, runOk, SHEET, workspace } from './harness.js';

describe('Spreadsheet tabs', () => {
  it('inserts, finds (ignoring case), renames and deletes sheets', () => {
    const state = workspace();
    const result = runOk(
      state,
      `function main() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var added = ss.insertSheet('Clients');
        var found = ss.getSheetByName('clients');
        ss.getSheetByName('Sheet1').setName('Old');
        ss.deleteSheet(ss.getSheetByName('Old'));
        return [added.getSheetId(), found.getName(), ss.getSheetByName('Missing'),
          ss.getSheets().map(function (s) { return s.getName(); }), ss.getSheets() instanceof Array];
      }`,
    );
    expect(result.value).toEqual([1, 'Clients', null, ['Clients'], true]);
    expect(state.spreadsheet.sheets.map((s) => [s.name, s.maxRows, s.maxColumns])).toEqual([
      ['Clients', 1000, 26],
    ]);
  });

  it('refuses a duplicate name as Apps Script does', () => {
    const state = workspace();
    const result = run(
      state,
      `function main() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('sheet1'); }`,
    );
    expect(result.error?.message).toBe(
      'A sheet with the name "sheet1" already exists. Please enter another name.',
    );
    expect(state.spreadsheet.sheets).toHaveLength(1);
  });

  it('refuses to delete the last sheet', () => {
    const state = workspace();
    const result = run(
      state,
      `${SHEET}function main() { SpreadsheetApp.getActiveSpreadsheet().deleteSheet(sheet()); }`,
    );
    expect(result.error?.message).toBe("You can't remove all the sheets in a document.");
    expect(state.spreadsheet.sheets).toHaveLength(1);
  });

  it('reports id, name, url, zone and locale, and records toasts', () => {
    const state = workspace({ timeZone: 'Europe/Paris', locale: 'fr_FR', spreadsheetName: 'Tracker' });
    const result = runOk(
      state,
      `function main() {
        var ss = SpreadsheetApp.getActive();
        ss.toast('Saved', 'Launch Desk', 5);
        ss.toast('Plain');
        return [ss.getId(), ss.getName(), ss.getUrl(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()];
      }`,
    );
    expect(result.value).toEqual([
      'ss-local',
      'Tracker',
      'https://docs.google.com/spreadsheets/d/ss-local/edit',
      'Europe/Paris',
      'fr_FR',
    ]);
    expect(result.ui.toasts).toEqual(['Launch Desk: Saved', 'Plain']);
  });
});

describe('rows and columns', () => {
  it('moves cells, formats, validations and protections when rows are deleted', () => {
    const state = workspace();
    const sheet = firstSheet(state);
    sheet.rows = [['h'], ['a'], ['b'], ['c'], ['d']];
    runOk(
      state,
      `${SHEET}function main() {
        var s = sheet();
        s.getRange('A4:A5').setNumberFormat('0.00');
        s.getRange('A2:A3').protect().setDescription('middle');
        s.getRange('A3:A5').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
        s.deleteRows(2, 2);
      }`,
    );
    expect(sheet.rows).toEqual([['h'], ['c'], ['d']]);
    expect(sheet.maxRows).toBe(998);
    expect(sheet.numberFormats).toEqual([
      { range: { row: 2, column: 1, numRows: 2, numColumns: 1 }, format: '0.00' },
    ]);
    expect(sheet.protections).toEqual([]);
    expect(sheet.validations).toEqual([
      { range: { row: 2, column: 1, numRows: 2, numColumns: 1 }, rule: { kind: 'checkbox' } },
    ]);
  });

  it('refuses out-of-bounds deletions and deleting every unfrozen row', () => {
    const state = workspace();
    const outside = run(state, `${SHEET}function main() { sheet().deleteRows(999, 5); }`);
    expect(outside.error?.message).toBe('Those rows are out of bounds.');
    const all = run(
      state,
      `${SHEET}function main() { sheet().setFrozenRows(1); sheet().deleteRows(2, 999); }`,
    );
    expect(all.error?.message).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    expect(firstSheet(state).maxRows).toBe(1000);
  });

  it('inserts rows and columns inside the data, shifting what follows', () => {
    const state = workspace();
    const sheet = firstSheet(state);
    sheet.rows = [
      ['a', 'b'],
      ['c', 'd'],
    ];
    sheet.columnWidths = { 1: 50, 2: 80 };
    runOk(
      state,
      `${SHEET}function main() {
        sheet().getRange('B1:B2').setFontWeight('bold');
        sheet().insertRowsAfter(1, 2);
        sheet().insertColumnsAfter(1, 1);
      }`,
    );
    expect(sheet.rows).toEqual([['a', '', 'b'], [], [], ['c', '', 'd']]);
    expect([sheet.maxRows, sheet.maxColumns]).toEqual([1002, 27]);
    expect(sheet.columnWidths).toEqual({ 1: 50, 3: 80 });
    expect(sheet.boldRanges).toEqual([{ row: 1, column: 3, numRows: 4, numColumns: 1 }]);
  });

  it('freezes rows and sets column widths', () => {
    const state = workspace();
    const result = runOk(
      state,
      `${SHEET}function main() { sheet().setFrozenRows(1); sheet().setColumnWidth(3, 240); return sheet().getFrozenRows(); }`,
    );
    expect(result.value).toBe(1);
    expect(firstSheet(state).frozenRows).toBe(1);
    expect(firstSheet(state).columnWidths).toEqual({ 3: 240 });
  });
});

describe('validation, checkboxes, bold, rules and protections', () => {
  it('sets a list validation, then clears part of it with null', () => {
    const state = workspace();
    runOk(
      state,
      `${SHEET}function main() {
        var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Open', 'Done'], true).setAllowInvalid(false).build();
        sheet().getRange('B2:B10').setDataValidation(rule);
        sheet().getRange('B5:B10').setDataValidation(null);
      }`,
    );
    expect(firstSheet(state).validations).toEqual([
      {
        range: { row: 2, column: 2, numRows: 3, numColumns: 1 },
        rule: { kind: 'list', values: ['Open', 'Done'], allowInvalid: false },
      },
    ]);
  });

  it('inserts checkboxes: empty cells become false, values stay', () => {
    const state = workspace();
    firstSheet(state).rows = [[true], [], ['x']];
    runOk(state, `${SHEET}function main() { sheet().getRange('A1:A3').insertCheckboxes(); }`);
    expect(firstSheet(state).rows).toEqual([[true], [false], ['x']]);
    expect(firstSheet(state).validations).toEqual([
      { range: { row: 1, column: 1, numRows: 3, numColumns: 1 }, rule: { kind: 'checkbox' } },
    ]);
  });

  it('replaces conditional-format rules and reads them back as rule objects', () => {
    const state = workspace();
    const result = runOk(
      state,
      `${SHEET}function main() {
        var s = sheet();
        var late = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('LATE').setBackground('#f4cccc')
          .setFontColor('#990000').setRanges([s.getRange('C2:C100')]).build();
        var due = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$D2<TODAY()')
          .setBackground('#fff2cc').setRanges([s.getRange('A2:F100'), s.getRange('H2:H100')]).build();
        s.setConditionalFormatRules([late]);
        var rules = s.getConditionalFormatRules();
        rules.push(due);
        s.setConditionalFormatRules(rules);
        return s.getConditionalFormatRules().length;
      }`,
    );
    expect(result.value).toBe(2);
    expect(firstSheet(state).conditionalRules).toEqual([
      {
        ranges: [{ row: 2, column: 3, numRows: 99, numColumns: 1 }],
        whenTextEqualTo: 'LATE',
        background: '#f4cccc',
        fontColor: '#990000',
      },
      {
        ranges: [
          { row: 2, column: 1, numRows: 99, numColumns: 6 },
          { row: 2, column: 8, numRows: 99, numColumns: 1 },
        ],
        formula: '=$D2<TODAY()',
        background: '#fff2cc',
      },
    ]);
  });

  it('refuses something that is not a rule', () => {
    const result = run(workspace(), `${SHEET}function main() { sheet().setConditionalFormatRules([{}]); }`);
    expect(result.error?.message).toBe(
      "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
    );
  });

  it('protects ranges and lists them by type', () => {
    const state = workspace();
    const result = runOk(
      state,
      `${SHEET}function main() {
        var p = sheet().getRange('A1:F1').protect().setDescription('Headers').setWarningOnly(true);
        var listed = sheet().getProtections(SpreadsheetApp.ProtectionType.RANGE);
        return [p.getDescription(), p.isWarningOnly(), listed.length, listed[0].getDescription(),
          sheet().getProtections(SpreadsheetApp.ProtectionType.SHEET).length];
      }`,
    );
    expect(result.value).toEqual(['Headers', true, 1, 'Headers', 0]);
    expect(firstSheet(state).protections).toEqual([
      { range: { row: 1, column: 1, numRows: 1, numColumns: 6 }, description: 'Headers', warningOnly: true },
    ]);
  });
});
