import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { TriggerState } from '../../../local/host/state.js';
import { MANIFEST_SCOPES } from '../../../src/core/manifest.js';
import { failure, MONDAY_9AM_TAIPEI, runOk, runScript } from './harness.js';

const NOW = Date.parse(MONDAY_9AM_TAIPEI);

function stored(id: string, disabled = false): TriggerState {
  return { id, handler: 'dailyJob', schedule: { kind: 'daily', hour: 7, everyDays: 1 }, disabled };
}

describe('ScriptApp.newTrigger', () => {
  it('stores a daily trigger at an hour and returns a Trigger describing it', () => {
    const { state, value, result } = runOk(`
      var t = ScriptApp.newTrigger('dailyJob').timeBased().atHour(7).nearMinute(30).everyDays(1)
        .inTimezone('Asia/Taipei').create();
      return [t.getUniqueId(), t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource()),
              t.getEventType() === ScriptApp.EventType.CLOCK, t.getTriggerSourceId()];
    `);
    const id = state.triggers[0]?.id;
    expect(state.triggers).toEqual([
      {
        id,
        handler: 'dailyJob',
        documentId: 'ss-local',
        user: 'csm@example.com',
        schedule: { kind: 'daily', hour: 7, everyDays: 1, timeZone: 'Asia/Taipei' },
        disabled: false,
      },
    ]);
    expect(value).toEqual([id, 'dailyJob', 'CLOCK', 'CLOCK', true, null]);
    expect(result.calls).toMatchObject({
      'ScriptApp.newTrigger': 1,
      'TriggerBuilder.timeBased': 1,
      'ClockTriggerBuilder.atHour': 1,
      'ClockTriggerBuilder.create': 1,
      'Trigger.getUniqueId': 1,
    });
  });

  it('stores weekly triggers by weekday (0 = Sunday) and one-off triggers at now + ms or a date', () => {
    const weekly = runOk(
      `ScriptApp.newTrigger('weekly').timeBased().onWeekDay(ScriptApp.WeekDay.FRIDAY).atHour(18).create();`,
    );
    expect(weekly.state.triggers[0]?.schedule).toEqual({
      kind: 'weekly',
      weekDay: 5,
      hour: 18,
      timeZone: 'Asia/Taipei',
    });
    const after = runOk(`ScriptApp.newTrigger('soon').timeBased().after(60 * 60 * 1000).create();`);
    expect(after.state.triggers[0]?.schedule).toEqual({ kind: 'once', at: NOW + 3_600_000 });
    const at = runOk(`ScriptApp.newTrigger('then').timeBased().at(new Date(Date.UTC(2024, 5, 1))).create();`);
    expect(at.state.triggers[0]?.schedule).toEqual({ kind: 'once', at: Date.UTC(2024, 5, 1) });
  });

  it('takes the current hour in the script zone when atHour is not given', () => {
    const { state } = runOk(`ScriptApp.newTrigger('daily').timeBased().everyDays(2).create();`);
    // 01:00 UTC is 09:00 in Asia/Taipei.
    expect(state.triggers[0]?.schedule).toEqual({
      kind: 'daily',
      hour: 9,
      everyDays: 2,
      timeZone: 'Asia/Taipei',
    });
  });

  it("reads atHour in the script's zone (the manifest's), not the spreadsheet's, unless inTimezone says", () => {
    const state = newWorkspaceState({ timeZone: 'America/New_York' });
    runOk(`ScriptApp.newTrigger('a').timeBased().atHour(8).everyDays(1).create();`, { state });
    expect(state.triggers[0]?.schedule).toEqual({
      kind: 'daily',
      hour: 8,
      everyDays: 1,
      timeZone: 'Asia/Taipei',
    });
    state.triggers = [];
    runOk(
      `ScriptApp.newTrigger('a').timeBased().atHour(8).inTimezone('America/New_York').everyDays(1).create();`,
      { state },
    );
    expect(state.triggers[0]?.schedule).toEqual({
      kind: 'daily',
      hour: 8,
      everyDays: 1,
      timeZone: 'America/New_York',
    });
  });

  it('lets an add-on hold one time-based trigger per user and document', () => {
    const state = newWorkspaceState();
    runOk(`ScriptApp.newTrigger('dailyJob').timeBased().everyDays(1).atHour(7).create();`, { state });
    expect(
      failure(runScript(`ScriptApp.newTrigger('other').timeBased().after(3600000).create();`, { state })),
    ).toBe(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(state.triggers).toHaveLength(1);
  });

  it('refuses the 21st trigger of a user (20 per user per script)', () => {
    const state = newWorkspaceState();
    state.triggers = Array.from({ length: 20 }, (_, i) => stored(`t${i}`));
    expect(
      failure(runScript(`ScriptApp.newTrigger('x').timeBased().everyDays(1).create();`, { state })),
    ).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(state.triggers).toHaveLength(20);
  });

  it('refuses schedules an add-on or the host cannot keep, and bad arguments', () => {
    const cases: Array<[string, RegExp]> = [
      [
        `.everyMinutes(5).create()`,
        /^The recurrence interval for an Add-on trigger must be at least one hour\.$/,
      ],
      [`.everyHours(0)`, /^The recurrence interval for an Add-on trigger must be at least one hour\.$/],
      [`.after(60 * 1000)`, /^The recurrence interval for an Add-on trigger must be at least one hour\.$/],
      [
        `.after(59 * 60 * 1000)`,
        /^The recurrence interval for an Add-on trigger must be at least one hour\.$/,
      ],
      [`.everyHours(2).create()`, /everyHours is not supported by the Launch Desk local host/],
      [`.everyWeeks(2).onWeekDay(ScriptApp.WeekDay.MONDAY).create()`, /everyWeeks\(n > 1\) is not supported/],
      [`.atHour(9).create()`, /The trigger has no schedule/],
      [`.atHour(24)`, /^Invalid argument: hour$/],
      [`.onWeekDay('MONDAY')`, /^Invalid argument: day$/],
      [`.after(3600000).everyDays(1).create()`, /cannot also recur/],
      [`.inTimezone('Mars/Olympus')`, /^Invalid argument: Mars\/Olympus$/],
    ];
    for (const [chain, message] of cases) {
      expect(failure(runScript(`ScriptApp.newTrigger('x').timeBased()${chain};`))).toMatch(message);
    }
  });
});

describe('ScriptApp triggers of the user', () => {
  it('lists disabled triggers too and deletes one by its Trigger object', () => {
    const state = newWorkspaceState();
    state.triggers = [stored('t1'), stored('t2', true)];
    const { value, result } = runOk(
      `
      var all = ScriptApp.getProjectTriggers();
      var mine = ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
      ScriptApp.deleteTrigger(all[1]);
      ScriptApp.deleteTrigger(all[1]);
      return [Array.isArray(all), all.length, mine.length, all.map(function (t) { return t.getUniqueId(); })];
    `,
      { state },
    );
    expect(value).toEqual([true, 2, 2, ['t1', 't2']]);
    expect(state.triggers.map((t) => t.id)).toEqual(['t1']);
    expect(failure(runScript(`ScriptApp.getUserTriggers({});`, { state }))).toBe(
      'Invalid argument: spreadsheet',
    );
    expect(result.calls['ScriptApp.deleteTrigger']).toBe(2);
    expect(
      failure(
        runScript(`ScriptApp.deleteTrigger({ getUniqueId: function () { return 't1'; } });`, { state }),
      ),
    ).toBe('Invalid argument: trigger');
  });
});

describe("the user's triggers in other spreadsheets", () => {
  const elsewhere = (): TriggerState => ({
    ...stored('other'),
    documentId: 'ss-other',
    user: 'csm@example.com',
  });

  it('are listed by getProjectTriggers, not by getUserTriggers(this spreadsheet)', () => {
    const state = newWorkspaceState();
    state.triggers = [stored('t1'), elsewhere()];
    const { value } = runOk(
      `return [ScriptApp.getProjectTriggers().map(function (t) { return t.getUniqueId(); }),
               ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).map(function (t) { return t.getUniqueId(); })];`,
      { state },
    );
    expect(value).toEqual([['t1', 'other'], ['t1']]);
  });

  it("do not count toward this spreadsheet's one time-based trigger, and another user's are not listed", () => {
    const state = newWorkspaceState();
    state.triggers = [elsewhere(), { ...stored('colleague'), user: 'colleague@example.com' }];
    runOk(`ScriptApp.newTrigger('dailyJob').timeBased().atHour(7).everyDays(1).create();`, { state });
    expect(state.triggers.map((t) => t.documentId)).toEqual(['ss-other', undefined, 'ss-local']);
    const { value } = runOk(`return ScriptApp.getProjectTriggers().length;`, { state });
    expect(value).toBe(2);
  });
});

describe('ScriptApp enums and authorization', () => {
  it('has enum values whose toString is their name and that compare by identity', () => {
    const { value } = runOk(`
      var d = ScriptApp.WeekDay.MONDAY;
      return [String(d), d.name(), d == 'MONDAY', d === ScriptApp.WeekDay.MONDAY, String(ScriptApp.AuthMode.FULL),
              Object.keys(ScriptApp.AuthMode).join(), Object.keys(ScriptApp.WeekDay).length];
    `);
    expect(value).toEqual(['MONDAY', 'MONDAY', true, true, 'FULL', 'NONE,CUSTOM_FUNCTION,LIMITED,FULL', 7]);
  });

  it('reports REQUIRED while a manifest scope is not granted, NOT_REQUIRED once all are', () => {
    const partial = newWorkspaceState();
    partial.grantedScopes = MANIFEST_SCOPES.filter((scope) => !scope.endsWith('script.send_mail'));
    const script = `
      var info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
      var limited = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.LIMITED);
      return [String(info.getAuthorizationStatus()),
              info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED,
              info.getAuthorizationUrl() !== null, String(limited.getAuthorizationStatus()), info.getAuthorizedScopes().length];`;
    expect(runOk(script, { state: partial }).value).toEqual(['REQUIRED', true, true, 'NOT_REQUIRED', 5]);
    expect(runOk(script).value).toEqual(['NOT_REQUIRED', false, false, 'NOT_REQUIRED', 6]);
    expect(
      failure(runScript(`ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL);`, { state: partial })),
    ).toBe('Authorization is required to perform that action.');
    expect(failure(runScript(`ScriptApp.getAuthorizationInfo('FULL');`))).toBe('Invalid argument: authMode');
  });
});
