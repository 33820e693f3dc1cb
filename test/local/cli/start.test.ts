import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleClients } from '../../../local/samples/clients.js';
import { ROOT } from '../../support/bundle-host.js';
import { tempDir } from '../disk/fixtures.js';
import { cli } from './run-cli.js';

const CLIENT = JSON.stringify({
  clientName: 'Real Client Co',
  projectName: 'Desk lamp',
  contactEmail: 'real@example.com',
  language: 'en',
  targetAmount: 800_000,
  dates: { launch: '2027-05-03', end: '2027-06-02', shipping: '2027-09' },
});

/** Each case starts the whole add-on once or twice: allow for a machine busy with other suites. */
const START_TIMEOUT_MS = 90_000;

/** Runs `launch-desk start` until it serves the sidebar, then stops it with Ctrl-C (SIGINT). */
function startOnce(dir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'launch-desk.mjs'), 'start', '--dir', dir, '--port', '0'],
      { env: { ...process.env, SMTP_URL: '', LAUNCH_DESK_DIR: '' } },
    );
    let out = '';
    let stopping = false;
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (stopping || !/Sidebar: http/.test(out)) return;
      stopping = true;
      child.kill('SIGINT');
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** The recipients of every mail in outbox/. */
async function recipients(dir: string): Promise<string[]> {
  const outbox = join(dir, 'outbox');
  const names = (await readdir(outbox)).filter((name) => name.endsWith('.eml'));
  const texts = await Promise.all(names.map((name) => readFile(join(outbox, name), 'utf8')));
  return texts.map((text) => /^To: (.*)$/m.exec(text)?.[1] ?? '');
}

describe('`launch-desk start` and the sample clients', () => {
  it(
    'never adds or mails samples in a workspace made by init and used by onboard',
    async () => {
      const dir = join(await tempDir(), 'ws');
      expect((await cli(['init', '--dir', dir, '--language', 'en'])).code).toBe(0);
      expect((await cli(['onboard', '--dir', dir, '--client', '-'], CLIENT)).code).toBe(0);
      const run = await startOnce(dir);
      expect(run.code, run.out).toBe(0);
      expect(run.out).not.toMatch(/sample/i);
      const status = JSON.parse((await cli(['status', '--dir', dir, '--json'])).out);
      expect(status.clients).toBe(1);
      const samples = sampleClients('2027-01-04').map((client) => String(client.contactEmail));
      const to = await recipients(dir);
      expect(to.length).toBeGreaterThan(0);
      expect(to.filter((address) => samples.some((sample) => address.includes(sample)))).toEqual([]);
    },
    START_TIMEOUT_MS,
  );

  it(
    'adds the three samples to a folder it makes itself, once',
    async () => {
      const dir = join(await tempDir(), 'fresh');
      const first = await startOnce(dir);
      expect(first.code, first.out).toBe(0);
      expect(first.out).toMatch(/Onboarding three sample clients/);
      const second = await startOnce(dir);
      expect(second.code, second.out).toBe(0);
      expect(second.out).not.toMatch(/sample/i);
      expect(JSON.parse((await cli(['status', '--dir', dir, '--json'])).out).clients).toBe(3);
    },
    START_TIMEOUT_MS,
  );
});
