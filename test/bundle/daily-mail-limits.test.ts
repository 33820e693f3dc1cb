import { describe, expect, it } from 'vitest';
import type { FaultPlan } from '../../local/host/service-context.js';
import { client, dailyHost, duplicates, reminders, sheetRows } from '../support/daily-host.js';

const TODAY = '2027-03-01';
/** Three clients with two reminders each due on TODAY (a kickoff overdue, a first step soon). */
const threeClients = () =>
  ['C0001', 'C0002', 'C0003'].map((id, i) => client(id, `2027-02-2${6 + i}`, '2027-04-10'));

/** Makes the n-th MailApp.sendEmail calls of a run (1-based) fail as the mail service does. */
function failingSends(which: (n: number) => boolean): FaultPlan {
  let sends = 0;
  return ({ name }) => {
    if (name !== 'MailApp.sendEmail') return undefined;
    sends += 1;
    return which(sends) ? 'Service unavailable: Mail' : undefined;
  };
}

const logDetails = (state: Parameters<typeof sheetRows>[0]) =>
  sheetRows(state, 'Log').map((row) => String(row.Detail));

describe('the daily limits on mail', () => {
  it('counts the mail already sent today against the daily budget', async () => {
    const { state, run } = await dailyHost(threeClients(), TODAY, { settings: { dailyMailBudget: '4' } });
    expect((await run('runDailyJob', TODAY)).value).toMatchObject({ sent: 4, deferred: 2 });
    // The same day again (the menu, a continuation): the budget is spent.
    expect((await run('runDailyJob', TODAY)).value).toMatchObject({ sent: 0, deferred: 2 });
    expect(reminders(state)).toHaveLength(4);
    // The next day has a budget of its own.
    expect((await run('runDailyJob', '2027-03-02')).value).toMatchObject({ sent: 2, deferred: 0 });
    expect(duplicates(state)).toEqual([]);
  });

  it('stops after three failures of the mail service in a row and leaves the rest for the next run', async () => {
    const { state, run } = await dailyHost(threeClients(), TODAY);
    const result = await run('runDailyJob', TODAY, { fail: failingSends(() => true) });
    expect(result.value).toMatchObject({ sent: 0, failed: 3, deferred: 3 });
    expect(logDetails(state)).toContain('3 reminders deferred to the next run: mail keeps failing');
  });

  it('counts only failures in a row: a send that goes through starts the count again', async () => {
    const { run } = await dailyHost(threeClients(), TODAY);
    // Fail, fail, send, fail, fail, send: never three in a row, so every reminder is tried.
    const result = await run('runDailyJob', TODAY, { fail: failingSends((n) => n % 3 !== 0) });
    expect(result.value).toMatchObject({ sent: 2, failed: 4, deferred: 0 });
  });
});
