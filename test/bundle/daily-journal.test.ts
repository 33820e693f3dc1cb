import { describe, expect, it } from 'vitest';
import type { FaultPlan } from '../../local/host/service-context.js';
import { client, dailyHost, duplicates, reminders } from '../support/daily-host.js';

const TODAY = '2027-03-01';
const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    client(`C${String(i + 1).padStart(4, '0')}`, '2027-02-26', '2027-04-10'),
  );
const OPTIONS = { quota: 1500, settings: { dailyMailBudget: '1500' } };

/** The execution dies after its n-th sent mail: every later service call fails. */
function diesAfterSend(n: number): FaultPlan {
  let sends = 0;
  let dead = false;
  return ({ name }) => {
    if (dead) return 'execution killed';
    if (name === 'MailApp.sendEmail') {
      sends += 1;
      if (sends === n) dead = true;
    }
    return undefined;
  };
}

describe('the exactly-once journal at scale', () => {
  it("keeps a day's 200 sends in chunks a property can hold", async () => {
    const { state, run } = await dailyHost(many(100), TODAY, OPTIONS);
    const result = await run('runDailyJob', TODAY);
    expect(result.value).toMatchObject({ ok: true, sent: 200, failed: 0 });
    expect(reminders(state)).toHaveLength(200);
  });

  it('loses nothing and sends nothing twice when two runs in a row die half-way', async () => {
    const { state, run } = await dailyHost(many(100), TODAY, OPTIONS);
    expect((await run('runDailyJob', TODAY, { fail: diesAfterSend(150) })).value).toMatchObject({
      ok: false,
    });
    expect((await run('runDailyJob', TODAY, { fail: diesAfterSend(30) })).value).toMatchObject({ ok: false });
    expect(reminders(state)).toHaveLength(180);
    const last = await run('runDailyJob', TODAY);
    expect(last.value).toMatchObject({ ok: true });
    expect(duplicates(state)).toEqual([]);
    // Two sends are unconfirmed (each run died right after one): flagged for a person, never re-sent.
    expect(reminders(state)).toHaveLength(200);
    expect(last.value).toMatchObject({ pending: 2 });
  });
});
