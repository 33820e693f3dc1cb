import { describe, expect, it } from 'vitest';
import type { Cell } from '../../local/host/state.js';
import { client, dailyHost, reminders, sheetRows } from '../support/daily-host.js';

const TODAY = '2027-03-01';

describe('runDailyJob with a client id on two Clients rows', () => {
  it('mails neither client and names both cells in the Log, while the other clients are mailed', async () => {
    const { state, run } = await dailyHost(
      [client('C0001', '2027-02-26', '2027-04-10'), client('C0002', '2027-02-27', '2027-04-15')],
      TODAY,
    );
    // A person copies C0001's row for a new client and changes name and address, not the id.
    const sheet = state.spreadsheet.sheets.find((candidate) => candidate.name === 'Clients');
    const [header = [], first = []] = sheet?.rows ?? [];
    const copy: Cell[] = [...first];
    copy[header.indexOf('Client')] = 'Copied Client';
    copy[header.indexOf('Contact email')] = 'copy@example.com';
    sheet?.rows.push(copy);
    const result = await run('runDailyJob', TODAY);
    expect(result.ok).toBe(true);
    const to = reminders(state).map((mail) => mail.to);
    expect(to).not.toContain('c0001@example.com');
    expect(to).not.toContain('copy@example.com');
    expect(to).toContain('c0002@example.com');
    const log = sheetRows(state, 'Log').map((row) => String(row.Detail));
    expect(log.some((line) => /Clients sheet A2, A4 all hold client ID C0001/.test(line))).toBe(true);
  });
});
