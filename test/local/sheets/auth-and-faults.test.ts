import { describe, expect, it } from 'vitest';
import { firstSheet, run, workspace } from './harness.js';

const ON_OPEN = `function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Open Launch Desk', 'showSidebar')
    .addSeparator()
    .addSubMenu(SpreadsheetApp.getUi().createMenu('More').addItem('Help', 'showHelp'))
    .addToUi();
}`;

describe('AuthMode.NONE', () => {
  it('lets onOpen build its menu', () => {
    const result = run(workspace(), ON_OPEN, 'onOpen', [], { authMode: 'NONE' });
    expect(result.ok).toBe(true);
    expect(result.ui.menus).toEqual([
      {
        title: 'Add-on',
        items: [{ caption: 'Open Launch Desk', functionName: 'showSidebar' }, { submenu: 'More' }],
      },
    ]);
  });

  it.each([
    [
      'SpreadsheetApp.getActiveSpreadsheet()',
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    ],
    [
      'PropertiesService.getDocumentProperties()',
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    ],
    ['LockService.getScriptLock()', 'You do not have permission to call LockService.getScriptLock.'],
    ['Session.getActiveUser()', 'You do not have permission to call Session.getActiveUser.'],
    [
      "SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x'))",
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    ],
  ])('refuses %s', (call, message) => {
    const result = run(workspace(), `function main() { ${call}; }`, 'main', [], { authMode: 'NONE' });
    expect(result.error?.message).toBe(message);
  });

  it('allows the same calls in LIMITED and FULL', () => {
    for (const authMode of ['LIMITED', 'FULL'] as const) {
      const result = run(
        workspace(),
        'function main() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }',
        'main',
        [],
        { authMode },
      );
      expect(result.value).toBe('Launch Desk tracker');
    }
  });
});

describe('Session and the userinfo.email scope', () => {
  it("refuses the effective user's address unless userinfo.email was granted", () => {
    const state = workspace();
    const main = 'function main() { return Session.getEffectiveUser().getEmail(); }';
    expect(run(state, main, 'main').value).toBe('csm@example.com');
    state.grantedScopes = state.grantedScopes.filter((scope) => !scope.endsWith('/userinfo.email'));
    expect(run(state, main, 'main').error?.message).toBe(
      'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });
});

describe('counting and fault injection', () => {
  const WRITE_THREE = `function main() {
    var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    s.getRange('A1').setValue('one');
    s.getRange('A2').setValue('two');
    s.getRange('A3').setValue('three');
  }`;

  it('counts every service call by name', () => {
    const result = run(workspace(), WRITE_THREE);
    expect(result.calls).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getRange': 3,
      'Range.setValue': 3,
    });
    expect(result.callLog.slice(0, 4)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheets',
      'Sheet.getRange',
      'Range.setValue',
    ]);
  });

  it('keeps the writes made before an injected fault, and none after', () => {
    const state = workspace();
    // Calls: getActiveSpreadsheet, getSheets, getRange, setValue, getRange, setValue (6th fails).
    const result = run(state, WRITE_THREE, 'main', [], { fail: 6 });
    expect(result.error?.message).toBe('Injected fault at call 6 (Range.setValue)');
    expect(firstSheet(state).rows).toEqual([['one']]);
  });

  it('throws the fault as a context Error the script can catch', () => {
    const result = run(
      workspace(),
      `function main() {
        try { PropertiesService.getScriptProperties(); } catch (e) { return [e instanceof Error, e.message]; }
      }`,
      'main',
      [],
      { fail: ({ name }) => (name === 'PropertiesService.getScriptProperties' ? 'quota' : undefined) },
    );
    expect(result.value).toEqual([true, 'quota']);
  });
});
