import { describe, expect, it } from 'vitest';
import { fireDueTriggers } from '../../local/host/scheduler.js';
import {
  at,
  CONTINUATION_DELAY_MS,
  client,
  dailyHost,
  digests,
  duplicates,
  reminders,
  setCell,
  sheetRows,
  trackerProps,
  ZONE,
} from '../support/daily-host.js';

const TODAY = '2027-03-01'; // a Monday: the default digest weekday

/** Two clients a few days after kickoff: their first milestones are due or just overdue. */
const twoClients = () => [
  client('C0001', '2027-02-26', '2027-04-10', { ccEmails: ['team@example.com'] }),
  client('C0002', '2027-02-27', '2027-04-15', {
    language: 'zh-TW',
    clientName: '木趣工作室',
    projectName: '露營桌',
    contactName: '林小姐',
  }),
];

const logDetails = (state: Parameters<typeof sheetRows>[0]) =>
  sheetRows(state, 'Log').map((row) => `${row.Action} ${row.Result} ${row.Detail}`);

describe('runDailyJob', () => {
  it('sends each due reminder once, to the recorded addresses, in the client language, and marks the row', async () => {
    const { state, run } = await dailyHost(twoClients(), TODAY);
    const first = await run('runDailyJob', TODAY);
    expect(first.value).toMatchObject({ ok: true, sent: 4, deferred: 0, digest: 'sent', weekly: 'sent' });
    const sent = reminders(state);
    expect(sent.map((mail) => [mail.to, mail.cc]).sort()).toEqual([
      ['c0001@example.com', 'team@example.com'],
      ['c0001@example.com', 'team@example.com'],
      ['c0002@example.com', ''],
      ['c0002@example.com', ''],
    ]);
    const zh = sent.filter((mail) => mail.to === 'c0002@example.com');
    expect(zh[0]?.subject).toMatch(/^【露營桌】.*已逾期/);
    expect(zh[0]?.body).toContain('林小姐 您好');
    for (const mail of sent) {
      expect(mail.body).toContain('Mei');
      expect(mail.htmlBody).toMatch(/^<div lang="(en|zh-TW)"><p>/);
      expect(mail.replyTo).toBe('mei@example.com');
    }
    const needs = sent.find((mail) => mail.subject.includes('Needs inventory'));
    expect(needs?.body).toContain('What to prepare: Who does what');
    expect(needs?.subject).toBe(
      '[Project C0001] Needs inventory: people, time, resources: 1 day overdue (was due Sun 28 Feb 2027)',
    );
    const milestones = sheetRows(state, 'Milestones').filter((row) => row['Client ID'] === 'C0001');
    expect(milestones.find((row) => row['Milestone ID'] === 'needs-inventory')).toMatchObject({
      Status: 'Overdue',
      'Reminders sent': 'overdue 2027-02-28: sent 2027-03-01',
    });
    expect(milestones.find((row) => row['Milestone ID'] === 'expected-unexpected')?.Status).toBe('Due soon');
    expect(sheetRows(state, 'Clients').map((row) => row.Health)).toEqual(['at-risk', 'attention']);
    expect(logDetails(state).filter((line) => line.startsWith('reminder ok'))).toHaveLength(4);

    const digest = digests(state)[0];
    expect(digest?.subject).toBe('Launch Desk daily digest 1 Mar 2027');
    expect(digest?.body).toContain('Today 4 client reminders went out');
    expect(digest?.body).toContain('Your follow-ups (1)');
    expect(digest?.body).toContain('Send the unexpected extra advice (3-5 days after kickoff)');
    expect(digest?.body).toContain('At-risk clients (1)');

    const second = await run('runDailyJob', TODAY);
    expect(second.value).toMatchObject({ ok: true, sent: 0, digest: 'already', weekly: 'not-due' });
    expect(state.mail.sent).toHaveLength(6);
  });

  it('exits cleanly with a Log line while another run holds the lock', async () => {
    const { state, run } = await dailyHost(twoClients(), TODAY);
    state.locks.document = at(TODAY) + 60_000;
    const busy = await run('runDailyJob', TODAY);
    expect(busy.value).toMatchObject({ ok: true, busy: true, sent: 0 });
    expect(state.mail.sent).toEqual([]);
    expect(logDetails(state)).toEqual(['daily skipped another run holds the tracker: this one exits']);
    state.locks = {};
    expect((await run('runDailyJob', TODAY)).value).toMatchObject({ sent: 4 });
  });

  it('catches missed days up once', async () => {
    const { state, run } = await dailyHost(twoClients(), TODAY);
    await run('runDailyJob', TODAY);
    // The trigger did not fire on 2, 3 and 4 March; the copy draft's window (3-6 March) opened meanwhile.
    await run('runDailyJob', '2027-03-05');
    await run('runDailyJob', '2027-03-05');
    await run('runDailyJob', '2027-03-06');
    const copy = reminders(state).filter((mail) => mail.subject.includes('First copy draft'));
    expect(copy.map((mail) => mail.to)).toEqual(['c0001@example.com']);
    expect(duplicates(state)).toEqual([]);
    expect(digests(state).map((mail) => mail.subject)).toEqual([
      'Launch Desk daily digest 1 Mar 2027',
      'Launch Desk: the coming week 2 Mar 2027-8 Mar 2027',
      'Launch Desk daily digest 5 Mar 2027',
      'Launch Desk daily digest 6 Mar 2027',
    ]);
  });

  it('defers what the mail quota cannot take, logs it, and sends it on the next run', async () => {
    const clients = [1, 2, 3].map((n) => client(`C000${n}`, '2027-02-26', '2027-04-10'));
    const { state, run } = await dailyHost(clients, TODAY, { quota: 4 });
    const first = await run('runDailyJob', TODAY);
    // Four recipients: two reminders, the daily and the weekly digest.
    expect(first.value).toMatchObject({ ok: true, sent: 2, deferred: 4, digest: 'sent', weekly: 'sent' });
    expect(logDetails(state)).toContain(
      'reminder skipped 4 reminders deferred to the next run: mail quota left: 0 recipients',
    );
    const dueFirst = reminders(state).length;
    await run('runDailyJob', '2027-03-02');
    await run('runDailyJob', '2027-03-03');
    const overdue = reminders(state).filter((mail) => /Kickoff|Needs inventory/.test(mail.subject));
    expect(dueFirst).toBe(2);
    expect(overdue).toHaveLength(6);
    expect(duplicates(state)).toEqual([]);
  });

  it('skips rows with bad data with a Log line and sends the rest', async () => {
    const clients = [1, 2, 3].map((n) => client(`C000${n}`, '2027-02-26', '2027-04-10'));
    const { state, run } = await dailyHost(clients, TODAY);
    setCell(state, 'Clients', { 'Client ID': 'C0001' }, 'Contact email', 'not-an-address');
    setCell(state, 'Milestones', { 'Client ID': 'C0002', 'Milestone ID': 'kickoff' }, 'Due', '');
    const result = await run('runDailyJob', TODAY);
    expect(result.value).toMatchObject({ ok: true, sent: 3, skipped: 3 });
    expect(
      reminders(state)
        .map((mail) => mail.to)
        .sort(),
    ).toEqual(['c0002@example.com', 'c0003@example.com', 'c0003@example.com']);
    const log = logDetails(state);
    expect(log).toContain('daily skipped Milestones row 27 (C0002 kickoff): missing or invalid due date');
    expect(log.filter((line) => line.includes('invalid address "not-an-address"'))).toHaveLength(2);
  });

  it('in dry run writes the would-be mails to the Log and sends nothing', async () => {
    const { state, run } = await dailyHost(twoClients(), TODAY, { settings: { dryRun: 'TRUE' } });
    const result = await run('runDailyJob', TODAY);
    expect(result.value).toMatchObject({ ok: true, dryRun: true, sent: 0, digest: 'dry-run' });
    expect(state.mail.sent).toEqual([]);
    const wouldBe = logDetails(state).filter((line) => line.startsWith('dry-run'));
    expect(wouldBe).toHaveLength(6);
    expect(wouldBe[0]).toContain(
      'would send C0001|kickoff|2027-02-26|overdue → c0001@example.com (cc team@example.com)',
    );
    expect(sheetRows(state, 'Milestones').every((row) => row['Reminders sent'] === '')).toBe(true);
    expect(sheetRows(state, 'Milestones').find((row) => row['Milestone ID'] === 'kickoff')?.Status).toBe(
      'Overdue',
    );
  });

  it('escapes what clients typed in the HTML part and keeps subjects on one line', async () => {
    const { state, run } = await dailyHost(twoClients(), TODAY);
    setCell(state, 'Clients', { 'Client ID': 'C0001' }, 'Project name', 'Tea <script>x()</script>\nTime');
    setCell(state, 'Clients', { 'Client ID': 'C0001' }, 'Contact name', '<b>Bo</b> & "Co"');
    await run('runDailyJob', TODAY);
    const mail = reminders(state)[0];
    expect(mail?.subject).toBe(
      '[Tea <script>x()</script> Time] Kickoff: pin preparation, launch, end and shipping month: 3 days overdue (was due Fri 26 Feb 2027)',
    );
    expect(mail?.htmlBody).toContain('Dear &lt;b&gt;Bo&lt;/b&gt; &amp; &quot;Co&quot;,');
    expect(mail?.htmlBody).toContain('Tea &lt;script&gt;x()&lt;/script&gt;');
    expect(mail?.htmlBody).not.toContain('<script>');
  });

  it('after a re-timing reminds the moved milestone again and does not resend the others', async () => {
    const { state, run } = await dailyHost(twoClients(), TODAY);
    await run('runDailyJob', TODAY);
    // C0001's needs inventory moved from 28 Feb to 3 Mar: a new due day, so a new reminder.
    setCell(state, 'Milestones', { 'Client ID': 'C0001', 'Milestone ID': 'needs-inventory' }, 'Due', {
      wall: '2027-03-03T00:00:00',
    });
    await run('runDailyJob', '2027-03-02');
    const subjects = reminders(state)
      .filter((mail) => mail.to === 'c0001@example.com')
      .map((mail) => mail.subject.replace('[Project C0001] ', ''));
    expect(subjects).toEqual([
      'Kickoff: pin preparation, launch, end and shipping month: 3 days overdue (was due Fri 26 Feb 2027)',
      'Needs inventory: people, time, resources: 1 day overdue (was due Sun 28 Feb 2027)',
      'Needs inventory: people, time, resources: due Wed 3 Mar 2027 (1 day left)',
    ]);
  });

  it('after a launch moved in Clients and the milestones were refreshed, reminds only what moved', async () => {
    const { state, host, run } = await dailyHost(twoClients(), TODAY);
    await run('runDailyJob', TODAY);
    const toAcme = () => reminders(state).filter((mail) => mail.to === 'c0001@example.com');
    const before = toAcme().length;
    // C0001 launches a week later: the milestones counted from the launch move, the kickoff does not.
    setCell(state, 'Clients', { 'Client ID': 'C0001' }, 'Launch', { wall: '2027-04-17T00:00:00' });
    setCell(state, 'Clients', { 'Client ID': 'C0001' }, 'End', { wall: '2027-05-17T00:00:00' });
    const refreshed = await host.run('refreshMilestones', ['2027-03-02'], { now: at('2027-03-02') });
    expect(refreshed.value).toMatchObject({ ok: true });
    const rows = sheetRows(state, 'Milestones').filter((row) => row['Client ID'] === 'C0001');
    // The row sync keeps the sent log of the rows it updates.
    expect(rows.find((row) => row['Milestone ID'] === 'kickoff')?.['Reminders sent']).toBe(
      'overdue 2027-02-26: sent 2027-03-01',
    );
    await run('runDailyJob', '2027-03-02');
    await run('runDailyJob', '2027-03-02');
    expect(duplicates(state)).toEqual([]);
    const kickoffs = reminders(state).filter(
      (mail) => mail.to === 'c0001@example.com' && mail.subject.includes('Kickoff'),
    );
    expect(kickoffs).toHaveLength(1);
    expect(toAcme()).toHaveLength(before);
    // The copy draft moved from 6 to 13 March: its reminder follows it, once.
    const copyDraft = () =>
      reminders(state).filter(
        (mail) => mail.to === 'c0001@example.com' && mail.subject.includes('First copy draft'),
      );
    await run('runDailyJob', '2027-03-05');
    expect(copyDraft()).toEqual([]);
    await run('runDailyJob', '2027-03-10');
    await run('runDailyJob', '2027-03-11');
    expect(copyDraft().map((mail) => mail.subject)).toEqual([
      '[Project C0001] First copy draft (survey and ad copy): due Fri 12 Mar 2027 (2 days left)',
    ]);
  });

  it('sends the weekly digest once on its weekday, and once on the first run after a missed one', async () => {
    const { state, run } = await dailyHost(twoClients(), '2027-02-26');
    for (const day of ['2027-02-26', '2027-03-01', '2027-03-01', '2027-03-02', '2027-03-10', '2027-03-11']) {
      await run('runDailyJob', day);
    }
    expect(
      digests(state)
        .filter((mail) => mail.subject.includes('coming week'))
        .map((m) => m.subject),
    ).toEqual([
      // Friday 26 Feb: the Monday before (22 Feb) had none yet.
      'Launch Desk: the coming week 27 Feb 2027-5 Mar 2027',
      'Launch Desk: the coming week 2 Mar 2027-8 Mar 2027',
      // Monday 8 March was missed: Wednesday the 10th catches it up, Thursday does not repeat it.
      'Launch Desk: the coming week 11 Mar 2027-17 Mar 2027',
    ]);
  });

  it('stops well before six minutes, keeps a checkpoint by ids and continues in a one-off trigger', async () => {
    const clients = Array.from({ length: 30 }, (_, i) =>
      client(`C${String(i + 1).padStart(4, '0')}`, '2027-02-26', '2027-04-10'),
    );
    const { state, host, run } = await dailyHost(clients, TODAY);
    await run('installTriggers', TODAY);
    const started = at(TODAY);
    // Two seconds a service call: a slow day for Apps Script.
    const first = await run('runDailyJob', TODAY, { msPerCall: 2_000 });
    expect(first.value).toMatchObject({ ok: true, continued: true, digest: 'later' });
    const value = first.value as { sent: number; deferred: number };
    expect(value.sent).toBeGreaterThan(0);
    expect(value.sent + value.deferred).toBe(60);
    expect(first.endedAt - started).toBeLessThan(5 * 60_000);
    expect(first.endedAt - started).toBeGreaterThan(3 * 60_000);
    expect(JSON.parse(trackerProps(state).dailyCheckpoint ?? '{}')).toMatchObject({
      day: TODAY,
      key: expect.stringMatching(/^C\d{4}\|/),
    });
    expect(state.triggers.map((trigger) => trigger.schedule.kind)).toEqual(['once']);
    // Too early: an add-on's one-off trigger waits an hour.
    expect(await fireDueTriggers(host, first.endedAt + 10 * 60_000)).toEqual([]);
    const fired = await fireDueTriggers(host, first.endedAt + CONTINUATION_DELAY_MS);
    expect(fired).toEqual(['runDailyJob: ok']);
    expect(reminders(state)).toHaveLength(60);
    expect(duplicates(state)).toEqual([]);
    expect(digests(state)).toHaveLength(2);
    expect(state.triggers.map((trigger) => trigger.schedule)).toEqual([
      { kind: 'daily', hour: 9, everyDays: 1, timeZone: ZONE },
    ]);
    expect(trackerProps(state).dailyCheckpoint).toBeUndefined();
  });

  it('has its continuation try again a send the mail service refused before the time ran out', async () => {
    const clients = Array.from({ length: 30 }, (_, i) =>
      client(`C${String(i + 1).padStart(4, '0')}`, '2027-02-26', '2027-04-10'),
    );
    const { state, host, run } = await dailyHost(clients, TODAY);
    await run('installTriggers', TODAY);
    let refusedOnce = false;
    const first = await run('runDailyJob', TODAY, {
      msPerCall: 2_000,
      fail: ({ name }) => {
        if (refusedOnce || name !== 'MailApp.sendEmail') return undefined;
        refusedOnce = true;
        return 'Service unavailable: Gmail';
      },
    });
    expect(first.value).toMatchObject({ continued: true, failed: 1 });
    expect(await fireDueTriggers(host, first.endedAt + CONTINUATION_DELAY_MS)).toEqual(['runDailyJob: ok']);
    expect(reminders(state)).toHaveLength(60);
    expect(duplicates(state)).toEqual([]);
  });

  it('puts the daily trigger back even when its continuation finds the tracker busy', async () => {
    const clients = Array.from({ length: 30 }, (_, i) =>
      client(`C${String(i + 1).padStart(4, '0')}`, '2027-02-26', '2027-04-10'),
    );
    const { state, host, run } = await dailyHost(clients, TODAY);
    await run('installTriggers', TODAY);
    const first = await run('runDailyJob', TODAY, { msPerCall: 2_000 });
    expect(first.value).toMatchObject({ continued: true });
    // Another time-driven run (another user's daily job) holds the tracker's lease when the
    // continuation fires.
    const firesAt = first.endedAt + CONTINUATION_DELAY_MS;
    state.properties.script[`trackerLease.${state.spreadsheet.id}`] = String(firesAt + 5 * 60_000);
    expect(await fireDueTriggers(host, firesAt)).toEqual(['runDailyJob: ok']);
    expect(logDetails(state).at(-1)).toBe(
      'daily skipped another run holds the tracker: a one-off trigger tries again in an hour',
    );
    // Busy, it comes back once more an hour later; then the day is done and the daily trigger back.
    expect(state.triggers.map((trigger) => trigger.schedule.kind)).toEqual(['once']);
    expect(await fireDueTriggers(host, firesAt + CONTINUATION_DELAY_MS)).toEqual(['runDailyJob: ok']);
    expect(duplicates(state)).toEqual([]);
    expect(state.triggers.map((trigger) => trigger.schedule)).toEqual([
      { kind: 'daily', hour: 9, everyDays: 1, timeZone: ZONE },
    ]);
  });
});

describe('exactly once under faults', () => {
  it('leaves a send whose confirmation died pending: flagged in the digest, never re-sent', async () => {
    const probe = await dailyHost(twoClients(), TODAY);
    const clean = await probe.run('runDailyJob', TODAY);
    const firstSend = clean.callLog.indexOf('MailApp.sendEmail') + 1;
    const { state, run } = await dailyHost(twoClients(), TODAY);
    // The execution dies right after the first send: nothing after it works.
    const dead = await run('runDailyJob', TODAY, {
      fail: ({ index }) => (index > firstSend ? 'execution killed' : undefined),
    });
    expect(dead.value).toMatchObject({ ok: false });
    expect(state.mail.sent).toHaveLength(1);
    const rerun = await run('runDailyJob', TODAY);
    expect(rerun.value).toMatchObject({ ok: true, sent: 3, pending: 1 });
    expect(duplicates(state)).toEqual([]);
    const kickoff = sheetRows(state, 'Milestones').find(
      (row) => row['Client ID'] === 'C0001' && row['Milestone ID'] === 'kickoff',
    );
    expect(kickoff?.['Reminders sent']).toBe('overdue 2027-02-26: pending 2027-03-01');
    const digest = digests(state)[0]?.body ?? '';
    expect(digest).toContain('To check: reminders whose send is unconfirmed (1)');
    expect(digest).toContain(
      'C0001 Client C0001 | Kickoff: pin preparation, launch, end and shipping month | overdue 2027-02-26',
    );
  });

  it('never sends a mail twice when any service call k of a run fails and the job runs again', async () => {
    const probe = await dailyHost(twoClients(), TODAY);
    const clean = await probe.run('runDailyJob', TODAY);
    const total = clean.totalCalls;
    expect(total).toBeGreaterThan(40);
    for (let k = 1; k <= total; k++) {
      const { state, run } = await dailyHost(twoClients(), TODAY);
      const faulty = await run('runDailyJob', TODAY, { fail: k });
      expect(faulty.error, `call ${k}`).toBeUndefined();
      await run('runDailyJob', TODAY);
      await run('runDailyJob', '2027-03-02');
      expect(duplicates(state), `fault at call ${k} (${clean.callLog[k - 1]})`).toEqual([]);
      const pending = sheetRows(state, 'Milestones').filter((row) =>
        String(row['Reminders sent']).includes('pending'),
      );
      // A reminder is either sent once or, when its outcome is unknown, flagged; none is lost silently.
      expect(reminders(state).length + pending.length, `call ${k}`).toBeGreaterThanOrEqual(4);
    }
  });
});
