import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGlobal } from '../../local/cli/workspace-host.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { ROOT } from '../support/bundle-host.js';
import { callHeaders, pageSecret, rawRequest } from '../support/sidebar-http.js';
import { typeClient } from './sidebar-harness.js';

const CLI = join(ROOT, 'bin', 'launch-desk.mjs');

/** A day `days` after today, as the sidebar takes it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Runs the CLI to its end; resolves with its exit code. */
function cli(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? 2));
  });
}

/** Starts `launch-desk serve` on a free port; resolves with the process and the URL it prints. */
function serve(dir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--dir', dir, '--port', '0']);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Sidebar: (http:\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String);
}

describe.runIf(browserAvailable())('`launch-desk serve` on a disk workspace', () => {
  let dir: string;
  let served: { child: ChildProcess; url: string };
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'launch-desk-serve-'));
    expect(await cli(['init', '--dir', dir, '--language', 'en'])).toBe(0);
    served = await serve(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    served?.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses private names and non-JSON values as Apps Script does', async () => {
    const headers = callHeaders(await pageSecret(served.url));
    const post = (name: string, body: string) =>
      fetch(`${served.url}rpc/${name}`, { method: 'POST', headers, body }).then((r) => r.json());
    expect(await post('setupTracker_', '[]')).toMatchObject({ ok: false, error: /not found/ });
    expect(await post('getStatus', '{"not":"a list"}')).toMatchObject({ ok: false, error: /JSON array/ });
  });

  it('answers a malformed request with 400 and keeps serving', async () => {
    const headers = callHeaders(await pageSecret(served.url));
    const malformed = await rawRequest(served.url, {
      method: 'POST',
      path: '/rpc/%E0%A4%A',
      headers,
      body: '[]',
    });
    expect(malformed.status).toBe(400);
    expect(served.child.exitCode).toBeNull();
    const status = await rawRequest(served.url, {
      method: 'POST',
      path: '/rpc/getStatus',
      headers,
      body: '[]',
    });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true });
  });

  it('onboards a client through the form into tracker.xlsx and drive/', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(served.url);
    await typeClient(page, {
      'Target amount': '400000',
      'Launch date': dayFromNow(60),
      'End date': dayFromNow(90),
      'Shipping month': dayFromNow(150).slice(0, 7),
    });
    await page.getByRole('button', { name: 'Create client' }).click();
    await page.getByRole('link', { name: 'Open the client folder' }).waitFor({ timeout: 60_000 });
    await page.close();
    const clients = (await runGlobal(dir, 'listClients', [])) as { clientName: string; tier: string }[];
    expect(clients).toMatchObject([{ clientName: 'Hoshi Tea', tier: 'T3' }]);
    expect(filesUnder(join(dir, 'drive')).some((path) => path.includes('Hoshi Tea'))).toBe(true);
  });
});
