import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { MailState } from '../../../local/host/state.js';
import { failure, MONDAY_9AM_TAIPEI, runOk, runScript } from './harness.js';

const NOW = Date.parse(MONDAY_9AM_TAIPEI);
const HOUR = 3_600_000;

function sent(overrides: Partial<MailState>): MailState {
  return {
    id: 'm',
    to: '',
    cc: '',
    bcc: '',
    replyTo: '',
    name: '',
    subject: 's',
    body: 'b',
    htmlBody: '',
    sentAt: NOW,
    ...overrides,
  };
}

describe('MailApp.sendEmail', () => {
  it('records a message object with every field, its id and the clock time', () => {
    const { state, result } = runOk(`
      MailApp.sendEmail({ to: 'ana@acme.test, "Doe, Jo" <jo@acme.test>', cc: 'boss@acme.test', bcc: 'csm@example.com',
        subject: 'Kick-off', body: 'Hi', htmlBody: '<p>Hi</p>', name: 'Launch Desk', replyTo: 'help@example.com', noReply: true });
    `);
    expect(state.mail.sent).toEqual([
      {
        id: expect.stringMatching(/^mail/),
        to: 'ana@acme.test, "Doe, Jo" <jo@acme.test>',
        cc: 'boss@acme.test',
        bcc: 'csm@example.com',
        replyTo: 'help@example.com',
        name: 'Launch Desk',
        subject: 'Kick-off',
        body: 'Hi',
        htmlBody: '<p>Hi</p>',
        sentAt: NOW,
      },
    ]);
    expect(result.calls['MailApp.sendEmail']).toBe(1);
  });

  it('takes the (recipient, subject, body, options) and (to, replyTo, subject, body) forms', () => {
    const { state } = runOk(`
      MailApp.sendEmail('a@acme.test', 'One', 'Body one', { cc: 'c@acme.test', htmlBody: '<b>1</b>' });
      MailApp.sendEmail('b@acme.test', 'reply@acme.test', 'Two', 'Body two');
    `);
    expect(state.mail.sent.map((m) => [m.to, m.cc, m.replyTo, m.subject, m.body, m.htmlBody])).toEqual([
      ['a@acme.test', 'c@acme.test', '', 'One', 'Body one', '<b>1</b>'],
      ['b@acme.test', '', 'reply@acme.test', 'Two', 'Body two', ''],
    ]);
  });

  it('refuses a bad address, no recipient and a subject with a line break, sending nothing', () => {
    const state = newWorkspaceState();
    expect(
      failure(runScript(`MailApp.sendEmail('ok@acme.test, not-an-address', 's', 'b');`, { state })),
    ).toBe('Invalid email: not-an-address');
    expect(
      failure(
        runScript(`MailApp.sendEmail({ to: 'a@acme.test', replyTo: 'x@', subject: 's', body: 'b' });`, {
          state,
        }),
      ),
    ).toBe('Invalid email: x@');
    expect(failure(runScript(`MailApp.sendEmail({ to: ' , ', subject: 's', body: 'b' });`, { state }))).toBe(
      'Failed to send email: no recipient',
    );
    expect(
      failure(runScript(`MailApp.sendEmail('a@acme.test', 'Line one\\nline two', 'b');`, { state })),
    ).toBe('Invalid argument: subject');
    expect(state.mail.sent).toEqual([]);
  });
});

describe('MailApp daily quota', () => {
  it('counts every to, cc and bcc recipient of the last 24 hours', () => {
    const state = newWorkspaceState({ dailyMailQuota: 10 });
    state.mail.sent.push(
      sent({ to: 'a@x.test, b@x.test', cc: 'c@x.test', sentAt: NOW - 2 * HOUR }),
      sent({ to: 'old@x.test', bcc: 'older@x.test', sentAt: NOW - 25 * HOUR }),
    );
    const { value } = runOk(
      `
      var before = MailApp.getRemainingDailyQuota();
      MailApp.sendEmail({ to: 'd@x.test', bcc: 'e@x.test', subject: 's', body: 'b' });
      return [before, MailApp.getRemainingDailyQuota()];
    `,
      { state },
    );
    expect(value).toEqual([7, 5]);
  });

  it('refuses a message with more recipients than are left, and recovers when the day has passed', () => {
    const state = newWorkspaceState({ dailyMailQuota: 3 });
    state.mail.sent.push(sent({ to: 'a@x.test, b@x.test', sentAt: NOW - HOUR }));
    expect(failure(runScript(`MailApp.sendEmail('c@x.test, d@x.test', 's', 'b');`, { state }))).toBe(
      'Service invoked too many times for one day: email.',
    );
    runOk(`MailApp.sendEmail('c@x.test', 's', 'b');`, { state });
    expect(runOk(`return MailApp.getRemainingDailyQuota();`, { state }).value).toBe(0);
    const tomorrow = new Date(NOW + 24 * HOUR).toISOString();
    expect(
      runOk(`return MailApp.getRemainingDailyQuota();`, { state, execution: { now: tomorrow } }).value,
    ).toBe(3);
  });

  it('refuses more than 50 recipients in one message', () => {
    const to = Array.from({ length: 51 }, (_, i) => `u${i}@x.test`).join(',');
    const state = newWorkspaceState({ dailyMailQuota: 1500 });
    expect(failure(runScript(`MailApp.sendEmail(a, 's', 'b');`, { state, args: [to] }))).toBe(
      'Limit Exceeded: Email Recipients Per Message.',
    );
  });
});
