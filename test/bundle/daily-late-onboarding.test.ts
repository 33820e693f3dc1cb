import { describe, expect, it } from 'vitest';
import type { Cell, WorkspaceState } from '../../local/host/state.js';
import { addDays } from '../../src/core/dates.js';
import { memoryHost } from '../support/bundle-host.js';
import { at } from '../support/daily-host.js';
import { clientInput, NOW, sheetRows, TODAY } from '../support/onboard-fixtures.js';

/** A client onboarded on TODAY (Tuesday 1 December 2026) that launches ten days later. */
const LATE = clientInput({ dates: { launch: '2026-12-11', end: '2027-01-10', shipping: '2027-03' } });
const CONTACT = 'lan@example.tw';

/** A Milestones cell's day: a wall-clock date of the sheet, or text. */
const dayOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'wall' in value
    ? String((value as { wall: string }).wall).slice(0, 10)
    : String(value ?? '').slice(0, 10);

/**
 * Ticks Done on every milestone due from the onboarding day up to the day before `day`, but
 * `except`: the client keeps pace with the plan from the day it came, and nothing more.
 */
function keepPace(state: WorkspaceState, day: string, except: string): void {
  const sheet = state.spreadsheet.sheets.find((candidate) => candidate.name === 'Milestones');
  const [head = [], ...rows] = sheet?.rows ?? [];
  const col = (name: string) => head.indexOf(name);
  for (const row of rows) {
    if (row[col('里程碑編號')] === except || !row[col('里程碑編號')]) continue;
    const due = dayOf(row[col('到期日')]);
    if (due >= TODAY && due < day) row[col('完成')] = true as Cell;
  }
}

/** The overdue notices mailed to the client (a subject says 逾期 or overdue). */
const overdueMail = (state: WorkspaceState) =>
  state.mail.sent.filter((mail) => mail.to === CONTACT && /逾期|overdue/i.test(mail.subject));

/** A set-up tracker with the CSM's address and `input` onboarded on TODAY. */
async function onboarded(input: ReturnType<typeof clientInput>) {
  const { host, backend } = memoryHost();
  await host.run('setupTracker', [{}], { now: NOW });
  await host.run('updateSetting', ['csmEmail', 'mei@example.com'], { now: NOW });
  const result = await host.run('onboardClient', [input, TODAY], { now: NOW });
  expect(result.value).toMatchObject({ ok: true });
  return { host, state: backend.state };
}

describe('the first week of a client onboarded ten days before launch', () => {
  it('mails no overdue notice unless a compressed milestone is missed', async () => {
    const { host, state } = await onboarded(LATE);
    const [head = [], ...rows] = sheetRows(state, 'Milestones') as unknown[][];
    const page = rows.find((row) => row[head.indexOf('里程碑編號')] === 'page-build');
    const pageDue = dayOf(page?.[head.indexOf('到期日')]);
    // The page (natural day 27 November) was compressed into the ten days left.
    expect(pageDue > TODAY && pageDue < '2026-12-11').toBe(true);

    const days = Array.from({ length: 7 }, (_, i) => addDays(TODAY, i + 1));
    const overdueBy = new Map<string, number>();
    for (const day of days) {
      // The client does everything on time except the page, which it misses.
      keepPace(state, day, 'page-build');
      const run = await host.run('runDailyJob', [], { now: at(day) });
      expect(run.value).toMatchObject({ ok: true, today: day });
      overdueBy.set(day, overdueMail(state).length);
    }
    // Nothing before the page's day passes; then exactly its notice, once.
    for (const day of days) expect(overdueBy.get(day)).toBe(day <= pageDue ? 0 : 1);
    expect(overdueMail(state).map((mail) => mail.subject)).toEqual([
      expect.stringContaining('後台專案頁建置與身分驗證'),
    ]);
  });

  it('keeps what cannot fit as catch-up: in the tracker and the digest, never mailed to the client', async () => {
    const { host, backend } = memoryHost();
    const state = backend.state;
    await host.run('setupTracker', [{}], { now: NOW });
    await host.run('updateSetting', ['csmEmail', 'mei@example.com'], { now: NOW });
    // Launching tomorrow: the page, visuals and platform review have no day left.
    const tomorrow = clientInput({ dates: { launch: '2026-12-02', end: '2027-01-01', shipping: '2027-03' } });
    expect((await host.run('onboardClient', [tomorrow, TODAY], { now: NOW })).value).toMatchObject({
      ok: true,
    });
    const day = '2026-12-03';
    expect((await host.run('runDailyJob', [], { now: at(day) })).value).toMatchObject({ ok: true });
    const [head = [], ...rows] = sheetRows(state, 'Milestones') as unknown[][];
    const page = rows.find((row) => row[head.indexOf('里程碑編號')] === 'page-build');
    expect(page?.[head.indexOf('狀態')]).toBe('待補進度');
    // The kickoff and the launch, missed after onboarding, are overdue as usual; the page is not mailed.
    const toClient = state.mail.sent.filter((mail) => mail.to === CONTACT).map((mail) => mail.subject);
    expect(toClient.length).toBeGreaterThan(0);
    expect(toClient.filter((subject) => /後台專案頁|主視覺|送出平台審核/.test(subject))).toEqual([]);
    const digest = state.mail.sent.find((mail) => mail.to === 'mei@example.com');
    expect(digest?.body).toMatch(/待補進度[\s\S]*後台專案頁建置與身分驗證/);
  });

  it('keeps the fitted days through a re-plan days later: the plan starts on the onboarding day', async () => {
    const { host } = await onboarded(LATE);
    const refreshed = await host.run('refreshMilestones', ['2026-12-04'], { now: at('2026-12-04') });
    expect(refreshed.value).toMatchObject({ ok: true, moved: 0, appended: 0, removed: 0 });
  });
});
