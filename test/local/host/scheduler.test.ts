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
  schedule: { kind: 'daily', hour, everyDays: 1 },
  disabled: false,
  ...(lastFired === undefined ? {} : { lastFired }),
});

describe('the local scheduler', () => {
  const taipei = 'Asia/Taipei';

  it('fires a daily trigger once its hour has come in the spreadsheet time zone, once a day', () => {
    // 00:30 UTC is 08:30 in Taipei: before a 9 o'clock trigger; 01:10 UTC is 09:10.
    expect(isTriggerDue(daily(9), Date.parse('2027-03-01T00:30:00Z'), taipei)).toBe(false);
    expect(isTriggerDue(daily(9), Date.parse('2027-03-01T01:10:00Z'), taipei)).toBe(true);
    const fired = Date.parse('2027-03-01T01:10:00Z');
    expect(isTriggerDue(daily(9, fired), Date.parse('2027-03-01T08:00:00Z'), taipei)).toBe(false);
    expect(isTriggerDue(daily(9, fired), Date.parse('2027-03-02T01:05:00Z'), taipei)).toBe(true);
  });

  it('fires a weekly trigger only on its weekday and skips disabled ones', () => {
    const weekly: TriggerState = {
      id: 'w',
      handler: 'tick',
      schedule: { kind: 'weekly', weekDay: 1, hour: 9 },
      disabled: false,
    };
    expect(isTriggerDue(weekly, Date.parse('2027-03-01T02:00:00Z'), taipei)).toBe(true); // a Monday
    expect(isTriggerDue(weekly, Date.parse('2027-03-02T02:00:00Z'), taipei)).toBe(false);
    expect(isTriggerDue({ ...daily(9), disabled: true }, Date.parse('2027-03-01T02:00:00Z'), taipei)).toBe(
      false,
    );
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
      'function tick(e) { var p = PropertiesService.getDocumentProperties(); p.setProperty("ticks", String(Number(p.getProperty("ticks") || 0) + 1)); }',
    );
    const host = new Host(bundle, new MemoryBackend(state));
    const now = Date.parse('2027-03-01T01:10:00Z');
    expect(await fireDueTriggers(host, now)).toEqual(['tick: ok', 'tick: ok']);
    expect(await fireDueTriggers(host, now + 60_000)).toEqual([]);
    expect(state.properties.document.ticks).toBe('2');
    expect(state.triggers.map((t) => t.id)).toEqual(['t1']);
    expect(state.triggers[0]?.lastFired).toBe(now);
  });
});
