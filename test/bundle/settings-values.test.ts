import { describe, expect, it } from 'vitest';
import type { Cell, WorkspaceState } from '../../local/host/state.js';
import { memoryHost } from '../support/bundle-host.js';
import { sheetNamed } from '../support/tracker-fixture.js';

type Problem = { field: string; message: string };

async function tracker() {
  const { host, backend } = memoryHost({ locale: 'en_US' });
  await host.run('setupTracker', [{}]);
  return { host, state: backend.state };
}

/** The Settings sheet's value of a key, and its row on the sheet. */
function settingRow(state: WorkspaceState, key: string): { value: Cell; row: number } {
  const rows = sheetNamed(state, 'Settings').rows;
  const row = rows.findIndex((line) => line[0] === key);
  return { value: rows[row]?.[1] ?? '', row: row + 1 };
}

describe('updateSetting refuses values a run could not use', () => {
  const refused: Array<[string, string, RegExp]> = [
    ['dailyMailBudget', '-5', /dailyMailBudget must be a whole number from 0 to 1500/],
    ['dailyMailBudget', '2.5', /dailyMailBudget must be a whole number from 0 to 1500/],
    ['reminderHour', '25', /reminderHour must be a whole number from 0 to 23/],
    ['digestWeekday', '7', /digestWeekday must be a whole number from 0 to 6/],
    ['timeZone', 'Mars/Olympus', /timeZone is not a known time zone: "Mars\/Olympus"/],
    ['csmEmail', 'csm@example.com\nBcc: spy@evil.example', /csmEmail must be one line of text/],
    ['csmEmail', 'not an address', /csmEmail is not a valid email address/],
    ['senderName', 'Launch Desk\r\nBcc: spy@evil.example', /senderName must be one line of text/],
    ['shareFolderRole', 'owner', /shareFolderRole: unknown value "owner"/],
  ];
  for (const [key, value, english] of refused) {
    it(`refuses ${key} ${JSON.stringify(value)} in both languages, leaving the sheet as it was`, async () => {
      const { host, state } = await tracker();
      const before = settingRow(state, key).value;
      const result = (await host.run('updateSetting', [key, value])).value as {
        ok: boolean;
        message: string;
      };
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(english);
      expect(result.message).toMatch(/[\u4e00-\u9fff]/);
      expect(settingRow(state, key).value).toBe(before);
    });
  }

  // Refused before the rules of each setting: a key the sheet does not hold, a value of the wrong
  // kind, a language the product does not speak, a tracker without its Settings sheet.
  // Each message comes in both languages (the sheet may be read by either): Chinese, then English.
  const malformed: Array<[string, string, string]> = [
    ['nonsense', '1', '沒有「nonsense」這項設定。 / Unknown setting "nonsense".'],
    ['dryRun', 'yes', 'dryRun必須是 TRUE 或 FALSE。 / dryRun must be TRUE or FALSE.'],
    ['reminderHour', 'nine', 'reminderHour必須是數字。 / reminderHour must be a number.'],
    ['dailyMailBudget', '', 'dailyMailBudget必須是數字。 / dailyMailBudget must be a number.'],
    [
      'language',
      'fr',
      'language：不認得「fr」（可用：zh-TW, en）。 / language: unknown value "fr" (expected one of: zh-TW, en).',
    ],
  ];
  for (const [key, value, message] of malformed) {
    it(`refuses ${key} ${JSON.stringify(value)} and writes nothing`, async () => {
      const { host, state } = await tracker();
      const before = JSON.stringify(state.spreadsheet);
      const result = await host.run('updateSetting', [key, value]);
      expect(result.value).toEqual({ ok: false, message });
      expect(result.calls['Range.setValues'] ?? 0).toBe(0);
      expect(JSON.stringify(state.spreadsheet)).toBe(before);
    });
  }

  it('refuses any value while the Settings sheet is missing, and does not make one', async () => {
    const { host, state } = await tracker();
    state.spreadsheet.sheets = state.spreadsheet.sheets.filter((sheet) => sheet.name !== 'Settings');
    const result = await host.run('updateSetting', ['reminderHour', '8']);
    expect(result.value).toEqual({
      ok: false,
      message: '尚無 Settings 工作表：請先建立追蹤表。 / The Settings sheet is missing: run setup first.',
    });
    expect(state.spreadsheet.sheets.map((sheet) => sheet.name)).not.toContain('Settings');
  });

  it('still takes good values', async () => {
    const { host, state } = await tracker();
    for (const [key, value] of [
      ['reminderHour', '23'],
      ['dailyMailBudget', '0'],
      ['timeZone', 'Europe/London'],
      ['csmEmail', ''],
      ['csmEmail', 'mei@example.com'],
    ] as const) {
      const result = (await host.run('updateSetting', [key, value])).value as { ok: boolean };
      expect(result.ok, `${key} ${value}`).toBe(true);
    }
    expect(settingRow(state, 'csmEmail').value).toBe('mei@example.com');
  });
});

describe('values typed into the Settings sheet that cannot be used', () => {
  it('are reported with their cell, and the defaults stand in for them', async () => {
    const { host, state } = await tracker();
    const typed: Record<string, Cell> = {
      dailyMailBudget: -5,
      reminderHour: 25,
      timeZone: 'Mars/Olympus',
      csmEmail: 'csm@example.com\nBcc: spy@evil.example',
    };
    const rows = sheetNamed(state, 'Settings').rows;
    for (const [key, value] of Object.entries(typed)) {
      const row = rows.find((line) => line[0] === key);
      if (!row) throw new Error(`no setting ${key}`);
      row[1] = value;
    }
    const status = (await host.run('getStatus')).value as { problems: Problem[]; triggers: unknown };
    const fields = status.problems.map((problem) => problem.field);
    for (const key of Object.keys(typed)) expect(fields).toContain(`Settings!B${settingRow(state, key).row}`);
    const hour = status.problems.find(
      (p) => p.field === `Settings!B${settingRow(state, 'reminderHour').row}`,
    );
    expect(hour?.message).toBe(
      `Settings sheet B${settingRow(state, 'reminderHour').row} (reminderHour): reminderHour must be a whole number from 0 to 23. "9" is used until it is fixed.`,
    );
    // The daily trigger is installed at the default hour, not at a clamped 23.
    await host.run('installTriggers', []);
    const view = (await host.run('getSettingsView')).value as { reminders: { hour: number } };
    expect(view.reminders.hour).toBe(9);
  });
});
