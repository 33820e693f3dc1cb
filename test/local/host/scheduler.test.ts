import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../../local/host/backend.js';
import { Host } from '../../../local/host/host.js';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import { fireDueTriggers, isTriggerDue } from '../../../local/host/scheduler.js';
import type { TriggerState } from '../../../local/host/state.js';
import { scriptBundle } from '../../support/script-bundle.js';

const daily = (hour: number, lastFired?: number): TriggerState => ({
  id: 't1',
  handler: 'tick',
  schedule: { kind: 'daily', hour, everyDays: 1, timeZone: 'Asia/Taipei' },
  disabled: false,
  ...(lastFired === undefined ? {} : { lastFired }),
});

describe('the local scheduler', () => {
  it('fires a daily trigger once its hour has come in its time zone, once a day', () => {
    // 00:30 UTC is 08:30 in Taipei: before a 9 o'clock trigger; 01:10 UTC is 09:10.
    expect(isTriggerDue(daily(9), Date.parse('2027-03-01T00:30:00Z'))).toBe(false);
    expect(isTriggerDue(daily(9), Date.parse('2027-03-01T01:10:00Z'))).toBe(true);
    const fired = Date.parse('2027-03-01T01:10:00Z');
    expect(isTriggerDue(daily(9, fired), Date.parse('2027-03-01T08:00:00Z'))).toBe(false);
    expect(isTriggerDue(daily(9, fired), Date.parse('2027-03-02T01:05:00Z'))).toBe(true);
  });

  it('fires a weekly trigger only on its weekday and skips disabled ones', () => {
    const weekly: TriggerState = {
      id: 'w',
      handler: 'tick',
      schedule: { kind: 'weekly', weekDay: 1, hour: 9, timeZone: 'Asia/Taipei' },
      disabled: false,
    };
    expect(isTriggerDue(weekly, Date.parse('2027-03-01T02:00:00Z'))).toBe(true); // a Monday
    expect(isTriggerDue(weekly, Date.parse('2027-03-02T02:00:00Z'))).toBe(false);
    expect(isTriggerDue({ ...daily(9), disabled: true }, Date.parse('2027-03-01T02:00:00Z'))).toBe(false);
  });

  it('runs the handler as an execution, marks the trigger fired and spends a one-off trigger', async () => {
    const state = newWorkspaceState();
    state.triggers.push(daily(9), {
      id: 't2',
      handler: 'tick',
      schedule: { kind: 'once', at: Date.parse('2027-03-01T00:00:00Z') },
      disabled: false,
    });
    const bundle = scriptBundle(
      'function tick(e) { var p = PropertiesService.getUserProperties(); p.setProperty("ticks", String(Number(p.getProperty("ticks") || 0) + 1)); }',
    );
    const host = new Host(bundle, new MemoryBackend(state));
    const now = Date.parse('2027-03-01T01:10:00Z');
    expect(await fireDueTriggers(host, now)).toEqual(['tick: ok', 'tick: ok']);
    expect(await fireDueTriggers(host, now + 60_000)).toEqual([]);
    expect(state.properties.user.ticks).toBe('2');
    expect(state.triggers.map((t) => t.id)).toEqual(['t1']);
    expect(state.triggers[0]?.lastFired).toBe(now);
  });
});

describe('a time-driven run', () => {
  const TRACKER = 'ss-local';
  const probe = `function tick(e) {
    var props = PropertiesService.getUserProperties();
    props.setProperty('seen', JSON.stringify({
      active: SpreadsheetApp.getActiveSpreadsheet() === null ? 'null' : 'open',
      activeAlias: SpreadsheetApp.getActive() === null ? 'null' : 'open',
      documentProperties: PropertiesService.getDocumentProperties() === null ? 'null' : 'open',
      documentLock: LockService.getDocumentLock() === null ? 'null' : 'open',
      byId: SpreadsheetApp.openById(e.triggerUid === 't1' ? '${TRACKER}' : '').getName(),
      event: e,
    }));
  }`;

  it('has no active spreadsheet, document properties or document lock, opens its tracker by id and gets a clock event', async () => {
    const state = newWorkspaceState();
    state.triggers.push(daily(9));
    const host = new Host(scriptBundle(probe), new MemoryBackend(state));
    const now = Date.parse('2027-03-01T01:10:00Z');
    expect(await fireDueTriggers(host, now)).toEqual(['tick: ok']);
    expect(JSON.parse(state.properties.user.seen ?? '{}')).toEqual({
      active: 'null',
      activeAlias: 'null',
      documentProperties: 'null',
      documentLock: 'null',
      byId: 'Launch Desk tracker',
      event: {
        authMode: 'FULL',
        triggerUid: 't1',
        timezone: 'UTC',
        year: 2027,
        month: 3,
        'day-of-month': 1,
        'day-of-week': 1,
        'week-of-year': 9,
        hour: 1,
        minute: 10,
        second: 0,
      },
    });
    // The same code in a UI run sees the open spreadsheet.
    const ui = await host.run('tick', [{ triggerUid: 't1' }], { now });
    expect(ui.ok).toBe(true);
    expect(JSON.parse(state.properties.user.seen ?? '{}')).toMatchObject({
      active: 'open',
      documentProperties: 'open',
      documentLock: 'open',
    });
  });

  it('refuses openById of an unknown id, and without the spreadsheets scope', async () => {
    const state = newWorkspaceState();
    const host = new Host(
      scriptBundle('function open(id) { return SpreadsheetApp.openById(id).getId(); }'),
      new MemoryBackend(state),
    );
    expect((await host.run('open', [TRACKER], { context: 'trigger' })).value).toBe(TRACKER);
    expect((await host.run('open', ['another'], { context: 'trigger' })).error?.message).toBe(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    state.grantedScopes = state.grantedScopes.map((scope) =>
      scope.endsWith('/spreadsheets') ? `${scope}.currentonly` : scope,
    );
    expect((await host.run('open', [TRACKER], { context: 'trigger' })).error?.message).toBe(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('fires a trigger at its hour in its own zone, the script zone when it names none', () => {
    const newYork: TriggerState = {
      ...daily(8),
      schedule: { kind: 'daily', hour: 8, everyDays: 1, timeZone: 'America/New_York' },
    };
    // 08:10 in New York on 1 March 2027 (EST, UTC-5) is 13:10 UTC, 21:10 in Taipei.
    expect(isTriggerDue(newYork, Date.parse('2027-03-01T13:10:00Z'))).toBe(true);
    expect(isTriggerDue(newYork, Date.parse('2027-03-01T12:50:00Z'))).toBe(false);
    // No zone stored: the hour is the script's (the manifest's Asia/Taipei), as Apps Script reads it.
    const { timeZone: _zone, ...noZone } = newYork.schedule as { timeZone: string };
    const legacy: TriggerState = { ...newYork, schedule: noZone as TriggerState['schedule'] };
    expect(isTriggerDue(legacy, Date.parse('2027-03-01T00:10:00Z'))).toBe(true);
  });
});
