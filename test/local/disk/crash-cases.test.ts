import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientFile,
  inspectWorkspace,
  launchDesk,
  mailKeys,
  outboxMail,
  smtpPeer,
  useSmtp,
} from './crash-support.js';
import { tempDir } from './fixtures.js';

/**
 * The four ways issue 13 found a crashed or failed save to hand ids out again, each replayed
 * exactly: the process is killed right after one given file is replaced (a preload patches the
 * rename, so it reaches any version of the save), or a folder may not be written.
 */

const PRELOAD = resolve('test/support/crash-after-rename.mjs');
const ONBOARD_DAY = '2026-12-01';
const MAIL_DAY = '2027-02-27';
const DATES = {
  Alder: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' },
  Birch: { launch: '2027-03-10', end: '2027-04-10', shipping: '2027-06' },
  Cedar: { launch: '2027-03-20', end: '2027-04-20', shipping: '2027-07' },
};
type Name = keyof typeof DATES;

/** Made once for the whole file (tempDir's folders go after each test). */
let shared: string;
let inputs: string;
let onboarded: string;

/** Runs a command that must work. */
async function ok(args: string[], env: Record<string, string> = {}): Promise<string> {
  const run = await launchDesk(args, { env });
  expect(run.code, `${args.join(' ')}\n${run.out}${run.err}`).toBe(0);
  return run.out;
}

const onboard = (dir: string, name: Name) => [
  'onboard',
  '--dir',
  dir,
  '--client',
  join(inputs, `${name}.json`),
  '--today',
  ONBOARD_DAY,
];
const daily = (dir: string) => ['daily', '--dir', dir, '--today', MAIL_DAY];

/** Runs `args` and kills it right after a file matching `target` is replaced. */
async function killedAfter(target: string, args: string[], env: Record<string, string> = {}) {
  const run = await launchDesk(args, {
    env: { ...env, NODE_OPTIONS: `--import ${PRELOAD}`, CRASH_AFTER_RENAME: target },
  });
  expect(run.signal, `${run.out}${run.err}`).toBe('SIGKILL');
}

/** A copy of a prepared workspace. */
async function copyOf(source: string): Promise<string> {
  const dir = join(await tempDir('launch-desk-crash-'), 'ws');
  await cp(source, dir, { recursive: true });
  return dir;
}

/** Every file of a folder with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

/** Whether `chattr +i` works here (root on a file system with attributes). */
function canMakeImmutable(dir: string): boolean {
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  shared = await mkdtemp(join(tmpdir(), 'launch-desk-crash-base-'));
  inputs = shared;
  for (const [name, dates] of Object.entries(DATES)) await clientFile(inputs, name, dates);
  onboarded = join(shared, 'ws');
  await ok(['init', '--dir', onboarded, '--language', 'en', '--tz', 'Asia/Taipei']);
  await ok(onboard(onboarded, 'Alder'));
  await ok(onboard(onboarded, 'Birch'));
}, 120_000);

afterAll(() => rm(shared, { recursive: true, force: true }));

describe('a save stopped part-way (issue 13)', () => {
  it('sends each reminder and digest once when daily is killed right after state/mail.json is replaced', async () => {
    const reference = await copyOf(onboarded);
    await ok(daily(reference));
    const expected = mailKeys(await outboxMail(reference));
    expect(expected.length).toBeGreaterThan(2);

    const smtp = await smtpPeer();
    try {
      const dir = await copyOf(onboarded);
      const env = await useSmtp(dir, smtp.url);
      await killedAfter('state/mail\\.json$', daily(dir), env);
      await ok(daily(dir), env);
      const ids = smtp.received.map((mail) => mail.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(mailKeys(smtp.received)).toEqual(expected);
    } finally {
      await smtp.close();
    }
  }, 120_000);

  it('keeps every reminder when daily is killed right after tracker.xlsx is replaced and run again', async () => {
    const reference = await copyOf(onboarded);
    await ok(daily(reference));
    const dir = await copyOf(onboarded);
    await killedAfter('/tracker\\.xlsx$', daily(dir));
    await ok(daily(dir));
    const mails = await outboxMail(dir);
    expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(mails.length);
    expect(mailKeys(mails)).toEqual(mailKeys(await outboxMail(reference)));
    expect((await inspectWorkspace(dir)).problems).toEqual([]);
  }, 120_000);

  it('gives every client its own folder when the first onboarding is killed right after properties.json', async () => {
    const dir = join(await tempDir('launch-desk-crash-'), 'ws');
    await ok(['init', '--dir', dir, '--language', 'en', '--tz', 'Asia/Taipei']);
    await killedAfter('state/properties\\.json$', onboard(dir, 'Alder'));
    await ok(onboard(dir, 'Birch'));
    await ok(onboard(dir, 'Alder'));
    const { clients, problems } = await inspectWorkspace(dir);
    expect(problems).toEqual([]);
    expect(clients.map((client) => client.name).sort()).toEqual(['Alder', 'Birch']);
  }, 120_000);

  it('leaves the workspace as it was when the Clients folder may not be written, and hands no folder out twice', async () => {
    const dir = await copyOf(onboarded);
    const clientsFolder = join(dir, 'drive', 'Launch Desk', 'Clients');
    if (!canMakeImmutable(clientsFolder)) return; // needs root and chattr: nothing to test here
    const before = await snapshot(dir);
    execFileSync('chattr', ['+i', clientsFolder]);
    let failed: Awaited<ReturnType<typeof launchDesk>>;
    try {
      failed = await launchDesk(onboard(dir, 'Cedar'));
    } finally {
      execFileSync('chattr', ['-i', clientsFolder]);
    }
    expect(failed.code, failed.out).toBe(2);
    expect(await snapshot(dir)).toEqual(before);
    expect(failed.err).toMatch(/as it was before the run/);
    await ok(onboard(dir, 'Cedar'));
    const { clients, problems } = await inspectWorkspace(dir);
    expect(problems).toEqual([]);
    expect(clients.map((client) => client.name)).toEqual(['Alder', 'Birch', 'Cedar']);
    expect(new Set(clients.map((client) => client.folderUrl)).size).toBe(3);
  }, 120_000);
});
