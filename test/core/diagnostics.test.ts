import { describe, expect, it } from 'vitest';
import {
  mailChecks,
  manifestChecks,
  runtimeChecks,
  spreadsheetChecks,
  summarize,
} from '../../src/core/diagnostics/checks';
import { installedTriggersCheck, timeDrivenProbeCheck } from '../../src/core/diagnostics/triggers';
import { MANIFEST_SCOPES } from '../../src/core/manifest';

const RUNTIME = {
  present: [],
  taipeiHour: 8,
  timeZone: 'Asia/Taipei',
  zoneHour: 8,
  scriptTimeZone: 'Asia/Taipei',
};
const MANIFEST = { scopes: [...MANIFEST_SCOPES], driveV3: true, docsV1: true };
const SHEET = { timeZone: 'Asia/Taipei', locale: 'zh_TW', missingSheets: [], headerProblems: [] };

const statuses = (checks: Array<{ id: string; status: string }>) =>
  Object.fromEntries(checks.map((check) => [check.id, check.status]));

describe('the diagnostics judgement', () => {
  it('passes an environment that matches the hosts, in both languages', () => {
    for (const language of ['en', 'zh-TW'] as const) {
      const checks = [
        ...runtimeChecks(RUNTIME, language),
        ...manifestChecks(MANIFEST, language),
        ...spreadsheetChecks(SHEET, language),
        ...mailChecks({ remaining: 100, sender: 'csm@example.com' }, language),
        installedTriggersCheck(['runDailyJob'], [], language),
        timeDrivenProbeCheck(
          { kind: 'recorded', record: { ok: true, at: '2027-01-01T00:00:00Z', detail: 'Tracker' } },
          language,
        ),
      ];
      expect(summarize(checks)).toEqual({ ok: true, counts: { pass: checks.length, warn: 0, fail: 0 } });
      expect(checks.every((check) => check.fix === undefined)).toBe(true);
    }
    expect(runtimeChecks(RUNTIME, 'zh-TW')[0]?.message).toMatch(/時區/);
  });

  it('fails a runtime without time-zone data and notes globals the hosts withhold', () => {
    const checks = runtimeChecks(
      {
        present: ['setTimeout', 'URL'],
        taipeiHour: null,
        timeZone: 'Asia/Taipei',
        zoneHour: null,
        scriptTimeZone: null,
      },
      'en',
    );
    expect(statuses(checks)).toEqual({
      'runtime.intl': 'fail',
      'runtime.globals': 'warn',
      'runtime.timeZones': 'fail',
    });
    expect(checks[1]?.message).toContain('setTimeout, URL');
  });

  it("names the script's zone beside the spreadsheet's, where the reminders run", () => {
    const [, , zones] = runtimeChecks({ ...RUNTIME, timeZone: 'America/New_York' }, 'en');
    expect(zones).toMatchObject({
      id: 'runtime.timeZones',
      status: 'pass',
      message: expect.stringMatching(
        /Script time zone Asia\/Taipei, spreadsheet time zone America\/New_York/,
      ),
    });
  });

  it('fails a missing scope or service by name, and warns of extra scopes', () => {
    const missing = manifestChecks({ ...MANIFEST, scopes: MANIFEST_SCOPES.slice(1), driveV3: false }, 'en');
    expect(statuses(missing)).toEqual({ 'manifest.scopes': 'fail', 'manifest.services': 'fail' });
    expect(missing[0]?.message).toContain('auth/spreadsheets.');
    const noEmail = manifestChecks(
      { ...MANIFEST, scopes: MANIFEST_SCOPES.filter((scope) => !scope.endsWith('userinfo.email')) },
      'en',
    );
    expect(noEmail[0]).toMatchObject({
      status: 'fail',
      message: 'Not granted: https://www.googleapis.com/auth/userinfo.email.',
    });
    expect(missing[1]?.message).toContain('Drive v3');
    const extra = manifestChecks(
      { ...MANIFEST, scopes: [...MANIFEST_SCOPES, 'https://www.googleapis.com/auth/drive'] },
      'en',
    );
    expect(extra[0]).toMatchObject({ status: 'warn', message: expect.stringContaining('auth/drive.') });
    expect(manifestChecks({ ...MANIFEST, scopes: null }, 'en')[0]?.status).toBe('warn');
  });

  it('fails an incomplete tracker, naming sheets and headers', () => {
    const checks = spreadsheetChecks(
      {
        ...SHEET,
        locale: 'fr_FR',
        missingSheets: ['Log'],
        headerProblems: ['Sheet "Clients": required header missing "Launch".'],
      },
      'en',
    );
    expect(statuses(checks)).toEqual({ 'spreadsheet.locale': 'warn', 'spreadsheet.sheets': 'fail' });
    expect(checks[1]?.message).toMatch(
      /sheet "Log" is missing; Sheet "Clients": required header missing "Launch"/,
    );
  });

  it('fails zero mail quota and an unknown sender; warns of a low quota', () => {
    expect(statuses(mailChecks({ remaining: 0, sender: '' }, 'en'))).toEqual({
      'mail.quota': 'fail',
      'mail.sender': 'fail',
    });
    expect(mailChecks({ remaining: 3, sender: 'a@b.co' }, 'en')[0]?.status).toBe('warn');
    // A refused Session.getEffectiveUser() (no userinfo.email scope) is told apart from a blank answer.
    expect(mailChecks({ remaining: 3, sender: null }, 'en')[1]).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('userinfo.email'),
    });
    expect(mailChecks({ remaining: null, sender: 'a@b.co' }, 'zh-TW')[0]?.message).toMatch(/郵件額度/);
  });

  it('warns without triggers or a probe result, and fails a probe that could not open the spreadsheet', () => {
    expect(installedTriggersCheck([], [], 'en').status).toBe('warn');
    const stopped = { stopped: true, message: 'The daily job has not run for over two days.' };
    expect(installedTriggersCheck(['runDailyJob'], [stopped], 'en')).toMatchObject({
      status: 'fail',
      message: 'Installed: runDailyJob. The daily job has not run for over two days.',
    });
    const moved = { stopped: false, message: 'The reminder hour in Settings differs from the trigger.' };
    expect(installedTriggersCheck(['runDailyJob'], [moved], 'en').status).toBe('warn');
    expect(timeDrivenProbeCheck({ kind: 'waiting' }, 'en').status).toBe('warn');
    expect(timeDrivenProbeCheck({ kind: 'scheduled', at: '2027-01-01T00:01:00Z' }, 'en').status).toBe('warn');
    const failed = timeDrivenProbeCheck(
      {
        kind: 'recorded',
        record: { ok: false, at: '2027-01-01T00:01:00Z', detail: 'Authorization is required' },
      },
      'en',
    );
    expect(failed).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('Authorization is required'),
    });
  });

  it('says what a time-driven run saw of its document, so a real deployment settles the question', () => {
    const record = {
      ok: true,
      at: '2027-01-01T01:00:00Z',
      detail: 'Tracker',
      seen: { activeSpreadsheet: false, documentProperties: true, documentLock: false },
    };
    expect(timeDrivenProbeCheck({ kind: 'recorded', record }, 'en').message).toBe(
      'A time-driven run opened the spreadsheet "Tracker" by its id (2027-01-01T01:00:00Z). ' +
        'The time-driven run saw no active spreadsheet, document properties, no document lock.',
    );
    expect(timeDrivenProbeCheck({ kind: 'recorded', record }, 'zh-TW').message).toContain(
      '定時執行看到：沒有使用中的試算表、有文件屬性、沒有文件鎖。',
    );
  });
});
