import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../disk/fixtures.js';
import { cli } from './run-cli.js';

describe('launch-desk status', () => {
  it('names each Settings cell a person typed that cannot be used, and the value used instead', async () => {
    const dir = join(await tempDir(), 'ws');
    expect((await cli(['init', '--dir', dir, '--language', 'en'])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'tracker.xlsx'));
    const settings = book.getWorksheet('Settings') as ExcelJS.Worksheet;
    let hourRow = 0;
    settings.eachRow((row, number) => {
      if (row.getCell(1).value === 'reminderHour') {
        row.getCell(2).value = 25;
        hourRow = number;
      }
      if (row.getCell(1).value === 'dailyMailBudget') row.getCell(2).value = -5;
    });
    await book.xlsx.writeFile(join(dir, 'tracker.xlsx'));

    const status = await cli(['status', '--dir', dir]);
    expect(status.code).toBe(0);
    expect(status.out).toContain(
      `problem: Settings sheet B${hourRow} (reminderHour): reminderHour must be a whole number from 0 to 23. "9" is used until it is fixed.`,
    );
    expect(status.out).toMatch(/problem: Settings sheet B\d+ \(dailyMailBudget\)/);
  });
});
