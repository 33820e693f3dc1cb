import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

/** A sidebar-sized page (300 px wide, as Google Sheets shows it) on the served sidebar. */
export async function sidebarPage(browser: Browser, served: Served): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(served.server.url);
  await page.getByRole('tab').first().waitFor();
  return page;
}

/**
 * Saves a picture of the whole sidebar under test-results/screenshots/, and under docs/ (one is in
 * the README) only with UPDATE_SCREENSHOTS=1 (`npm run screenshots`), so a test run never changes
 * tracked files. The window grows to the page's height first, so the sticky header stays on top
 * instead of being repeated.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 300, height });
  const folder = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : join('test-results', 'screenshots');
  await page.screenshot({ path: join(ROOT, folder, name) });
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
