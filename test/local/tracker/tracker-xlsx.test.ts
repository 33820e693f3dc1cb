import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../local/cli/main.js';
import { DiskBackend } from '../../../local/disk/disk-backend.js';
import { createWorkspace } from '../../../local/disk/workspace.js';
import { Host } from '../../../local/host/host.js';
import { CLIENTS_SHEET, MILESTONES_SHEET, type SheetDef } from '../../../src/core/tracker/schema.js';
import { builtBundle } from '../../support/bundle-host.js';
import { cli } from '../cli/run-cli.js';
import { tempDir } from '../disk/fixtures.js';

const TODAY = '2027-03-01';

/** Column numbers (1-based) of a sheet's keys, found by header text as the add-on finds them. */
function columns(sheet: ExcelJS.Worksheet, def: SheetDef): Record<string, number> {
  const out: Record<string, number> = {};
  sheet.getRow(1).eachCell((cell, number) => {
    const column = def.columns.find((c) => c.en === cell.text || c.zh === cell.text);
    if (column) out[column.key] = number;
  });
  return out;
}

async function book(dir: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'tracker.xlsx'));
  return workbook;
}

async function ok(host: Host, fn: string, args: unknown[] = []): Promise<unknown> {
  const result = await host.run(fn, args);
  if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
  return result.value;
}

describe('the tracker in tracker.xlsx', () => {
  it('is read back by a spreadsheet library, and a Done box ticked in the file is honoured by the next run', async () => {
    const dir = await tempDir();
    await createWorkspace(dir, { timeZone: 'Asia/Taipei', locale: 'en_US' });
    const host = new Host(builtBundle(), new DiskBackend(dir, { smtpUrl: '' }));
    await ok(host, 'setupTracker', [{}]);

    // A person types a client into the Clients sheet with a spreadsheet program.
    let workbook = await book(dir);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Clients', 'Milestones', 'Playbook', 'Settings', 'Log']),
    );
    const clients = workbook.getWorksheet('Clients') as ExcelJS.Worksheet;
    const c = columns(clients, CLIENTS_SHEET);
    expect(Object.keys(c)).toHaveLength(CLIENTS_SHEET.columns.length);
    const typed: Record<string, ExcelJS.CellValue> = {
      id: 'C0001',
      clientName: '木趣工作室 🌲',
      projectName: '=露營桌',
      contactEmail: 'lin@example.com',
      language: 'zh-TW',
      currency: 'TWD',
      targetAmount: 1_200_000,
      tier: 'T2',
      serviceLevel: 'advanced',
      playbook: 'crowdfunding',
      launch: new Date(Date.UTC(2027, 4, 1)),
      end: new Date(Date.UTC(2027, 4, 31)),
      shipping: '2027-09',
      status: 'Active',
    };
    for (const [key, value] of Object.entries(typed)) clients.getCell(2, c[key] as number).value = value;
    await workbook.xlsx.writeFile(join(dir, 'tracker.xlsx'));

    const first = (await ok(host, 'refreshMilestones', [TODAY])) as { appended: number };
    expect(first.appended).toBeGreaterThan(15);

    workbook = await book(dir);
    let sheet = workbook.getWorksheet('Milestones') as ExcelJS.Worksheet;
    const m = columns(sheet, MILESTONES_SHEET);
    expect(sheet.getRow(1).getCell(m.done as number).text).toBe('Done');
    const ids: unknown[] = [];
    sheet.getColumn(m.clientId as number).eachCell((cell, number) => {
      if (number > 1 && cell.value) ids.push(cell.value);
    });
    expect(ids).toHaveLength(first.appended);
    const row = sheet.getRow(2);
    expect(row.getCell(m.clientId as number).value).toBe('C0001');
    expect(row.getCell(m.clientName as number).text).toBe('木趣工作室 🌲');
    expect(row.getCell(m.done as number).value).toBe(false);
    expect(row.getCell(m.due as number).value).toBeInstanceOf(Date);
    const milestoneId = row.getCell(m.milestoneId as number).value;

    // The person ticks Done and writes a note in the file.
    row.getCell(m.done as number).value = true;
    row.getCell(m.note as number).value = '已交付 ✅';
    await workbook.xlsx.writeFile(join(dir, 'tracker.xlsx'));

    const second = await ok(host, 'refreshMilestones', [TODAY]);
    expect(second).toMatchObject({ appended: 0, removed: 0, updated: 1 });
    workbook = await book(dir);
    sheet = workbook.getWorksheet('Milestones') as ExcelJS.Worksheet;
    const after = sheet.getRow(2);
    expect(after.getCell(m.milestoneId as number).value).toBe(milestoneId);
    expect(after.getCell(m.done as number).value).toBe(true);
    expect(after.getCell(m.status as number).text).toBe('Done');
    expect(after.getCell(m.note as number).text).toBe('已交付 ✅');
    expect(workbook.getWorksheet('Clients')?.getCell(2, c.projectName as number).text).toBe('=露營桌');

    let out = '';
    const code = await main(['status', '--dir', dir, '--json'], {
      out: (text) => {
        out += text;
      },
      err: () => {},
      readStdin: async () => '',
    });
    expect(code).toBe(0);
    const status = JSON.parse(out);
    expect(status).toMatchObject({ clients: 1, clientsByStatus: { active: 1 } });
    expect(status.milestones.total).toBe(first.appended);
    expect(status.milestones.byStatus.done).toBe(1);
  });

  it('follows a launch date a person moved in the file, through `launch-desk refresh`', async () => {
    const dir = await tempDir();
    await createWorkspace(dir, { timeZone: 'Asia/Taipei', locale: 'en_US' });
    const host = new Host(builtBundle(), new DiskBackend(dir, { smtpUrl: '' }));
    await ok(host, 'setupTracker', [{}]);
    const client = {
      clientName: 'Brightside Audio',
      projectName: 'Pocket speaker',
      contactEmail: 'sam@example.com',
      language: 'en',
      targetAmount: 450_000,
      dates: { launch: '2027-05-03', end: '2027-06-02', shipping: '2027-09' },
    };
    expect(await ok(host, 'onboardClient', [client])).toMatchObject({ ok: true });
    const dueOf = async (milestone: string): Promise<string> => {
      const sheet = (await book(dir)).getWorksheet('Milestones') as ExcelJS.Worksheet;
      const m = columns(sheet, MILESTONES_SHEET);
      let due = '';
      sheet.eachRow((row) => {
        if (row.getCell(m.milestoneId as number).value === milestone) {
          due = (row.getCell(m.due as number).value as Date).toISOString();
        }
      });
      return due;
    };
    const before = await dueOf('launch');
    expect(before).not.toBe('');

    const workbook = await book(dir);
    const clients = workbook.getWorksheet('Clients') as ExcelJS.Worksheet;
    const c = columns(clients, CLIENTS_SHEET);
    clients.getCell(2, c.launch as number).value = new Date(Date.UTC(2027, 4, 10));
    clients.getCell(2, c.end as number).value = new Date(Date.UTC(2027, 5, 9));
    await workbook.xlsx.writeFile(join(dir, 'tracker.xlsx'));

    const refreshed = await cli(['refresh', '--dir', dir, '--today', TODAY]);
    expect(refreshed).toMatchObject({ code: 0, out: 'Re-planned the milestones of 1 client(s).\n' });
    const moved = Date.parse(await dueOf('launch')) - Date.parse(before);
    expect(moved).toBe(7 * 86_400_000);
  });
});
