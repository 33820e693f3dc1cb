import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SidebarServer, startSidebarServer } from '../../local/server/sidebar-server.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { DIST, memoryHost } from '../support/bundle-host.js';

describe.runIf(browserAvailable())('the sidebar in Chromium', () => {
  let browser: Browser;
  let server: SidebarServer;

  beforeAll(async () => {
    const { host } = memoryHost({ locale: 'en_US', timeZone: 'Europe/Berlin' });
    server = await startSidebarServer({ host, sidebarPath: join(DIST, 'Sidebar.html') });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads from one self-contained file and reaches the server through google.script.run', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) external.push(request.url());
    });
    await page.goto(server.url);
    await expect.poll(() => page.evaluate(() => document.body.dataset.timeZone)).toBe('Europe/Berlin');
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Onboard', 'Clients', 'Settings']);
    expect(external).toEqual([]);
    await page.close();
  });

  it('refuses private functions and non-JSON arguments, as Apps Script does', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const outcome = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google
            .script.run;
          const fail = (error: Error) => {
            seen.push(error.message);
            if (seen.length === 2) resolve(seen);
          };
          const withFailure = run.withFailureHandler as (
            h: (e: Error) => void,
          ) => Record<string, (...a: unknown[]) => void>;
          withFailure(fail).setupTracker_?.();
          withFailure(fail).getStatus?.(new Date());
        }),
    );
    expect(outcome.join(' | ')).toMatch(/not found: setupTracker_.*Invalid argument/);
    await page.close();
  });
});
