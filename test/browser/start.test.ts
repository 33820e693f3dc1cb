import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { ROOT } from '../support/bundle-host.js';
import { callHeaders, pageSecret, rawRequest } from '../support/sidebar-http.js';

const CLI = join(ROOT, 'bin', 'launch-desk.mjs');
const CLIENTS = join('drive', 'Launch Desk', 'Clients');

/** A running `launch-desk start`, what it printed, and how it ended. */
interface Started {
  child: ChildProcess;
  url: string;
  output(): string;
  exit: Promise<number>;
}

/** Starts `launch-desk start` the way `npm start` does; resolves once it prints the sidebar's URL. */
function start(dir: string, port = '0'): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'start', '--dir', dir, '--port', port], {
      env: { ...process.env, SMTP_URL: '', LAUNCH_DESK_DIR: '' },
    });
    let out = '';
    const exit = new Promise<number>((done) =>
      child.on('exit', (code, signal) => {
        if (signal) out += `\n(killed by ${signal})`;
        done(code ?? 2);
      }),
    );
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Sidebar: (http:\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, output: () => out, exit });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exit.then((code) => reject(new Error(`start exited with ${code}: ${out}`)));
  });
}

/** Runs `launch-desk start` that must fail; resolves with its exit code and what it printed. */
function startFails(dir: string, port: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'start', '--dir', dir, '--port', port]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code: code ?? 2, out }));
  });
}

async function trackerClients(dir: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'tracker.xlsx'));
  const sheet = book.getWorksheet('Clients');
  const names: string[] = [];
  sheet?.eachRow((row, number) => {
    if (number > 1) names.push(String(row.getCell(2).value));
  });
  return names;
}

describe.runIf(browserAvailable())('`npm start`: the whole add-on on this machine', () => {
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'launch-desk-start-')), 'workspace');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  it('sets up a workspace with three sample clients, runs the day, serves the sidebar and stops on Ctrl-C', async () => {
    const first = await start(dir);
    const printed = first.output();
    expect(printed).toMatch(/onboarded C0001: 木趣工作室/);
    expect(printed).toMatch(
      /onboarded C0003: 小島手作 — 海玻璃飾品\n\s+warning: .*suggested dates\.launch = \d{4}-\d{2}-\d{2}/,
    );
    expect(printed).toMatch(/clients: 3; milestones: \d+ \(due soon \d+, overdue \d+, done 0\)/);
    expect(printed).toMatch(/mail today: \d+ reminders sent/);

    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(first.url);
    await page.getByRole('tab', { name: '客戶', exact: true }).click();
    const picker = page.locator('select').first();
    await expect.poll(() => picker.locator('option').count(), { timeout: 20_000 }).toBe(4);
    await picker.selectOption({ label: 'Brightside Audio — Pocket Hi-Fi Speaker' });
    await expect.poll(() => page.locator('svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.close();
    // A malformed call is answered 400; the server and its scheduler live on (exit 0 below).
    const malformed = await rawRequest(first.url, {
      method: 'POST',
      path: '/rpc/%E0%A4%A',
      headers: callHeaders(await pageSecret(first.url)),
      body: '[]',
    });
    expect(malformed.status).toBe(400);

    expect(await trackerClients(dir)).toEqual(['木趣工作室', 'Brightside Audio', '小島手作']);
    const folders = readdirSync(join(dir, CLIENTS));
    expect(folders).toHaveLength(3);
    for (const folder of folders) {
      const documents = readdirSync(join(dir, CLIENTS, folder), { recursive: true }).map(String);
      expect(documents.filter((name) => name.endsWith('.docx'))).toHaveLength(7);
    }
    const mails = readdirSync(join(dir, 'outbox'));
    expect(mails.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'outbox', mails[0] ?? ''), 'utf8')).toMatch(
      /^Content-Type: multipart\/alternative/m,
    );

    first.child.kill('SIGINT');
    expect(await first.exit, first.output()).toBe(0);
    expect(first.output()).toMatch(/Stopped\.\s*$/);
  });

  it('reuses the workspace on a second start and adds nothing twice', async () => {
    const mailsBefore = readdirSync(join(dir, 'outbox')).length;
    const second = await start(dir);
    expect(second.output()).not.toMatch(/Onboarding/);
    expect(second.output()).toMatch(/clients: 3;/);
    second.child.kill('SIGTERM');
    expect(await second.exit, second.output()).toBe(0);
    expect(await trackerClients(dir)).toHaveLength(3);
    expect(readdirSync(join(dir, CLIENTS))).toHaveLength(3);
    expect(readdirSync(join(dir, 'outbox'))).toHaveLength(mailsBefore);
  });

  it('says which port is taken, and exits 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const result = await startFails(dir, String(port));
      expect(result.code).toBe(2);
      expect(result.out).toContain(`Port ${port} is in use`);
    } finally {
      blocker.close();
    }
  });

  it('refuses a broken tracker.xlsx with the fix, and overwrites nothing', async () => {
    writeFileSync(join(dir, 'tracker.xlsx'), 'garbage');
    const result = await startFails(dir, '0');
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/tracker\.xlsx is not a readable \.xlsx workbook.*tracker\.previous\.xlsx/s);
    expect(readFileSync(join(dir, 'tracker.xlsx'), 'utf8')).toBe('garbage');
  });
});
