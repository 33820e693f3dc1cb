import { describe, expect, it } from 'vitest';
import { instantOfDay } from '../../local/host/clock.js';
import { memoryHost } from '../support/bundle-host.js';
import { duplicates, sheetRows } from '../support/daily-host.js';
import { clientInput, NOW, TODAY } from '../support/onboard-fixtures.js';

describe('the daily job over clients the onboarding wrote', () => {
  it('reminds an onboarded client on its due days, once, in its language', async () => {
    const { host, backend } = memoryHost();
    const state = backend.state;
    await host.run('setupTracker', [{}], { now: NOW });
    await host.run('updateSetting', ['csmEmail', 'mei@example.com'], { now: NOW });
    const onboarded = await host.run('onboardClient', [clientInput(), TODAY], { now: NOW });
    expect(onboarded.value).toMatchObject({ ok: true });
    // Two days after the kickoff (today): the needs inventory is due (lead 1 day).
    const day = '2026-12-03';
    const now = instantOfDay(day, 'Asia/Taipei', 9);
    const first = await host.run('runDailyJob', [], { now });
    expect(first.value).toMatchObject({ ok: true, today: day, digest: 'sent' });
    const toClient = state.mail.sent.filter((mail) => mail.to === 'lan@example.tw');
    expect(toClient.length).toBeGreaterThan(0);
    expect(toClient.map((mail) => mail.subject)).toContain(
      '【城市折疊車】需求盤點：人力、時間、資源：今天到期',
    );
    await host.run('runDailyJob', [], { now });
    expect(duplicates(state)).toEqual([]);
    const marked = sheetRows(state, 'Milestones').filter((row) =>
      String(row.提醒紀錄 ?? '').includes('sent'),
    );
    expect(marked.length).toBe(toClient.length);
  });
});
