import { describe, expect, it } from 'vitest';
import { run, runOk, workspace } from './harness.js';

describe('Ui and HtmlService', () => {
  it('records sidebars with their title and file, and alerts with their answer', () => {
    const result = runOk(
      workspace(),
      `function main() {
        var ui = SpreadsheetApp.getUi();
        var page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Launch Desk').setWidth(300);
        ui.showSidebar(page);
        var ok = ui.alert('Saved');
        var yes = ui.alert('Delete?', 'Remove 3 rows?', ui.ButtonSet.YES_NO);
        return [page.getTitle(), page.getContent(), HtmlService.createHtmlOutput('<b>hi</b>').getContent(),
          ok === ui.Button.OK, yes === ui.Button.YES];
      }`,
    );
    expect(result.value).toEqual(['Launch Desk', '', '<b>hi</b>', true, true]);
    expect(result.ui.sidebars).toEqual([{ title: 'Launch Desk', file: 'Sidebar' }]);
    expect(result.ui.alerts).toEqual(['Saved', 'Delete?: Remove 3 rows?']);
  });

  it('records a top-level menu', () => {
    const result = runOk(
      workspace(),
      `function main() { SpreadsheetApp.getUi().createMenu('Launch Desk').addItem('Run now', 'runDaily').addToUi(); }`,
    );
    expect(result.ui.menus).toEqual([
      { title: 'Launch Desk', items: [{ caption: 'Run now', functionName: 'runDaily' }] },
    ]);
    expect(result.calls['Menu.addItem']).toBe(1);
  });

  it('refuses to show something that is not an HtmlOutput', () => {
    const result = run(workspace(), `function main() { SpreadsheetApp.getUi().showSidebar('<p>x</p>'); }`);
    expect(result.error?.message).toBe(
      "The parameters (String) don't match the method signature for Ui.showSidebar.",
    );
  });

  it('refuses the UI in a time-driven run, which has no editor open, and shows nothing', () => {
    const result = run(workspace(), `function main() { SpreadsheetApp.getUi().alert('Done'); }`, 'main', [], {
      context: 'trigger',
    });
    expect(result.error?.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(result.ui.alerts).toEqual([]);
  });
});

describe('Utilities', () => {
  it('makes blobs from text and bytes', () => {
    const result = runOk(
      workspace(),
      `function main() {
        var text = Utilities.newBlob('é!', 'text/csv', 'a.csv');
        var bytes = Utilities.newBlob([-61, -87, 33]);
        bytes.setName('b.bin').setContentType('application/octet-stream');
        return [text.getBytes(), text.getBytes() instanceof Array, text.getDataAsString(), text.getContentType(), text.getName(),
          bytes.getDataAsString(), bytes.getName(), bytes.getContentType(), Utilities.newBlob('x').getContentType(),
          Utilities.newBlob([1]).getName()];
      }`,
    );
    expect(result.value).toEqual([
      [-61, -87, 33],
      true,
      'é!',
      'text/csv',
      'a.csv',
      'é!',
      'b.bin',
      'application/octet-stream',
      'text/plain',
      null,
    ]);
  });

  it('encodes and decodes base64', () => {
    const result = runOk(
      workspace(),
      `function main() { return [Utilities.base64Encode('台北'), Utilities.base64Decode('5Y+w5YyX')]; }`,
    );
    expect(result.value).toEqual([Buffer.from('台北').toString('base64'), [-27, -113, -80, -27, -116, -105]]);
  });

  it('hands out distinct, well-formed UUIDs that continue across executions', () => {
    const state = workspace();
    const source = 'function main() { return [Utilities.getUuid(), Utilities.getUuid()]; }';
    const first = runOk(state, source).value as string[];
    const second = runOk(state, source).value as string[];
    const all = [...first, ...second];
    expect(new Set(all).size).toBe(4);
    for (const id of all)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('accepts a sleep and refuses one over five minutes', () => {
    expect(runOk(workspace(), 'function main() { Utilities.sleep(10); return 1; }').value).toBe(1);
    expect(run(workspace(), 'function main() { Utilities.sleep(300001); }').error?.message).toBe(
      'Invalid argument: milliseconds',
    );
  });
});

describe('Session, Logger and console', () => {
  it('describes the user and the zones', () => {
    const state = workspace({ userEmail: 'amy@example.com', locale: 'zh_TW', timeZone: 'Asia/Taipei' });
    const result = runOk(
      state,
      `function main() {
        return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(),
          Session.getActiveUserLocale(), Session.getScriptTimeZone(), Session.getTemporaryActiveUserKey().length > 20];
      }`,
    );
    expect(result.value).toEqual(['amy@example.com', 'amy@example.com', 'zh_TW', 'Asia/Taipei', true]);
  });

  it('logs formatted lines; console is not counted', () => {
    const result = runOk(
      workspace(),
      `function main() {
        Logger.log('sent %s mails to %s', 3, 'amy');
        console.log('plain', 1);
        console.warn('careful');
        console.error('broken');
      }`,
    );
    expect(result.logs).toEqual(['sent 3 mails to amy', 'plain 1', 'WARN careful', 'ERROR broken']);
    expect(result.calls).toEqual({ 'Logger.log': 1 });
  });
});
