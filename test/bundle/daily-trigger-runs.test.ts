import { describe, expect, it } from 'vitest';
import { instantOfDay } from '../../local/host/clock.js';
import { runExecution } from '../../local/host/execution.js';
import { clockEvent, fireDueTriggers, isTriggerDue } from '../../local/host/scheduler.js';
import type { TriggerState, WorkspaceState } from '../../local/host/state.js';
import { builtBundle, memoryHost } from '../support/bundle-host.js';
import {
  at,
  client,
  dailyHost,
  digests,
  duplicates,
  reminders,
  sheetRows,
  trackerProps,
} from '../support/daily-host.js';
import { clientInput } from '../support/onboard-fixtures.js';

const TODAY = '2027-03-01';
/** Another tracker of the same user, with its own daily trigger (the host holds one spreadsheet). */
const OTHER = 'ss-other-tracker';

/** The other tracker's daily trigger and the note of which tracker it serves, as the add-on left them. */
function seedOtherTracker(state: WorkspaceState): TriggerState {
  const trigger: TriggerState = {
    id: 'trigger-of-other-tracker',
    handler: 'runDailyJob',
    documentId: OTHER,
    user: state.user.email,
    schedule: { kind: 'daily', hour: 7, everyDays: 1, timeZone: 'Asia/Taipei' },
    disabled: false,
  };
  state.triggers.push(trigger);
  state.properties.user[`trackerOf.${trigger.id}`] = OTHER;
  return trigger;
}

describe('the daily trigger in a time-driven run', () => {
  it('opens its tracker by id (no active spreadsheet there) and sends the reminders once', async () => {
    const { state, host, run } = await dailyHost([client('C0001', '2027-02-26', '2027-04-10')], TODAY);
    await run('installTriggers', TODAY);
    expect(await fireDueTriggers(host, at(TODAY, 8))).toEqual([]);
    expect(await fireDueTriggers(host, at(TODAY, 9) + 5 * 60_000)).toEqual(['runDailyJob: ok']);
    expect(reminders(state)).toHaveLength(2);
    expect(digests(state)).toHaveLength(2);
    expect(sheetRows(state, 'Log').at(-1)?.Detail).toMatch(/^2027-03-01: 2 sent/);
    expect(trackerProps(state).lastDailyRun).toMatch(/^2027-03-01T01:05/);
    // The menu's run that day finds everything sent already.
    expect((await run('runDailyJob', TODAY)).value).toMatchObject({ ok: true, sent: 0 });
    expect(reminders(state)).toHaveLength(2);
  });

  it('exits busy when it starts while an onboarding from the sidebar holds the tracker, and comes back in an hour', async () => {
    const { state, host, run } = await dailyHost([client('C0001', '2027-02-26', '2027-04-10')], TODAY);
    await run('installTriggers', TODAY);
    const trigger = state.triggers.find((t) => t.handler === 'runDailyJob');
    if (!trigger) throw new Error('no daily trigger');
    // The trigger fires while the onboarding is half-way (at its first Drive call): the two
    // executions share the workspace, as they would in Google.
    let during: unknown;
    const onboarding = runExecution(builtBundle(), state, 'onboardClient', [clientInput()], {
      now: at(TODAY, 9),
      fail: ({ name }) => {
        if (during === undefined && name.startsWith('Drive.')) {
          const now = at(TODAY, 9) + 60_000;
          during = runExecution(builtBundle(), state, 'runDailyJob', [clockEvent(trigger.id, now)], {
            now,
            context: 'trigger',
          }).value;
        }
        return undefined;
      },
    });
    expect(onboarding.ok).toBe(true);
    expect(during).toMatchObject({ busy: true, sent: 0, continued: true });
    expect(reminders(state)).toHaveLength(0);
    // The day is not lost: its continuation comes an hour later and does the day's work, then
    // the daily trigger is back for tomorrow.
    expect(await fireDueTriggers(host, at(TODAY, 9) + 30 * 60_000)).toEqual([]);
    expect(await fireDueTriggers(host, at(TODAY, 10) + 2 * 60_000)).toEqual(['runDailyJob: ok']);
    expect(reminders(state).length).toBeGreaterThan(2);
    expect(duplicates(state)).toEqual([]);
    expect(state.triggers.map((t) => t.schedule.kind)).toEqual(['daily']);
  });

  it('mails the digest to the effective user when no CSM address is set (needs userinfo.email)', async () => {
    const { state, host, run } = await dailyHost([client('C0001', '2027-02-26', '2027-04-10')], TODAY, {
      settings: { csmEmail: '' },
    });
    // From the menu (a UI run), so only the scope is in question.
    expect((await run('runDailyJob', TODAY)).value).toMatchObject({
      ok: true,
      digest: 'sent',
      weekly: 'sent',
    });
    expect(state.mail.sent.filter((mail) => mail.to === state.user.email)).toHaveLength(2);
    // And from its trigger the next day.
    await run('installTriggers', TODAY);
    expect(await fireDueTriggers(host, at('2027-03-02', 9) + 60_000)).toEqual(['runDailyJob: ok']);
    expect(state.mail.sent.filter((mail) => mail.to === state.user.email)).toHaveLength(3);
  });

  it("leaves another tracker's trigger alone when reminders are installed, continued and removed here", async () => {
    const clients = Array.from({ length: 30 }, (_, i) =>
      client(`C${String(i + 1).padStart(4, '0')}`, '2027-02-26', '2027-04-10'),
    );
    const { state, host, run } = await dailyHost(clients, TODAY);
    const other = seedOtherTracker(state);
    const installed = await run('installTriggers', TODAY);
    expect(installed.value).toMatchObject({ ok: true, changed: true });
    expect(state.triggers.map((trigger) => trigger.id)).toContain(other.id);
    // Run out of time: the continuation replaces this tracker's daily trigger only.
    const first = await run('runDailyJob', TODAY, { msPerCall: 2_000 });
    expect(first.value).toMatchObject({ continued: true });
    expect(state.triggers.map((trigger) => [trigger.documentId, trigger.schedule.kind])).toEqual([
      [OTHER, 'daily'],
      ['ss-local', 'once'],
    ]);
    expect(await fireDueTriggers(host, first.endedAt + 60 * 60_000 + 1_000)).toEqual(['runDailyJob: ok']);
    expect(state.triggers.map((trigger) => [trigger.documentId, trigger.schedule.kind])).toEqual([
      [OTHER, 'daily'],
      ['ss-local', 'daily'],
    ]);
    const removed = await run('removeTriggers', TODAY);
    expect(removed.value).toMatchObject({ ok: true, changed: true });
    expect(state.triggers).toEqual([other]);
    expect(state.properties.user[`trackerOf.${other.id}`]).toBe(OTHER);
  });

  it("fires at the reminder hour in the spreadsheet's zone, not the script's", async () => {
    const zone = 'America/New_York';
    const { host, backend } = memoryHost({ locale: 'en_US', timeZone: zone });
    const now = instantOfDay(TODAY, zone, 12);
    await host.run('setupTracker', [{ language: 'en', timeZone: zone }], { now });
    await host.run('updateSetting', ['reminderHour', '8'], { now });
    const installed = await host.run('installTriggers', [], { now });
    expect(installed.value).toMatchObject({ ok: true });
    const [trigger] = backend.state.triggers;
    if (!trigger) throw new Error('no trigger installed');
    const tomorrow = '2027-03-02';
    // It fired at 08:10 this morning in New York; tomorrow 08:10 in Taipei is still this evening
    // in New York (19:10): not again. Tomorrow in New York it fires once 8 o'clock has come.
    const fired: TriggerState = { ...trigger, lastFired: instantOfDay(TODAY, zone, 8) + 10 * 60_000 };
    expect(isTriggerDue(fired, instantOfDay(tomorrow, 'Asia/Taipei', 8) + 10 * 60_000)).toBe(false);
    expect(isTriggerDue(fired, instantOfDay(tomorrow, zone, 7) + 50 * 60_000)).toBe(false);
    expect(isTriggerDue(fired, instantOfDay(tomorrow, zone, 8) + 10 * 60_000)).toBe(true);

    // The tracker moves to London: reported until the trigger is installed again, in London.
    backend.state.spreadsheet.timeZone = 'Europe/London';
    const status = await host.run('getStatus', [], { now });
    expect(status.value).toMatchObject({ triggers: { problems: [{ code: 'hour-changed' }] } });
    await host.run('installTriggers', [], { now });
    expect(backend.state.triggers.map((t) => t.schedule)).toEqual([
      { kind: 'daily', hour: 8, everyDays: 1, timeZone: 'Europe/London' },
    ]);
  });

  it('makes the same number of service calls for 10, 100 and 1,000 clients', async () => {
    const totals: number[] = [];
    for (const size of [10, 100, 1000]) {
      const clients = Array.from({ length: size }, (_, i) =>
        client(`C${String(i + 1).padStart(4, '0')}`, '2027-02-26', '2027-04-10'),
      );
      const { state, host, run } = await dailyHost(clients, TODAY, { settings: { dailyMailBudget: '5' } });
      await run('installTriggers', TODAY);
      const now = at(TODAY) + 60_000;
      const event = clockEvent(state.triggers[0]?.id ?? '', now);
      const result = await host.run('runDailyJob', [event], { now, context: 'trigger' });
      expect(result.value).toMatchObject({ ok: true, sent: 5 });
      totals.push(result.totalCalls);
    }
    expect(new Set(totals).size).toBe(1);
  });
});
