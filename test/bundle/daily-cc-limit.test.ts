import { describe, expect, it } from 'vitest';
import { client, dailyHost, digests, reminders, setCell, sheetRows } from '../support/daily-host.js';

const TODAY = '2027-03-01';

/** `count` distinct CC addresses, as a person might paste them into the Clients sheet. */
const ccList = (count: number) => Array.from({ length: count }, (_, i) => `cc${i}@example.com`).join(', ');

const logLines = (state: Parameters<typeof sheetRows>[0]) =>
  sheetRows(state, 'Log').map((row) => `${row.Action} ${row.Result} ${row.Detail}`);

describe('the daily job and CC lists longer than one message carries', () => {
  it('skips the client with 150 CC addresses, sends everyone else and names the client in the digest', async () => {
    const clients = [1, 2, 3].map((n) => client(`C000${n}`, '2027-02-26', '2027-04-10'));
    const { state, run } = await dailyHost(clients, TODAY, { quota: 100 });
    setCell(state, 'Clients', { 'Client ID': 'C0001' }, 'CC emails', ccList(150));
    const result = await run('runDailyJob', TODAY);
    expect(result.value).toMatchObject({ ok: true, sent: 4, deferred: 0, skipped: 2, digest: 'sent' });
    expect(new Set(reminders(state).map((mail) => mail.to))).toEqual(
      new Set(['c0002@example.com', 'c0003@example.com']),
    );
    expect(
      logLines(state).filter(
        (line) => line.startsWith('reminder skipped') && line.includes('150 CC addresses'),
      ),
    ).toHaveLength(2);
    expect(digests(state)[0]?.body).toContain(
      'C0001 Client C0001: 150 CC addresses, a message carries at most 49',
    );
  });

  it('does not let three clients with 60 CC addresses each stop the reminders of the others', async () => {
    const clients = [1, 2, 3, 4, 5].map((n) => client(`C000${n}`, '2027-02-26', '2027-04-10'));
    const { state, run } = await dailyHost(clients, TODAY);
    for (const id of ['C0001', 'C0002', 'C0003'])
      setCell(state, 'Clients', { 'Client ID': id }, 'CC emails', ccList(60));
    const result = await run('runDailyJob', TODAY);
    expect(result.value).toMatchObject({ ok: true, sent: 4, deferred: 0, failed: 0, skipped: 6 });
    expect(new Set(reminders(state).map((mail) => mail.to))).toEqual(
      new Set(['c0004@example.com', 'c0005@example.com']),
    );
    expect(logLines(state).join('\n')).not.toContain('deferred to the next run');
  });
});
