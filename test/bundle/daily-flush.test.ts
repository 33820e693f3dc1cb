import { describe, expect, it } from 'vitest';
import type { FaultPlan } from '../../local/host/service-context.js';
import { keepAppliedWrites, loseUnappliedWrites } from '../../local/host/services/sheets/pending-writes.js';
import { client, dailyHost, duplicates, reminders, trackerProps } from '../support/daily-host.js';

const TODAY = '2027-03-01';

/**
 * Killed right after the journal is cleared (the first property deletion after a send): that
 * call goes through, every later one fails, like an execution stopped there.
 */
function killedAfterJournalCleared(): FaultPlan {
  let sent = false;
  let dead = false;
  return ({ name }) => {
    if (dead) return 'execution killed';
    sent ||= name === 'MailApp.sendEmail';
    dead = sent && name === 'Properties.deleteProperty';
    return undefined;
  };
}

describe('the daily job killed after it cleared its journal', () => {
  it('has flushed the sent marks first, so the next run sends nothing twice', async () => {
    const { state, run } = await dailyHost(
      [client('C0001', '2027-02-26', '2027-04-10'), client('C0002', '2027-02-26', '2027-04-10')],
      TODAY,
    );
    keepAppliedWrites(state);
    const killed = await run('runDailyJob', TODAY, { fail: killedAfterJournalCleared() });
    const sent = reminders(state).length;
    expect(sent).toBeGreaterThan(0);
    expect(killed.callLog.at(-1)).toBe('Properties.deleteProperty');
    // The kill came after the clear: no journal is left to recover from.
    expect(Object.keys(trackerProps(state)).filter((key) => key.startsWith('dailyJournal.'))).toEqual([]);
    loseUnappliedWrites(state);
    const next = await run('runDailyJob', TODAY);
    expect(next.value).toMatchObject({ ok: true, sent: 0 });
    expect(duplicates(state)).toEqual([]);
    expect(reminders(state)).toHaveLength(sent);
  });
});
