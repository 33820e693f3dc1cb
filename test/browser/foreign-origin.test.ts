import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWorkspace, settingValue } from '../local/server/served-workspace.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { fileDigest } from '../support/sidebar-http.js';

/** The name a DNS-rebinding attacker would point at 127.0.0.1 (Chromium resolves it so here). */
const REBOUND = 'attacker.example';

/** A day `days` after today, `YYYY-MM-DD`. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The script of a page on another origin: every way a web page can send a POST to the sidebar
 * server's writing calls — no-cors fetches (text/plain, form-encoded), CORS fetches with JSON
 * (with and without a guessed secret), and forms whose text/plain body is a valid JSON array.
 */
function attackScript(sidebar: string, clientId: string, launch: string): string {
  const calls = [
    ['updateSetting', JSON.stringify(['dailyMailBudget', '7'])],
    ['retimeClient', JSON.stringify([clientId, { launch }])],
  ];
  return `
window.outcomes = [];
const sidebar = ${JSON.stringify(sidebar)};
const calls = ${JSON.stringify(calls)};
const note = (how, promise) => promise.then(
  (r) => window.outcomes.push(how + ': ' + r.type + ' ' + r.status),
  (e) => window.outcomes.push(how + ': failed ' + e));
const attempts = [];
for (const [name, body] of calls) {
  const url = sidebar + 'rpc/' + name;
  attempts.push(note('no-cors text/plain ' + name, fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body })));
  attempts.push(note('no-cors form ' + name, fetch(url, { method: 'POST', mode: 'no-cors', body: new URLSearchParams({ args: body }) })));
  attempts.push(note('cors json ' + name, fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })));
  attempts.push(note('cors json guessed secret ' + name, fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-launch-desk-secret': 'guess' }, body })));
  // A text/plain form sends "name=value": split the JSON so that the body is the array itself.
  const frame = document.createElement('iframe');
  frame.name = 'sink-' + name;
  document.body.appendChild(frame);
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = url;
  form.enctype = 'text/plain';
  form.target = frame.name;
  const input = document.createElement('input');
  input.name = body.slice(0, -1) + ',"';
  input.value = '"]';
  form.appendChild(input);
  document.body.appendChild(form);
  attempts.push(new Promise((resolve) => { frame.onload = resolve; form.submit(); }).then(() => window.outcomes.push('form text/plain ' + name + ': submitted')));
}
Promise.all(attempts).then(() => { window.done = true; });
`;
}

/** Serves one page with the script on its own loopback port: another origin than the sidebar's. */
async function foreignSite(script: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><body><h1>Elsewhere</h1><script>${script}</script></body></html>`);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** Records the status of every answer the sidebar server gives to a page. */
function answersFrom(page: Page, sidebar: string): number[] {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).port === new URL(sidebar).port) statuses.push(response.status());
  });
  return statuses;
}

describe.runIf(browserAvailable())('the local sidebar server against pages of other origins', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium([`--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('refuses every write a page of another origin or a rebound name sends, while its own page still writes', async () => {
    const { dir, host, server } = await serveWorkspace();
    const onboarded = await host.run('onboardClient', [
      {
        clientName: 'Hoshi Tea',
        projectName: 'Cold brew kit',
        contactEmail: 'mei@hoshi.example',
        language: 'en',
        targetAmount: 400_000,
        dates: { launch: dayFromNow(60), end: dayFromNow(90), shipping: dayFromNow(150).slice(0, 7) },
      },
    ]);
    const clientId = (onboarded.value as { clientId: string }).clientId;
    expect(clientId).toBe('C0001');
    const budget = await settingValue(host, 'dailyMailBudget');
    const tracker = join(dir, 'tracker.xlsx');
    const before = fileDigest(tracker);

    // A page on another port of this machine.
    const elsewhere = await foreignSite(attackScript(server.url, clientId, dayFromNow(75)));
    const page = await browser.newPage();
    const statuses = answersFrom(page, server.url);
    await page.goto(elsewhere.url);
    await page.waitForFunction(() => (window as unknown as { done?: boolean }).done === true, null, {
      timeout: 30_000,
    });
    const outcomes = await page.evaluate(() => (window as unknown as { outcomes: string[] }).outcomes);
    expect(outcomes).toHaveLength(10);
    // The CORS calls never get past the preflight; what reaches the server is refused.
    expect(outcomes.filter((line) => line.includes('cors json'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/failed TypeError/)]),
    );
    await page.close();
    elsewhere.server.close();
    expect(fileDigest(tracker)).toBe(before);
    expect(await settingValue(host, 'dailyMailBudget')).toBe(budget);
    // Both no-cors fetches and the form of each call reached the server, and were refused.
    expect(statuses).toEqual([403, 403, 403, 403, 403, 403]);

    // A rebound name (attacker.example → 127.0.0.1 on the sidebar's port) is same-origin with the
    // server in the browser's eyes: it can neither read the page (and its secret) nor call.
    const rebound = await browser.newPage();
    const port = new URL(server.url).port;
    const answer = await rebound.goto(`http://${REBOUND}:${port}/`);
    expect(answer?.status()).toBe(403);
    const call = await rebound.evaluate(async () => {
      const response = await fetch('/rpc/updateSetting', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(['dailyMailBudget', '7']),
      });
      return response.status;
    });
    expect(call).toBe(403);
    await rebound.close();

    expect(fileDigest(tracker)).toBe(before);
    expect(await settingValue(host, 'dailyMailBudget')).toBe(budget);

    // The sidebar page on its own origin calls through google.script.run as before.
    const own = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await own.goto(server.url);
    const results = await own.evaluate(
      ([id, launch]) => {
        type Run = Record<string, (...args: unknown[]) => void> & {
          withSuccessHandler(handler: (value: unknown) => void): Run;
          withFailureHandler(handler: (error: Error) => void): Run;
        };
        const run = (window as unknown as { google: { script: { run: Run } } }).google.script.run;
        const call = (name: string, ...args: unknown[]) =>
          new Promise((resolve, reject) =>
            run
              .withSuccessHandler(resolve)
              .withFailureHandler(reject)
              [name]?.(...args),
          );
        return Promise.all([
          call('updateSetting', 'dailyMailBudget', '7'),
          call('retimeClient', id, { launch }),
        ]);
      },
      [clientId, dayFromNow(75)],
    );
    await own.close();
    expect(results[0]).toMatchObject({ ok: true, value: '7' });
    expect(results[1]).toMatchObject({ ok: true, moved: expect.arrayContaining([expect.anything()]) });
    expect(fileDigest(tracker)).not.toBe(before);
    expect(await settingValue(host, 'dailyMailBudget')).toBe('7');
  });
});
