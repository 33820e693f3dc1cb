import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to drive: CHROMIUM_PATH, Debian's chromium, or Chrome; undefined when none. */
function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Whether the browser suite runs. With no browser it skips loudly, unless REQUIRE_BROWSER=1,
 * where it fails: CI must never pass by skipping.
 */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error('REQUIRE_BROWSER=1 but no Chromium found: install Debian chromium or set CHROMIUM_PATH.');
  }
  console.warn('\n*** SKIPPING browser tests: no Chromium (install chromium or set CHROMIUM_PATH) ***\n');
  return false;
}

/**
 * Launches headless Chromium with the flags this closed network needs, plus `extraArgs` (such
 * as `--host-resolver-rules` to point a made-up name at this machine).
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
