import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { LUMEN_LAMPS, seedClient } from '../support/seed-client.js';
import {
  type Served,
  screenshot,
  serveMemory,
  sheetRows,
  sidebarPage,
  TODAY,
  typeClient,
} from './sidebar-harness.js';

/** Does every form control have a name a screen reader can say? */
async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('input, select, textarea, button'))
      .filter((el) => {
        const control = el as HTMLInputElement;
        if (control.type === 'hidden') return false;
        const labelled = (control.labels?.length ?? 0) > 0 || control.getAttribute('aria-label');
        return !labelled && !(el.tagName === 'BUTTON' && el.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
}

describe.runIf(browserAvailable())('the sidebar views in Chromium', () => {
  let browser: Browser;
  let served: Served;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // A workspace of its own for each test, so that none depends on what an earlier one wrote
  // (a setting, a re-time, a failed call): each test passes alone and in any order.
  beforeEach(async () => {
    served = await serveMemory({ locale: 'en_US' });
    seedClient(served.backend.state, 'C0001', LUMEN_LAMPS, '2026-01-12', TODAY);
  });

  afterEach(async () => {
    await served?.server.close();
  });

  it('checks the dates as they are typed and applies a suggested date with one click', async () => {
    const page = await sidebarPage(browser, served);
    await typeClient(page, { 'Launch date': '2026-03-10' });
    const launchChecks = page.locator('[data-field="dates.launch"] .check');
    await expect.poll(() => launchChecks.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.preview').textContent()).toContain('Tier T2');
    const suggestion = launchChecks.getByRole('button').first();
    const suggested = (await suggestion.getAttribute('aria-label')) ?? '';
    await suggestion.click();
    // By role: a suggestion button's label ("Launch date: use …") names the field too.
    const launch = page.getByRole('textbox', { name: 'Launch date' });
    await expect.poll(() => launch.inputValue()).not.toBe('2026-03-10');
    const applied = await launch.inputValue();
    expect(applied).toMatch(/^2026-\d{2}-\d{2}$/);
    expect(applied > '2026-03-10').toBe(true);
    expect(suggested).toContain('Launch date');
    await expect.poll(() => launchChecks.count()).toBe(0);
    await page.getByLabel('End date').fill('2026-06-30');
    await page.getByLabel('Shipping month').fill('2026-07');
    const endChecks = page.locator('[data-field="dates.end"] .check');
    await expect.poll(() => endChecks.count()).toBeGreaterThan(0);
    // The picture waits for the last check too, or it shows the form before or after it.
    const shippingChecks = page.locator('[data-field="dates.shipping"] .check');
    await expect.poll(() => shippingChecks.count()).toBeGreaterThan(0);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await screenshot(page, 'sidebar-onboard.png');
    await page.close();
  });

  it('shows the problems of each field beside it when the form is sent incomplete', async () => {
    const page = await sidebarPage(browser, served);
    await page.getByLabel('Client name').fill('Only a name');
    await page.getByRole('button', { name: 'Create client' }).click();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(2);
    const email = page.getByLabel('Contact email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
    expect(await page.locator(`#${errorId}`).textContent()).toMatch(/Contact email/);
    expect(await page.getByRole('alert').first().textContent()).toContain('fix the fields');
    expect(sheetRows(served.backend, 'Clients')).toHaveLength(1);
    await page.close();
  });

  it('says a server failure plainly and leaves nothing behind', async () => {
    const page = await sidebarPage(browser, served);
    const rows = sheetRows(served.backend, 'Clients').length;
    served.fault.message = 'Service Spreadsheets failed while accessing document';
    try {
      await page.getByRole('button', { name: 'Create client' }).click();
      await expect
        .poll(() => page.locator('.message').textContent())
        .toBe('The server said: Service Spreadsheets failed while accessing document');
      expect(await page.locator('.step.failed').count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Create client' }).isEnabled()).toBe(true);
    } finally {
      served.fault.message = undefined;
    }
    expect(sheetRows(served.backend, 'Clients')).toHaveLength(rows);
    await page.close();
  });

  it("draws a client's timeline and previews, then makes, a change of dates", async () => {
    const page = await sidebarPage(browser, served);
    await page.getByRole('tab', { name: 'Clients' }).click();
    await page.getByLabel('Client', { exact: true }).selectOption('C0001');
    const picture = page.getByRole('img', { name: /Timeline of Lumen Lamps/ });
    await picture.waitFor();
    const dots = await picture.locator('circle.dot').count();
    const milestones = sheetRows(served.backend, 'Milestones').filter((r) => r['Client ID'] === 'C0001');
    expect(dots).toBe(milestones.length);
    expect(await picture.locator('circle.dot.done').count()).toBeGreaterThan(0);
    expect(await picture.locator('line.today').count()).toBe(1);
    expect(await picture.locator('.anchor-label').allTextContents()).toEqual([
      'Launch 04/14',
      'End 05/14',
      'Shipping Jul',
    ]);
    expect(await page.locator('.next li').count()).toBe(5);
    expect(await page.locator('.badge.health').textContent()).toContain('On track');
    await screenshot(page, 'sidebar-client.png');

    await page.getByText('Change dates').click();
    await page.getByLabel('Launch date').fill('2026-04-21');
    await page.getByLabel('End date').fill('2026-05-21');
    const before = sheetRows(served.backend, 'Milestones').map((r) => JSON.stringify(r));
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await expect.poll(() => page.locator('.changes').textContent()).toMatch(/milestones would move/);
    // The preview only reads: the sheet is as it was before it.
    expect(sheetRows(served.backend, 'Milestones').map((r) => JSON.stringify(r))).toEqual(before);
    await page.getByRole('button', { name: 'Confirm and re-time' }).click();
    await expect.poll(() => page.locator('.success').textContent()).toMatch(/Re-timed: \d+ milestones moved/);
    const client = sheetRows(served.backend, 'Clients').find((r) => r['Client ID'] === 'C0001');
    expect(client?.Launch).toEqual({ wall: '2026-04-21T00:00:00' });
    expect(await page.locator('.anchor-label').first().textContent()).toBe('Launch 04/21');
    await page.close();
  });

  it('changes a setting, shows the reminders and switches the language', async () => {
    const page = await sidebarPage(browser, served);
    await page.getByRole('tab', { name: 'Clients' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Settings');
    const dryRun = page.getByRole('switch', { name: /Dry run/ });
    await dryRun.check();
    await expect.poll(() => page.locator('.save-status.success').first().textContent()).toBe('Saved.');
    const row = sheetRows(served.backend, 'Settings').find((r) => r.Key === 'dryRun');
    expect(row?.Value).toBe(true);
    expect(await page.locator('.warn-line').first().textContent()).toContain('Not installed');
    await page.getByRole('button', { name: 'Install reminders' }).click();
    await expect.poll(() => page.locator('.ok-line').textContent()).toContain('around 09:00');
    expect(served.backend.state.triggers.map((t) => t.handler)).toEqual(['runDailyJob']);
    await page.getByRole('button', { name: 'Run daily check now' }).click();
    await expect.poll(() => page.locator('p.success').textContent()).toMatch(/Daily check done: .*Dry run/);
    expect(await page.locator('.card .muted').first().textContent()).toMatch(
      /Last daily run: 2026-03-02 10:00/,
    );
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, 'sidebar-settings.png');
    await page.getByRole('radio', { name: '繁體中文' }).check();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('設定');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant-TW');
    await page.close();
  });

  it('runs the diagnostics from Settings and lists each check, as the Log does', async () => {
    const page = await sidebarPage(browser, served);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Run diagnostics' }).click();
    await expect.poll(() => page.locator('.checks li').count()).toBeGreaterThan(10);
    expect(await page.locator('.checks').locator('xpath=preceding-sibling::p[1]').textContent()).toMatch(
      /\d+ passed, \d+ warnings, 0 failed\./,
    );
    expect(await page.locator('.checks li.error').count()).toBe(0);
    const logged = sheetRows(served.backend, 'Log').filter((row) => row.Action === 'diagnostics');
    expect(logged.length).toBe(await page.locator('.checks li').count());
    await page.close();
  });
});

/**
 * Runs `test` on a fresh workspace whose sidebar has a T2 client typed in, with every onboarding
 * call held `holdMs` in flight, as a slow onboarding in Google is; `calls` lists those the page sent.
 */
async function withHeldOnboarding(
  holdMs: number,
  test: (page: Page, served: Served, calls: string[]) => Promise<void>,
): Promise<void> {
  const served = await serveMemory({ locale: 'en_US' });
  const browser = await launchChromium();
  try {
    const page = await sidebarPage(browser, served);
    await typeClient(page, {
      'Launch date': '2026-04-21',
      'End date': '2026-05-21',
      'Shipping month': '2026-07',
    });
    const calls: string[] = [];
    await page.route('**/rpc/onboardClient', async (route) => {
      calls.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      await route.continue();
    });
    await test(page, served, calls);
  } finally {
    await browser.close();
    await served.server.close();
  }
}

describe.runIf(browserAvailable())('onboarding through the form', () => {
  it('creates the folder, documents and tracker rows once, however often Create is clicked', async () => {
    await withHeldOnboarding(1500, async (page, served, calls) => {
      const create = page.getByRole('button', { name: 'Create client' });
      await create.dblclick();
      // A third click and an Enter while the call is in flight, as an impatient person does.
      await create.click({ force: true, noWaitAfter: true, timeout: 1000 }).catch(() => undefined);
      await page.getByLabel('Client name').press('Enter');
      await page.getByRole('link', { name: 'Open the client folder' }).waitFor({ timeout: 60_000 });
      expect(await page.locator('.step.done').count()).toBe(5);
      expect(calls).toHaveLength(1);
      const clients = sheetRows(served.backend, 'Clients');
      expect(clients.map((row) => row['Client name'])).toEqual(['Hoshi Tea']);
      const id = String(clients[0]?.['Client ID']);
      const milestones = sheetRows(served.backend, 'Milestones').filter((row) => row['Client ID'] === id);
      expect(milestones.length).toBeGreaterThan(10);
      const folders = served.backend.state.drive.files.filter(
        (file) => file.mimeType === 'application/vnd.google-apps.folder' && file.name.includes('Hoshi Tea'),
      );
      expect(folders).toHaveLength(1);
      expect(await page.locator('.outcome .links a').count()).toBeGreaterThan(1);
      await screenshot(page, 'sidebar-onboarded.png');
      await page.getByRole('button', { name: 'See the timeline' }).click();
      await page.getByRole('img', { name: /Timeline of Hoshi Tea/ }).waitFor();
    });
  });

  it('does not send a Create on its way again from the form drawn anew, nor from a script', async () => {
    await withHeldOnboarding(3000, async (page, served, calls) => {
      await page.getByRole('button', { name: 'Create client' }).click();
      await expect.poll(() => calls.length).toBe(1);
      // Away and back: the form is drawn again with what was typed, and its Create is enabled.
      await page.getByRole('tab', { name: 'Clients' }).click();
      await page.getByRole('tab', { name: 'Onboard' }).click();
      expect(await page.getByLabel('Client name').inputValue()).toBe('Hoshi Tea');
      await page.getByRole('button', { name: 'Create client' }).click();
      // A submit no disabled button can stop: only the view's guard stands in its way.
      await page.evaluate(() => document.querySelector<HTMLFormElement>('form.onboard')?.requestSubmit());
      await expect.poll(() => sheetRows(served.backend, 'Clients').length, { timeout: 30_000 }).toBe(1);
      expect(calls).toHaveLength(1);
      expect(sheetRows(served.backend, 'Clients').map((row) => row['Client name'])).toEqual(['Hoshi Tea']);
    });
  });
});

describe.runIf(browserAvailable())('the sidebar in a zh-TW spreadsheet', () => {
  it('speaks Traditional Chinese by default and labels every field in it', async () => {
    const served = await serveMemory({ locale: 'zh_TW' });
    const browser = await launchChromium();
    try {
      const page = await sidebarPage(browser, served);
      for (const label of [
        '客戶名稱',
        '專案名稱',
        '聯絡人 Email',
        '目標金額',
        '上線日',
        '結束日',
        '出貨月份',
      ]) {
        expect(await page.getByLabel(label).count(), label).toBe(1);
      }
      await page.getByLabel('目標金額').fill('6000000');
      await page.getByLabel('上線日').fill('2026-Q3');
      await expect.poll(() => page.locator('.check.blocker').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.preview').textContent()).toContain('T1');
      await screenshot(page, 'sidebar-onboard-zh.png');
    } finally {
      await browser.close();
      await served.server.close();
    }
  });
});
