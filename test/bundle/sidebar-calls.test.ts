import { describe, expect, it } from 'vitest';
import type { Cell } from '../../local/host/state.js';
import { memoryHost } from '../support/bundle-host.js';
import { clientInput } from '../support/onboard-fixtures.js';
import { LUMEN_LAMPS, seedClient } from '../support/seed-client.js';

const NOW = '2026-03-02T02:00:00Z';
const TODAY = '2026-03-02';

/** A set-up tracker in a spreadsheet of `locale`. */
async function tracker(locale = 'en_US') {
  const { host, backend } = memoryHost({ locale, timeZone: 'Asia/Taipei' });
  await host.run('setupTracker', [{}], { now: NOW });
  return { host, state: backend.state };
}

describe('the menu items that open the sidebar and the help', () => {
  it('opens the sidebar page under the Launch Desk title', async () => {
    const { host } = await tracker();
    const result = await host.run('openSidebar', [], { now: NOW });
    expect(result.ui.sidebars).toEqual([{ title: 'Launch Desk', file: 'Sidebar' }]);
  });

  it("shows the help in the spreadsheet's language", async () => {
    const english = await (await tracker('en_US')).host.run('showHelp', [], { now: NOW });
    expect(english.ui.alerts).toHaveLength(1);
    expect(english.ui.alerts[0]).toMatch(/^Launch Desk keeps one folder/);
    const chinese = await (await tracker('zh_TW')).host.run('showHelp', [], { now: NOW });
    expect(chinese.ui.alerts[0]).toMatch(/^Launch Desk 為每位客戶建立資料夾/);
  });
});

describe('getSidebarContext', () => {
  it("gives the locale's language, the time zone, the playbooks with their dates and the defaults", async () => {
    const { host } = await tracker('en_US');
    const context = (await host.run('getSidebarContext', [], { now: NOW })).value as {
      language: string;
      timeZone: string;
      locale: string;
      playbooks: Array<{ id: string; anchors: Array<Record<string, unknown>> }>;
      defaults: Record<string, string>;
    };
    expect(context).toMatchObject({ language: 'en', timeZone: 'Asia/Taipei', locale: 'en_US' });
    expect(context.defaults).toEqual({ language: 'en', currency: 'TWD' });
    expect(context.playbooks.map((p) => p.id).sort()).toEqual(['b2b-saas', 'crowdfunding']);
    const crowdfunding = context.playbooks.find((p) => p.id === 'crowdfunding');
    const launch = crowdfunding?.anchors.find((a) => a.id === 'launch');
    expect(launch).toEqual({
      id: 'launch',
      label: expect.anything(),
      kind: 'day',
      required: true,
      mayBeVague: true,
    });
    // Only a date that may be vague says so; the others carry no such field at all.
    const end = crowdfunding?.anchors.find((a) => a.id === 'end');
    expect(end).toEqual({ id: 'end', label: expect.anything(), kind: 'day', required: true });
  });

  it('speaks Traditional Chinese in a zh_TW spreadsheet', async () => {
    const { host } = await tracker('zh_TW');
    const context = (await host.run('getSidebarContext', [], { now: NOW })).value as { language: string };
    expect(context.language).toBe('zh-TW');
  });
});

describe('planClient', () => {
  it('plans a client against the tracker without writing anything', async () => {
    const { host, state } = await tracker();
    const before = JSON.stringify(state);
    const result = await host.run('planClient', [clientInput()], { now: NOW });
    const plan = result.value as { ok: boolean; client: Record<string, unknown>; milestones: unknown[] };
    expect(plan).toMatchObject({ ok: true, client: { tier: 'T2', serviceLevel: 'advanced' } });
    expect(plan.milestones.length).toBeGreaterThan(10);
    expect(JSON.stringify(state)).toBe(before);
    expect(result.calls['Range.setValues'] ?? 0).toBe(0);
  });

  it("takes today from the spreadsheet's time zone unless a day is given", async () => {
    const { host } = await tracker();
    // 23:30 UTC on 2 March is 07:30 on 3 March in Taipei: a launch on 3 March is then today.
    const input = clientInput({ dates: { launch: '2026-03-03', end: '2026-04-02', shipping: '2026-06' } });
    const late = await host.run('planClient', [input], { now: '2026-03-03T23:30:00Z' });
    const onTheDay = await host.run('planClient', [input, '2026-01-05'], { now: '2026-03-03T23:30:00Z' });
    expect(JSON.stringify(late.value)).toMatch(/past/i);
    expect(JSON.stringify(onTheDay.value)).not.toMatch(/past/i);
  });
});

describe('listClients and getClientView', () => {
  it('lists no client before there is a Clients sheet', async () => {
    const { host } = memoryHost({ locale: 'en_US' });
    expect((await host.run('listClients', [], { now: NOW })).value).toEqual([]);
  });

  it('lists each client with its dates as days and its shipping as a month, skipping rows without an id', async () => {
    const { host, state } = await tracker();
    seedClient(state, 'C0001', LUMEN_LAMPS, TODAY);
    const sheet = state.spreadsheet.sheets.find((s) => s.name === 'Clients');
    // A row a person started typing without an id: not a client yet.
    const header = (sheet?.rows[0] ?? []).map(String);
    const started = header.map((h) => (h === 'Client name' ? 'Half typed' : ''));
    sheet?.rows.push(started);
    const clients = (await host.run('listClients', [], { now: NOW })).value as Array<Record<string, string>>;
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({
      id: 'C0001',
      clientName: 'Lumen Lamps',
      projectName: 'Aurora desk lamp',
      launch: '2026-04-14',
      end: '2026-05-14',
      shipping: '2026-07',
      status: 'Active',
      folderUrl: 'https://drive.google.com/drive/folders/C0001',
    });
  });

  it('names a client that is not there', async () => {
    const { host } = await tracker();
    const view = (await host.run('getClientView', ['  C0009 '], { now: NOW })).value;
    expect(view).toEqual({ ok: false, message: 'Client "C0009" is not in the Clients sheet.' });
  });

  it("shows a client's milestones by due day, each with where it stands today", async () => {
    const { host, state } = await tracker();
    seedClient(state, 'C0001', LUMEN_LAMPS, TODAY);
    const rows = (state.spreadsheet.sheets.find((s) => s.name === 'Milestones')?.rows ?? []) as Cell[][];
    const header = (rows[0] ?? []).map(String);
    const at = (name: string) => header.indexOf(name);
    // Five milestones around today (2 March): a day late, today, in three days, in four, and one
    // ticked done though late; a sixth without a day keeps the status written on the sheet.
    const cases: Array<[string, string, boolean, string]> = [
      ['late', '2026-03-01', false, 'overdue'],
      ['today', '2026-03-02', false, 'due-soon'],
      ['in3', '2026-03-05', false, 'due-soon'],
      ['in4', '2026-03-06', false, 'upcoming'],
      ['ticked', '2026-02-20', true, 'done'],
    ];
    const mine = rows.filter((row) => row[at('Client ID')] === 'C0001');
    cases.forEach(([id, due, done], i) => {
      const row = mine[i] ?? [];
      row[at('Milestone ID')] = id;
      row[at('Due')] = { wall: `${due}T00:00:00` };
      row[at('Done')] = done;
    });
    const undated = mine[cases.length] ?? [];
    undated[at('Milestone ID')] = 'undated';
    undated[at('Due')] = '';
    undated[at('Status')] = 'Due soon';
    for (const row of mine.slice(cases.length + 1)) rows.splice(rows.indexOf(row), 1);

    const view = (await host.run('getClientView', ['C0001'], { now: NOW })).value as {
      ok: boolean;
      today: string;
      client: { id: string };
      milestones: Array<{ milestoneId: string; due: string; status: string; done: boolean }>;
    };
    expect(view).toMatchObject({ ok: true, today: TODAY, client: { id: 'C0001' } });
    expect(view.milestones.map((m) => [m.milestoneId, m.status])).toEqual([
      ['undated', 'due-soon'],
      ['ticked', 'done'],
      ['late', 'overdue'],
      ['today', 'due-soon'],
      ['in3', 'due-soon'],
      ['in4', 'upcoming'],
    ]);
  });
});
