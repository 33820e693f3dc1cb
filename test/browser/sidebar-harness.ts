import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import type { MemoryBackend } from '../../local/host/backend.js';
import type { Host } from '../../local/host/host.js';
import type { NewStateOptions } from '../../local/host/new-state.js';
import type { Cell } from '../../local/host/state.js';
import { type SidebarServer, startSidebarServer } from '../../local/server/sidebar-server.js';
import { DIST, memoryHost, ROOT } from '../support/bundle-host.js';

/** The day the sidebar tests live on: 2 March 2026, 10:00 in Taipei. */
const NOW = '2026-03-02T02:00:00Z';
export const TODAY = '2026-03-02';

/** A memory workspace with its tracker set up, served with the google.script.run stand-in. */
export interface Served {
  host: Host;
  backend: MemoryBackend;
  server: SidebarServer;
  /** Set to make every Sheets/Drive call of the next executions fail with this message. */
  fault: { message?: string };
}

/** Sets up a tracker in a memory host and serves the built Sidebar.html for it on a fixed day. */
export async function serveMemory(options: NewStateOptions): Promise<Served> {
  const { host, backend } = memoryHost({ timeZone: 'Asia/Taipei', ...options });
  const setup = await host.run('setupTracker', [{}], { now: NOW });
  if (!setup.ok) throw new Error(setup.error?.message);
  const fault: Served['fault'] = {};
  const server = await startSidebarServer({
    host,
    sidebarPath: join(DIST, 'Sidebar.html'),
    execution: () => (fault.message ? { now: NOW, fail: () => fault.message } : { now: NOW }),
  });
  return { host, backend, server, fault };
}

/** A sidebar-sized page (300 px wide, as Google Sheets shows it) on the served sidebar, on the day {@link NOW}. */
export async function sidebarPage(browser: Browser, served: Served): Promise<Page> {
  // The page's own clock, zone and language are fixed too, so its pictures are the same each day.
  const page = await browser.newPage({
    viewport: { width: 300, height: 900 },
    timezoneId: 'Asia/Taipei',
    locale: 'en-US',
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(served.server.url);
  await page.getByRole('tab').first().waitFor();
  return page;
}

/** Of a picture's pixels, the share that may differ from the committed one (edge smoothing). */
const SCREENSHOT_TOLERANCE = 0.002;

/**
 * Takes a picture of the whole sidebar and compares it with the committed docs/NAME (one is in
 * the README): more than {@link SCREENSHOT_TOLERANCE} of its pixels different fails the test,
 * and the picture and a map of the differences are left under test-results/screenshots/. With
 * UPDATE_SCREENSHOTS=1 (`npm run screenshots`) it replaces docs/NAME instead; a plain test run
 * never changes tracked files. The window grows to the page's height first, so the sticky header
 * stays on top instead of being repeated.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 300, height });
  const taken = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const committed = join(ROOT, 'docs', name);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await writeFile(committed, taken);
    return;
  }
  const results = join(ROOT, 'test-results', 'screenshots');
  await mkdir(results, { recursive: true });
  await writeFile(join(results, name), taken);
  const { differing, total, map } = comparePictures(
    PNG.sync.read(await readFile(committed)),
    PNG.sync.read(taken),
  );
  if (map) await writeFile(join(results, name.replace(/\.png$/, '.diff.png')), PNG.sync.write(map));
  expect(
    differing / total,
    `${name}: ${differing} of ${total} pixels differ from docs/${name} (see test-results/screenshots/; ` +
      'if the change is meant, run `npm run screenshots`)',
  ).toBeLessThanOrEqual(SCREENSHOT_TOLERANCE);
}

/**
 * Pixels that differ beyond edge smoothing, and a picture of them; pictures of different sizes
 * differ everywhere.
 */
function comparePictures(expected: PNG, actual: PNG): { differing: number; total: number; map?: PNG } {
  const total = Math.max(expected.width * expected.height, actual.width * actual.height);
  if (expected.width !== actual.width || expected.height !== actual.height)
    return { differing: total, total };
  const map = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, map.data, actual.width, actual.height, {
    threshold: 0.1,
  });
  return { differing, total, map };
}

/** The data rows of a sheet of the state, as objects keyed by header text. */
export function sheetRows(backend: MemoryBackend, name: string): Record<string, Cell>[] {
  const sheet = backend.state.spreadsheet.sheets.find((s) => s.name === name);
  const [header = [], ...rows] = sheet?.rows ?? [];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}

/** Types a T2 client into the Onboard form, then the given fields (dates, mostly) by their labels. */
export async function typeClient(page: Page, fields: Record<string, string>): Promise<void> {
  const typed = {
    'Client name': 'Hoshi Tea',
    'Project name': 'Cold-brew bottle',
    'Contact email': 'lin@hoshi.example',
    'Target amount': '1,200,000',
    ...fields,
  };
  for (const [label, value] of Object.entries(typed)) await page.getByLabel(label).fill(value);
}
