import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../disk/fixtures.js';
import { ACME, cli } from './run-cli.js';

const CLIENT = ACME;

describe('the launch-desk CLI', () => {
  it('inits a workspace whose tracker.xlsx opens, then reports its status as JSON', async () => {
    const dir = join(await tempDir(), 'ws');
    const init = await cli(['init', '--dir', dir, '--language', 'en', '--tz', 'Europe/Berlin']);
    expect(init).toMatchObject({ code: 0, err: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'tracker.xlsx'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Clients', 'Milestones', 'Settings', 'Log']),
    );
    expect(book.getWorksheet('Clients')?.getRow(1).getCell(1).value).toBeTruthy();
    const status = await cli(['status', '--dir', dir, '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({
      ok: true,
      timeZone: 'Europe/Berlin',
      clients: 0,
      milestones: { total: 0, byStatus: {} },
    });
    expect((await cli(['init', '--dir', dir])).code).toBe(0); // a second init changes nothing
  });

  it('exits 1 naming the fields of invalid input, and 2 for a folder it cannot use', async () => {
    const dir = await tempDir();
    const bad = await cli([
      'init',
      '--dir',
      join(dir, 'ws'),
      '--language',
      'fr',
      '--tz',
      'Mars/Olympus',
      '--json',
    ]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).errors.map((e: { field: string }) => e.field)).toEqual(['language', 'tz']);
    await writeFile(join(dir, 'mine.txt'), 'not a workspace');
    const foreign = await cli(['init', '--dir', dir]);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toMatch(/already holds files and is not a Launch Desk workspace/);
    const missing = await cli(['status', '--dir', join(dir, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/launch-desk init --dir/);
  });

  it('plans a client from standard input without a workspace, and refuses an impossible date', async () => {
    const plan = await cli(
      ['plan', '--client', '-', '--today', '2026-12-01', '--json'],
      JSON.stringify(CLIENT),
    );
    expect(plan.code).toBe(0);
    const result = JSON.parse(plan.out);
    expect(result).toMatchObject({ ok: true, tier: 'T2', serviceLevel: 'advanced' });
    expect(result.milestones.length).toBeGreaterThanOrEqual(15);
    expect(result.milestones[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    );
    const impossible = { ...CLIENT, dates: { ...CLIENT.dates, launch: '2027-02-30' } };
    const refused = await cli(['plan', '--client', '-', '--json'], JSON.stringify(impossible));
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).errors.map((e: { field: string }) => e.field)).toContain('dates.launch');
  });

  it('runs the diagnostics in a disk workspace: the local host passes what Apps Script is expected to', async () => {
    const dir = join(await tempDir(), 'ws');
    expect((await cli(['init', '--dir', dir, '--language', 'en'])).code).toBe(0);
    const run = await cli(['diagnostics', '--dir', dir, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    expect(report.counts.fail).toBe(0);
    const failing = report.checks.filter((check: { status: string; id: string }) => check.status !== 'pass');
    expect(failing.map((check: { id: string }) => check.id)).toEqual([
      'drive.folders',
      'drive.templates',
      'triggers.installed',
      'triggers.timeDriven',
    ]);
    const text = await cli(['diagnostics', '--dir', dir]);
    expect(text.out).toMatch(/passed, 4 warnings, 0 failed\./);
  });
});
