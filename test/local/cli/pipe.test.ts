import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../disk/fixtures.js';
import { ACME, cli } from './run-cli.js';
import { spawnCli } from './spawn-cli.js';

const CLIENT = JSON.stringify(ACME);

describe('output piped to a reader that stops early (`| head`)', () => {
  it('ends plan and status with their own exit code, without an EPIPE stack trace', async () => {
    const plan = await spawnCli(['plan', '--client', '-', '--today', '2026-12-01'], {
      stdin: CLIENT,
      closeStdout: true,
    });
    expect(plan.err).toBe('');
    expect(plan).toMatchObject({ code: 0, signal: null });
    const dir = join(await tempDir(), 'ws');
    expect((await cli(['init', '--dir', dir, '--language', 'en'])).code).toBe(0);
    const status = await spawnCli(['status', '--dir', dir, '--json'], { closeStdout: true });
    expect(status.err).toBe('');
    expect(status.code).toBe(0);
  });

  it('lets daily finish its work before the output is dropped: the mail is in outbox/', async () => {
    const dir = join(await tempDir(), 'ws');
    expect((await cli(['init', '--dir', dir, '--language', 'en'])).code).toBe(0);
    expect(
      (await cli(['onboard', '--dir', dir, '--client', '-', '--today', '2027-01-04'], CLIENT)).code,
    ).toBe(0);
    const daily = await spawnCli(['daily', '--dir', dir, '--today', '2027-01-04'], { closeStdout: true });
    expect(daily.err).toBe('');
    expect(daily.code).toBe(0);
    expect(
      (await readdir(join(dir, 'outbox'))).filter((name) => name.endsWith('.eml')).length,
    ).toBeGreaterThan(0);
    const again = await cli(['daily', '--dir', dir, '--today', '2027-01-04', '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ ok: true, sent: 0 });
  });
});
