import { describe, expect, it } from 'vitest';
import { at, client, dailyHost } from '../support/daily-host.js';

const TODAY = '2027-03-01';

interface Status {
  daily: { installed: boolean; hour: number | null };
  weekly: { installed: boolean; weekday: number };
  lastDailyRun: string;
  problems: Array<{ code: string; message: string }>;
}

describe('installTriggers, removeTriggers and the trigger status', () => {
  it('keeps exactly one daily trigger however often it is called, and reports what is wrong', async () => {
    const { state, host, run } = await dailyHost([client('C0001', '2027-02-26', '2027-04-10')], TODAY);
    const status = async (day = TODAY) =>
      ((await run('getStatus', day)).value as { triggers: Status }).triggers;
    const codes = async (day = TODAY) => (await status(day)).problems.map((problem) => problem.code);
    expect(await status()).toMatchObject({
      daily: { installed: false },
      problems: [{ code: 'missing', message: 'Daily reminders are off: run "Install reminders".' }],
    });

    for (let i = 0; i < 3; i++) await run('installTriggers', TODAY);
    expect(state.triggers.map((t) => [t.handler, t.schedule])).toEqual([
      ['runDailyJob', { kind: 'daily', hour: 9, everyDays: 1, timeZone: 'Asia/Taipei' }],
    ]);
    expect(await status()).toMatchObject({
      daily: { installed: true, hour: 9 },
      weekly: { installed: true, weekday: 1 },
      lastDailyRun: '',
      problems: [],
    });

    // The hour changed in Settings: reported until installTriggers moves the trigger.
    await host.run('updateSetting', ['reminderHour', '7'], { now: at(TODAY) });
    expect(await codes()).toEqual(['hour-changed']);
    const moved = await run('installTriggers', TODAY);
    expect(moved.value).toMatchObject({ ok: true, changed: true });
    expect(state.triggers.map((t) => t.schedule)).toEqual([
      { kind: 'daily', hour: 7, everyDays: 1, timeZone: 'Asia/Taipei' },
    ]);

    // A trigger that stopped firing (Apps Script disabled it) is reported, not silently ignored.
    await run('runDailyJob', TODAY);
    expect((await status()).lastDailyRun).toMatch(/^2027-03-01T01:00/);
    expect(await codes('2027-03-02')).toEqual([]);
    expect(await codes('2027-03-04')).toEqual(['not-running']);

    // A second trigger of the job (made by hand) is replaced by one.
    state.triggers.push({
      id: 'extra',
      handler: 'runDailyJob',
      schedule: { kind: 'daily', hour: 3, everyDays: 1 },
      disabled: false,
    });
    expect(await codes()).toContain('duplicate');
    await run('installTriggers', TODAY);
    expect(state.triggers).toHaveLength(1);

    const removed = await run('removeTriggers', TODAY);
    expect(removed.value).toMatchObject({ ok: true, changed: true, status: { daily: { installed: false } } });
    expect(state.triggers).toEqual([]);
  });

  it('reports a refused install instead of throwing', async () => {
    const { state, run } = await dailyHost([], TODAY);
    // Another time-driven trigger of the add-on (one an older version left) holds the one place.
    state.triggers.push({
      id: 'legacy',
      handler: 'sendRemindersLegacy',
      schedule: { kind: 'once', at: at(TODAY) + 60_000 },
      disabled: false,
    });
    const result = await run('installTriggers', TODAY);
    expect(result.error).toBeUndefined();
    expect(result.value).toMatchObject({
      ok: false,
      message:
        'This add-on has created too many time-based triggers in this document for this Google user account.',
    });
  });
});

describe('the cost of a daily job', () => {
  it('makes the same number of Sheets calls for 10, 100 and 1,000 clients', async () => {
    const sheetsCalls: number[] = [];
    const totals: number[] = [];
    for (const size of [10, 100, 1000]) {
      const clients = Array.from({ length: size }, (_, i) =>
        client(`C${String(i + 1).padStart(4, '0')}`, '2027-02-26', '2027-04-10'),
      );
      const { run } = await dailyHost(clients, TODAY, { settings: { dailyMailBudget: '5' } });
      const result = await run('runDailyJob', TODAY);
      expect(result.value).toMatchObject({ ok: true, sent: 5 });
      const sheets = Object.entries(result.calls)
        .filter(([name]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(name))
        .reduce((sum, [, count]) => sum + count, 0);
      sheetsCalls.push(sheets);
      totals.push(result.totalCalls);
    }
    expect(new Set(sheetsCalls).size).toBe(1);
    expect(new Set(totals).size).toBe(1);
    expect(sheetsCalls[0]).toBeLessThan(40);
  });
});
