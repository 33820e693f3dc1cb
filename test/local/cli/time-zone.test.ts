import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/bundle-host.js';

const CLIENT = JSON.stringify({
  clientName: 'Acme',
  projectName: 'Pocket speaker',
  contactEmail: 'sam@example.com',
  language: 'en',
  targetAmount: 1_200_000,
  dates: { launch: '2027-04-06', end: '2027-05-06', shipping: '2027-08' },
});

/** `launch-desk plan` in a child process whose own time zone is `tz`. */
function planIn(tz: string): unknown {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'launch-desk.mjs'), 'plan', '--client', '-', '--today', '2027-02-01', '--json'],
    { input: CLIENT, env: { ...process.env, TZ: tz }, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe("the host's clock", () => {
  it("plans the same days whatever the machine's time zone, across daylight-saving changes", () => {
    const utc = planIn('UTC');
    // Sydney leaves DST on 4 April 2027, Berlin enters it on 28 March: both inside this plan.
    expect(planIn('Australia/Sydney')).toEqual(utc);
    expect(planIn('Europe/Berlin')).toEqual(utc);
  });
});
