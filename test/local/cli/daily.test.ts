import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { addTrackerRows } from '../../../local/bench/daily-fixture.js';
import { runGlobal } from '../../../local/cli/workspace-host.js';
import { DiskBackend } from '../../../local/disk/disk-backend.js';
import { client } from '../../support/daily-host.js';
import { tempDir } from '../disk/fixtures.js';
import { cli } from './run-cli.js';

/** A workspace folder with two clients a few days after kickoff and the CSM's address set. */
async function fixtureWorkspace(): Promise<string> {
  const dir = join(await tempDir(), 'ws');
  expect((await cli(['init', '--dir', dir, '--language', 'en', '--tz', 'Asia/Taipei'])).code).toBe(0);
  await runGlobal(dir, 'updateSetting', ['csmEmail', 'mei@example.com']);
  await runGlobal(dir, 'updateSetting', ['csmName', 'Mei']);
  const backend = new DiskBackend(dir);
  const state = await backend.load();
  addTrackerRows(
    state,
    [
      client('C0001', '2027-02-26', '2027-04-10', { ccEmails: ['team@example.com'] }),
      client('C0002', '2027-02-27', '2027-04-15', { language: 'zh-TW', projectName: '露營桌 <x>' }),
    ],
    '2027-03-01',
    { language: 'en' },
  );
  await backend.flush(state);
  return dir;
}

const outbox = async (dir: string) =>
  (await readdir(join(dir, 'outbox'))).filter((name) => name.endsWith('.eml'));

describe('launch-desk daily on a disk workspace', () => {
  it('writes one .eml per reminder and digest, and a second run adds none', async () => {
    const dir = await fixtureWorkspace();
    const first = await cli(['daily', '--dir', dir, '--today', '2027-03-01', '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ ok: true, today: '2027-03-01', sent: 4, digest: 'sent' });
    const files = await outbox(dir);
    expect(files).toHaveLength(6);
    const mails = await Promise.all(
      files.map(async (name) => simpleParser(await readFile(join(dir, 'outbox', name)))),
    );
    const toClients = mails.filter((mail) => mail.to && !JSON.stringify(mail.to).includes('mei@example.com'));
    expect(toClients).toHaveLength(4);
    for (const mail of mails) {
      expect(mail.text?.length).toBeGreaterThan(20);
      expect(mail.html).toMatch(/^<div lang=/);
      expect(mail.subject).not.toMatch(/[\r\n]/);
    }
    const zh = toClients.find((mail) => mail.subject?.startsWith('【露營桌 <x>】'));
    expect(zh?.html).toContain('露營桌 &lt;x&gt;');
    const withCc = toClients.filter((mail) => JSON.stringify(mail.cc ?? '').includes('team@example.com'));
    expect(withCc).toHaveLength(2);

    const second = await cli(['daily', '--dir', dir, '--today', '2027-03-01']);
    expect(second.code).toBe(0);
    expect(second.out).toContain('2027-03-01: 0 reminders sent');
    expect(await outbox(dir)).toHaveLength(6);
  });

  it('installs one trigger however often asked, shows it, and removes it', async () => {
    const dir = await fixtureWorkspace();
    expect((await cli(['triggers', 'install', '--dir', dir])).code).toBe(0);
    const again = await cli(['triggers', 'install', '--dir', dir, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({
      ok: true,
      changed: false,
      daily: { installed: true, hour: 9 },
      weekly: { installed: true, weekday: 1, via: 'runDailyJob' },
    });
    const status = await cli(['triggers', 'status', '--dir', dir]);
    expect(status.out).toContain('daily job: installed, every day at 9:00');
    expect(status.out).toContain('weekly digest: on Monday, sent by the daily job');
    expect(status.out).toContain('last daily run: never');
    const removed = await cli(['triggers', 'remove', '--dir', dir, '--json']);
    expect(JSON.parse(removed.out)).toMatchObject({ changed: true, daily: { installed: false } });
    expect(JSON.parse(removed.out).problems.map((p: { code: string }) => p.code)).toEqual(['missing']);
    expect((await cli(['triggers', 'frobnicate', '--dir', dir])).code).toBe(1);
  });
});
