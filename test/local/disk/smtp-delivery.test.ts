import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskBackend } from '../../../local/disk/disk-backend.js';
import { workspaceLayout } from '../../../local/disk/layout.js';
import { setMailDestination } from '../../../local/disk/mail-destination.js';
import { readMailReport } from '../../../local/disk/mail-report.js';
import { SMTP_TIMEOUTS, type SmtpTimeouts } from '../../../local/disk/outbox.js';
import { createWorkspace } from '../../../local/disk/workspace.js';
import { Host } from '../../../local/host/host.js';
import { scriptBundle } from '../../support/script-bundle.js';
import { tempDir } from './fixtures.js';

const SCRIPT = scriptBundle(`
function send(to, subject) { MailApp.sendEmail({ to: to, subject: subject, body: 'Hello' }); }
function nothing() { return 1; }
function notices() {
  var id = SpreadsheetApp.getActiveSpreadsheet().getId();
  return PropertiesService.getUserProperties().getProperty('tracker.' + id + '.localMailDelivery');
}
`);

/** Short timeouts, so a stalling server costs the test one second, not the product's thirty. */
const QUICK: SmtpTimeouts = { connectMs: 2000, greetingMs: 2000, idleMs: 1000 };

/**
 * A real SMTP server on 127.0.0.1. By the recipient's local part: `later@` is answered 451 while
 * `busy` is set, `nobody@` 550, `stall@` gets no answer after DATA, `drop@` loses the connection
 * after DATA; with `refuseAll`, every recipient gets 550.
 */
async function smtpServer() {
  const peer = {
    busy: true,
    refuseAll: false,
    received: [] as Array<{ subject: string; messageId: string }>,
    port: 0,
    close: async () => {},
  };
  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 200,
    onRcptTo(address, _session, callback) {
      const local = address.address.split('@')[0];
      if (peer.refuseAll || local === 'nobody') {
        return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
      }
      if (local === 'later' && peer.busy) {
        return callback(Object.assign(new Error('4.2.1 Mailbox busy, try later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.split('@')[0]);
      simpleParser(stream).then((mail) => {
        if (to.includes('stall')) return; // the message was read; "250" never comes
        if (to.includes('drop')) {
          for (const connection of (
            server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }
          ).connections) {
            if (connection.id === session.id) connection._socket.destroy();
          }
          return;
        }
        peer.received.push({ subject: mail.subject ?? '', messageId: mail.messageId ?? '' });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  peer.port = (server.server.address() as AddressInfo).port;
  peer.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return peer;
}

/** A workspace whose mail goes, by its own setting, to `peer`. */
async function smtpWorkspace(peer: { port: number }): Promise<string> {
  const dir = await tempDir();
  await createWorkspace(dir);
  await setMailDestination(workspaceLayout(dir), `smtp://127.0.0.1:${peer.port}`);
  return dir;
}

async function ok(host: Host, fn: string, args: unknown[] = []): Promise<unknown> {
  const result = await host.run(fn, args);
  if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
  return result.value;
}

const emlIn = async (dir: string) =>
  (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));

describe('SMTP delivery of the local host', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
  });
  afterEach(() => {
    if (saved !== undefined) process.env.SMTP_URL = saved;
  });

  it('sends where the workspace says, whatever the environment of the command that flushes', async () => {
    const peer = await smtpServer();
    try {
      const dir = await smtpWorkspace(peer);
      // Plain hosts, as every CLI command makes them: no option, no SMTP_URL.
      await ok(new Host(SCRIPT, new DiskBackend(dir)), 'send', ['later@example.com', 'Waits for the server']);
      await ok(new Host(SCRIPT, new DiskBackend(dir)), 'nothing');
      expect(await emlIn(join(dir, 'outbox'))).toEqual([]);
      expect((await readMailReport(workspaceLayout(dir))).counts).toMatchObject({ waiting: 1, sent: 0 });
      peer.busy = false;
      await ok(new Host(SCRIPT, new DiskBackend(dir)), 'nothing');
      expect(peer.received.map((mail) => mail.subject)).toEqual(['Waits for the server']);
      expect(await emlIn(join(dir, 'outbox'))).toEqual([]);
      // Set back to files, the workspace writes .eml again.
      await setMailDestination(workspaceLayout(dir), undefined);
      await ok(new Host(SCRIPT, new DiskBackend(dir)), 'send', ['lin@example.com', 'To a file']);
      expect(await emlIn(join(dir, 'outbox'))).toHaveLength(1);
      expect(peer.received).toHaveLength(1);
    } finally {
      await peer.close();
    }
  });

  it('gives up on a server silent after DATA within seconds, lets the workspace go and never re-sends', async () => {
    expect(
      Math.max(SMTP_TIMEOUTS.connectMs, SMTP_TIMEOUTS.greetingMs, SMTP_TIMEOUTS.idleMs),
    ).toBeLessThanOrEqual(30_000);
    const peer = await smtpServer();
    try {
      const dir = await smtpWorkspace(peer);
      const host = new Host(SCRIPT, new DiskBackend(dir, { smtpTimeouts: QUICK, lockWaitMs: 0 }));
      const started = Date.now();
      await ok(host, 'send', ['stall@example.com', 'Never confirmed']);
      expect(Date.now() - started).toBeLessThan(5000);
      const report = await readMailReport(workspaceLayout(dir));
      expect(report.counts).toMatchObject({ uncertain: 1, waiting: 0 });
      expect(report.uncertainFiles).toHaveLength(1);
      // The lock is free (lockWaitMs 0 would refuse otherwise) and nothing is tried again.
      await ok(host, 'nothing');
      expect((await readMailReport(workspaceLayout(dir))).counts.uncertain).toBe(1);
    } finally {
      await peer.close();
    }
  }, 15_000);

  it('reports a hand-over a crash cut short as uncertain, files it for a person and never sends it', async () => {
    const peer = await smtpServer();
    try {
      const dir = await smtpWorkspace(peer);
      const host = new Host(SCRIPT, new DiskBackend(dir));
      peer.busy = true;
      await ok(host, 'send', ['later@example.com', 'Cut short']);
      // As a run killed during the hand-over leaves mail.json: the message marked as being sent.
      const path = join(dir, 'state', 'mail.json');
      const file = JSON.parse(await readFile(path, 'utf8')) as { sent: Array<{ id: string }> };
      await writeFile(path, JSON.stringify({ ...file, sending: file.sent[0]?.id }));
      peer.busy = false;
      await ok(host, 'nothing');
      await ok(host, 'nothing');
      expect(peer.received).toEqual([]);
      const report = await readMailReport(workspaceLayout(dir));
      expect(report.counts).toMatchObject({ uncertain: 1, waiting: 0 });
      expect(report.problems).toEqual([
        expect.objectContaining({ status: 'uncertain', to: 'later@example.com' }),
      ]);
      expect(report.uncertainFiles).toHaveLength(1);
    } finally {
      await peer.close();
    }
  });

  it('keeps going past an address answered 451, names it, and sends it once the server takes it', async () => {
    const peer = await smtpServer();
    try {
      const dir = await smtpWorkspace(peer);
      const host = new Host(SCRIPT, new DiskBackend(dir));
      await ok(host, 'send', ['lin@example.com', 'First']);
      await ok(host, 'send', ['later@example.com', 'Busy mailbox']);
      await ok(host, 'send', ['sam@example.com', 'Third']);
      expect(peer.received.map((mail) => mail.subject)).toEqual(['First', 'Third']);
      const report = await readMailReport(workspaceLayout(dir));
      expect(report.counts).toMatchObject({ sent: 2, waiting: 1 });
      expect(report.problems).toEqual([
        expect.objectContaining({
          status: 'waiting',
          to: 'later@example.com',
          reason: expect.stringMatching(/^451/),
        }),
      ]);
      peer.busy = false;
      await ok(host, 'nothing');
      await ok(host, 'nothing');
      expect(peer.received.map((mail) => mail.subject)).toEqual(['First', 'Third', 'Busy mailbox']);
    } finally {
      await peer.close();
    }
  });

  it('sends to the addresses the server takes and names the one it refused', async () => {
    const peer = await smtpServer();
    try {
      const dir = await smtpWorkspace(peer);
      await ok(new Host(SCRIPT, new DiskBackend(dir)), 'send', [
        'lin@example.com, nobody@example.com',
        'Half',
      ]);
      expect(peer.received.map((mail) => mail.subject)).toEqual(['Half']);
      const report = await readMailReport(workspaceLayout(dir));
      expect(report.counts).toMatchObject({ sent: 0, refused: 1 });
      expect(report.problems[0]?.reason).toMatch(/^not to nobody@example\.com: 550/);
    } finally {
      await peer.close();
    }
  });

  it('stops retrying a message still answered 451 after five days, and reports it refused', async () => {
    const peer = await smtpServer();
    try {
      const dir = await smtpWorkspace(peer);
      const host = new Host(SCRIPT, new DiskBackend(dir));
      const sixDaysAgo = Date.now() - 6 * 24 * 60 * 60 * 1000;
      const result = await host.run('send', ['later@example.com', 'Stale'], { now: sixDaysAgo });
      expect(result.ok).toBe(true);
      const report = await readMailReport(workspaceLayout(dir));
      expect(report.counts).toMatchObject({ waiting: 0, refused: 1 });
      expect(report.problems[0]?.reason).toMatch(/^given up after 5 days of: 451/);
      expect(await emlIn(join(dir, 'outbox', 'failed'))).toHaveLength(1);
    } finally {
      await peer.close();
    }
  });

  it('reports 550 for everyone as refused, keeps the messages in outbox/failed and tells the next run', async () => {
    const peer = await smtpServer();
    peer.refuseAll = true;
    try {
      const dir = await smtpWorkspace(peer);
      const host = new Host(SCRIPT, new DiskBackend(dir));
      await ok(host, 'send', ['lin@example.com', 'Refused one']);
      await ok(host, 'send', ['sam@example.com', 'Refused two']);
      const report = await readMailReport(workspaceLayout(dir));
      expect(report.counts).toMatchObject({ sent: 0, refused: 2 });
      expect(report.problems.map((problem) => `${problem.status} ${problem.to}`)).toEqual([
        'refused lin@example.com',
        'refused sam@example.com',
      ]);
      expect(await emlIn(join(dir, 'outbox', 'failed'))).toHaveLength(2);
      // The next execution finds them in the property the daily digest reads; once told, not again.
      const told = JSON.parse(String(await ok(host, 'notices')));
      expect(told.map((notice: { status: string; reason: string }) => notice.status)).toEqual([
        'refused',
        'refused',
      ]);
      expect(told[0].reason).toMatch(/^550/);
    } finally {
      await peer.close();
    }
  });

  it('records a message whose connection dropped after DATA as uncertain and never sends it again', async () => {
    const peer = await smtpServer();
    try {
      const dir = await smtpWorkspace(peer);
      const host = new Host(SCRIPT, new DiskBackend(dir));
      await ok(host, 'send', ['drop@example.com', 'Maybe delivered']);
      await ok(host, 'send', ['lin@example.com', 'After the drop']);
      await ok(host, 'nothing');
      await ok(host, 'nothing');
      const report = await readMailReport(workspaceLayout(dir));
      expect(report.counts).toMatchObject({ uncertain: 1, sent: 1 });
      expect(report.uncertainFiles).toHaveLength(1);
      expect(peer.received.map((mail) => mail.subject)).toEqual(['After the drop']);
      expect(report.problems).toEqual([
        expect.objectContaining({ status: 'uncertain', to: 'drop@example.com' }),
      ]);
    } finally {
      await peer.close();
    }
  });
});
