import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { addTrackerRows } from '../../../local/bench/daily-fixture.js';
import { runGlobal } from '../../../local/cli/workspace-host.js';
import { DiskBackend } from '../../../local/disk/disk-backend.js';
import { client, sheetRows } from '../../support/daily-host.js';
import { clientInput } from '../../support/onboard-fixtures.js';
import { tempDir } from '../disk/fixtures.js';
import { cli } from './run-cli.js';

/**
 * A real SMTP server that refuses C0001's contact and CC for good (550), answers C0002's contact
 * "451 try later", and takes the rest (the CSM's digests among them).
 */
async function smtpServer() {
  const received: Array<{ to: string; subject: string; text: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 200,
    onRcptTo(address, _session, callback) {
      if (['c0001@example.com', 'team@example.com'].includes(address.address)) {
        return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
      }
      if (address.address === 'c0002@example.com') {
        return callback(Object.assign(new Error('4.2.1 Mailbox busy, try later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', ');
        received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A workspace with two clients a few days after kickoff and the CSM's address set. */
async function fixtureWorkspace(): Promise<string> {
  const dir = join(await tempDir(), 'ws');
  expect((await cli(['init', '--dir', dir, '--language', 'en', '--tz', 'Asia/Taipei'])).code).toBe(0);
  await runGlobal(dir, 'updateSetting', ['csmEmail', 'mei@example.com']);
  const backend = new DiskBackend(dir);
  const state = await backend.load();
  addTrackerRows(
    state,
    [
      client('C0001', '2027-02-26', '2027-04-10', { ccEmails: ['team@example.com'] }),
      client('C0002', '2027-02-27', '2027-04-15'),
    ],
    '2027-03-01',
    { language: 'en' },
  );
  await backend.flush(state);
  return dir;
}

/** The Log sheet's rows, read as the next command would see them. */
async function logRows(dir: string): Promise<string[]> {
  const backend = new DiskBackend(dir);
  const state = await backend.load();
  await backend.flush(state);
  return sheetRows(state, 'Log').map((row) => `${row.Action} ${row.Result} ${row.Detail}`);
}

describe('mail outcomes through the CLI, with a real SMTP server', () => {
  it('names waiting and refused mail in daily, status, onboard, diagnostics, the digest and the Log', async () => {
    const smtp = await smtpServer();
    try {
      const dir = await fixtureWorkspace();
      const set = await cli(['mail', '--dir', dir, '--smtp', smtp.url]);
      expect(set.code).toBe(0);
      expect(set.out).toContain(`Mail → ${smtp.url}`);

      const daily = await cli(['daily', '--dir', dir, '--today', '2027-03-01']);
      expect(daily.code, daily.err).toBe(0);
      expect(daily.out).toContain('2 sent, 2 waiting, 2 refused, 0 uncertain');
      expect(daily.out).toMatch(/waiting c0002@example\.com: .* \(451 4\.2\.1 Mailbox busy, try later\)/);
      expect(daily.out).toMatch(
        /refused c0001@example\.com, team@example\.com: .* \(550 5\.1\.1 No such user\)/,
      );

      const status = await cli(['status', '--dir', dir, '--json']);
      expect(status.code).toBe(0);
      const mail = JSON.parse(status.out).mail;
      expect(mail.counts).toMatchObject({ sent: 2, waiting: 2, refused: 2 });

      const diagnostics = await cli(['diagnostics', '--dir', dir]);
      expect(diagnostics.code).toBe(2);
      expect(diagnostics.out).toMatch(/FAIL {2}local-mail-delivery: .*refused c0001@example\.com/);

      const file = join(await tempDir(), 'client.json');
      await writeFile(file, JSON.stringify(clientInput({ contactEmail: 'new@example.com' })));
      const onboard = await cli(['onboard', '--dir', dir, '--client', file, '--today', '2027-03-01']);
      expect(onboard.code, onboard.err).toBe(0);
      expect(onboard.out).toContain('C0003:');
      expect(onboard.out).toMatch(/waiting c0002@example\.com/);

      // The next daily digest tells the CSM, and the Log keeps one line per problem.
      expect((await cli(['daily', '--dir', dir, '--today', '2027-03-02'])).code).toBe(0);
      const digest = smtp.received.find((mail) => mail.subject === 'Launch Desk daily digest 2 Mar 2027');
      expect(digest?.text).toContain('What the mail server did with your mail');
      expect(digest?.text).toMatch(
        /refused for good, not retried: c0001@example\.com, team@example\.com \| /,
      );
      expect(digest?.text).toMatch(/waiting, tried again on the next run: c0002@example\.com \| /);
      const log = await logRows(dir);
      expect(log.filter((line) => line.startsWith('mail error refused c0001@example.com'))).toHaveLength(2);
      expect(log.filter((line) => line.startsWith('mail warning waiting c0002@example.com'))).toHaveLength(2);
      // Told once: a third day's digest does not repeat them.
      expect((await cli(['daily', '--dir', dir, '--today', '2027-03-03'])).code).toBe(0);
      const third = smtp.received.find((mail) => mail.subject === 'Launch Desk daily digest 3 Mar 2027');
      expect(third?.text).not.toContain('c0001@example.com');
    } finally {
      await smtp.close();
    }
  }, 60_000);
});
