import { describe, expect, it } from 'vitest';
import { MILESTONES_SHEET, SETTINGS_SHEET } from '../../src/core/tracker/schema.js';
import { memoryHost } from '../support/bundle-host.js';
import {
  addRows,
  CLIENTS_SHEET,
  clientRow,
  columnsOf,
  rowsOf,
  sheetNamed,
} from '../support/tracker-fixture.js';

const SHEETS = ['Clients', 'Milestones', 'Playbook', 'Settings', 'Log'];

describe('setupTracker', () => {
  it('builds five dressed sheets: frozen bold headers, checkbox, dropdowns, colours, dates, protected ids', async () => {
    const { host, backend } = memoryHost({ locale: 'zh_TW' });
    const result = await host.run('setupTracker', [{}]);
    expect(result.error).toBeUndefined();
    expect(result.value).toMatchObject({
      ok: true,
      language: 'zh-TW',
      sheetsCreated: SHEETS,
      columnsAdded: [],
    });
    const state = backend.state;
    for (const name of SHEETS) {
      const sheet = sheetNamed(state, name);
      expect(sheet.frozenRows, name).toBe(1);
      expect(sheet.boldRanges[0], name).toMatchObject({ row: 1, numRows: 1 });
    }
    const milestones = sheetNamed(state, 'Milestones');
    expect(milestones.rows[0]?.slice(0, 3)).toEqual(['客戶編號', '客戶', '里程碑編號']);
    const m = columnsOf(milestones, MILESTONES_SHEET);
    const at = (column: number) => (entry: { range: { column: number; row: number } }) =>
      entry.range.column === column + 1 && entry.range.row === 2;
    expect(milestones.validations.find(at(m.done as number))?.rule).toEqual({ kind: 'checkbox' });
    // Wide enough for a zh-TW date (2027年3月2日) and a milestone's title.
    expect(milestones.columnWidths[(m.due as number) + 1]).toBe(120);
    expect(milestones.columnWidths[(m.title as number) + 1]).toBe(280);
    expect(milestones.validations.find(at(m.status as number))?.rule).toMatchObject({
      kind: 'list',
      values: ['未到期', '即將到期', '已逾期', '已完成', '待補進度'],
    });
    expect(milestones.numberFormats.find(at(m.due as number))?.format).toBe('yyyy"年"m"月"d"日"');
    const formulas = milestones.conditionalRules.map((rule) => rule.formula);
    expect(formulas).toEqual(
      expect.arrayContaining([
        '=$I2="Due soon"',
        '=$I2="即將到期"',
        '=$I2="已逾期"',
        '=$I2="已完成"',
        '=$J2=TRUE',
      ]),
    );
    expect(milestones.protections.map((p) => [p.range.column, p.warningOnly])).toEqual([
      [(m.clientId as number) + 1, true],
      [(m.milestoneId as number) + 1, true],
    ]);
    const clients = sheetNamed(state, 'Clients');
    const c = columnsOf(clients, CLIENTS_SHEET);
    for (const [key, values] of [
      ['tier', ['T1', 'T2', 'T3', 'T4']],
      ['serviceLevel', ['advanced', 'basic', 'simple']],
      ['status', ['進行中', '未完成建立', '暫停', '已結案']],
    ] as const) {
      expect(clients.validations.find(at(c[key] as number))?.rule, key).toMatchObject({
        kind: 'list',
        values,
      });
    }
    expect(sheetNamed(state, 'Playbook').rows.length).toBeGreaterThan(20);
  });

  it('writes English headers and dates for an English workspace', async () => {
    const { host, backend } = memoryHost({ locale: 'en_US' });
    await host.run('setupTracker', [{}]);
    const milestones = sheetNamed(backend.state, 'Milestones');
    expect(milestones.rows[0]?.slice(0, 4)).toEqual(['Client ID', 'Client', 'Milestone ID', 'Milestone']);
    const due = columnsOf(milestones, MILESTONES_SHEET).due as number;
    expect(milestones.numberFormats.find((f) => f.range.column === due + 1)?.format).toBe('d mmm yyyy');
  });

  it('on a rerun changes nothing, and never touches what a person typed', async () => {
    const { host, backend } = memoryHost({ locale: 'en_US' });
    await host.run('setupTracker', [{}]);
    const state = backend.state;
    addRows(sheetNamed(state, 'Clients'), CLIENTS_SHEET, [
      clientRow(1, '2027-05-01', { notes: '客戶很急 🚀' }),
    ]);
    const settings = sheetNamed(state, 'Settings');
    const s = columnsOf(settings, SETTINGS_SHEET);
    const tierRow = settings.rows.find((row) => row[s.key as number] === 'tierT1');
    if (tierRow) tierRow[s.value as number] = 7_000_000;
    const before = JSON.stringify(state);
    const again = await host.run('setupTracker', [{}]);
    expect(again.value).toMatchObject({ sheetsCreated: [], settingsAdded: [], columnsAdded: [] });
    expect(JSON.stringify(state)).toBe(before);
    const writes = Object.entries(again.calls).filter(([name]) => /set|insert|delete|protect/i.test(name));
    expect(writes).toEqual([]);
    expect(state.spreadsheet.sheets.filter((sheet) => sheet.name === 'Clients')).toHaveLength(1);
  });

  it('fills an empty tab of the right name and adds an optional column a sheet lacks, dressed', async () => {
    const { host, backend } = memoryHost({ locale: 'en_US' });
    await host.run('setupTracker', [{}]);
    const state = backend.state;
    state.spreadsheet.sheets = state.spreadsheet.sheets.filter((sheet) => sheet.name !== 'Log');
    const log = structuredClone(sheetNamed(state, 'Clients'));
    Object.assign(log, {
      name: 'Log',
      sheetId: 99,
      rows: [],
      validations: [],
      numberFormats: [],
      protections: [],
    });
    state.spreadsheet.sheets.push(log);
    const milestones = sheetNamed(state, 'Milestones');
    const note = columnsOf(milestones, MILESTONES_SHEET).note as number;
    for (const row of milestones.rows) row.splice(note, 1);
    const result = await host.run('setupTracker', [{}]);
    expect(result.value).toMatchObject({ sheetsCreated: ['Log'], columnsAdded: ['Milestones: Note'] });
    expect(sheetNamed(state, 'Log').rows[0]).toEqual(['Time', 'Action', 'Client', 'Detail', 'Result']);
    const added = columnsOf(milestones, MILESTONES_SHEET).note as number;
    expect(added).toBe(milestones.rows[0]?.length ? milestones.rows[0].length - 1 : -1);
    expect(milestones.numberFormats.find((f) => f.range.column === added + 1)?.format).toBe('@');
    const rerun = await host.run('setupTracker', [{}]);
    expect(rerun.value).toMatchObject({ sheetsCreated: [], columnsAdded: [] });
  });

  it('stops before writing anything when a required header is missing or doubled, naming it in both languages', async () => {
    const { host, backend } = memoryHost({ locale: 'en_US' });
    await host.run('setupTracker', [{}]);
    const state = backend.state;
    state.spreadsheet.sheets = state.spreadsheet.sheets.filter((sheet) => sheet.name !== 'Log');
    const milestones = sheetNamed(state, 'Milestones');
    const due = columnsOf(milestones, MILESTONES_SHEET).due as number;
    (milestones.rows[0] as unknown[])[due] = 'Due date?';
    const before = JSON.stringify(state);
    const missing = await host.run('setupTracker', [{ timeZone: 'Europe/Berlin' }]);
    expect(missing.ok).toBe(false);
    expect(missing.error?.message).toContain('「到期日」(Due)');
    expect(missing.error?.message).toContain('"Due" (到期日) is missing');
    expect(JSON.stringify(state)).toBe(before);

    (milestones.rows[0] as unknown[])[due] = '到期日';
    const clients = sheetNamed(state, 'Clients');
    (clients.rows[0] as unknown[]).push('客戶名稱');
    clients.maxColumns += 1;
    const doubled = await host.run('getStatus');
    expect(doubled.error?.message).toContain('"Client name" (客戶名稱) appears more than once');
    expect(doubled.error?.message).toContain('工作表「Clients」');
  });

  it('keeps rows typed in the sheet readable by getStatus', async () => {
    const { host, backend } = memoryHost({ locale: 'en_US' });
    await host.run('setupTracker', [{}]);
    addRows(sheetNamed(backend.state, 'Clients'), CLIENTS_SHEET, [
      clientRow(1, '2027-05-01'),
      clientRow(2, '2027-05-01', { status: '暫停' }),
    ]);
    const status = await host.run('getStatus');
    expect(status.value).toMatchObject({ clients: 2, clientsByStatus: { active: 1, paused: 1 } });
    expect(rowsOf(sheetNamed(backend.state, 'Clients'), CLIENTS_SHEET)).toHaveLength(2);
  });
});
