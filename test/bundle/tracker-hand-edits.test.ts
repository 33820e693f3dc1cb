import { describe, expect, it } from 'vitest';
import type { Cell, WorkspaceState } from '../../local/host/state.js';
import { memoryHost } from '../support/bundle-host.js';
import { clientInput } from '../support/onboard-fixtures.js';
import {
  addRows,
  CLIENTS_SHEET,
  clientRow,
  columnsOf,
  day,
  MILESTONES_SHEET,
  rowsOf,
  sheetNamed,
} from '../support/tracker-fixture.js';

const TODAY = '2027-03-01';

type Problem = { field: string; message: string; clientId?: string };

async function tracker(clients: Array<Record<string, Cell>>) {
  const { host, backend } = memoryHost({ locale: 'en_US' });
  await host.run('setupTracker', [{}]);
  addRows(sheetNamed(backend.state, 'Clients'), CLIENTS_SHEET, clients);
  return { host, state: backend.state };
}

async function run(host: ReturnType<typeof memoryHost>['host'], fn: string, args: unknown[] = []) {
  const result = await host.run(fn, args);
  if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
  return result.value as Record<string, unknown>;
}

const milestonesOf = (state: WorkspaceState, clientId: string) =>
  rowsOf(sheetNamed(state, 'Milestones'), MILESTONES_SHEET).filter((row) => row.clientId === clientId);

const dueOf = (state: WorkspaceState, clientId: string, milestoneId: string) =>
  milestonesOf(state, clientId).find((row) => row.milestoneId === milestoneId)?.due;

/** Sets a cell of the Milestones row of a client's milestone, as a person would. */
function setMilestoneCell(
  state: WorkspaceState,
  clientId: string,
  milestoneId: string,
  key: string,
  value: Cell,
) {
  const sheet = sheetNamed(state, 'Milestones');
  const at = columnsOf(sheet, MILESTONES_SHEET);
  const row = sheet.rows.find(
    (line) => line[at.clientId as number] === clientId && line[at.milestoneId as number] === milestoneId,
  );
  if (!row) throw new Error(`no milestone ${clientId} ${milestoneId}`);
  row[at[key] as number] = value;
}

const logLines = (state: WorkspaceState) =>
  (sheetNamed(state, 'Log').rows.slice(1) as Cell[][]).map((row) => row.join(' | '));

describe('refresh keeps what people edit by hand', () => {
  it('keeps a due date moved by hand, and still re-plans the others after the launch moved', async () => {
    const { host, state } = await tracker([clientRow(1, '2027-05-01')]);
    await run(host, 'refreshMilestones', [TODAY]);
    const planned = dueOf(state, 'C0001', 'page-build');
    const launchDay = dueOf(state, 'C0001', 'launch');
    expect(planned).toBeDefined();
    setMilestoneCell(state, 'C0001', 'page-build', 'due', day('2027-04-02'));

    await run(host, 'refreshMilestones', [TODAY]);
    expect(dueOf(state, 'C0001', 'page-build')).toEqual(day('2027-04-02'));

    // The launch moves a week: the untouched milestones follow, the one moved by hand stays.
    const clients = sheetNamed(state, 'Clients');
    const c = columnsOf(clients, CLIENTS_SHEET);
    (clients.rows[1] as Cell[])[c.launch as number] = day('2027-05-08');
    (clients.rows[1] as Cell[])[c.end as number] = day('2027-06-07');
    await run(host, 'refreshMilestones', [TODAY]);
    expect(dueOf(state, 'C0001', 'launch')).toEqual(day('2027-05-08'));
    expect(dueOf(state, 'C0001', 'launch')).not.toEqual(launchDay);
    expect(dueOf(state, 'C0001', 'page-build')).toEqual(day('2027-04-02'));
  });
});

describe('one bad cell in the Playbook sheet', () => {
  it('is reported with its cell and the playbook is refused, its clients left as they are', async () => {
    const { host, state } = await tracker([clientRow(1, '2027-05-01')]);
    await run(host, 'refreshMilestones', [TODAY]);
    const before = milestonesOf(state, 'C0001');
    const playbook = sheetNamed(state, 'Playbook');
    const header = playbook.rows[0] as Cell[];
    const offset = header.indexOf('Offset days');
    (playbook.rows[3] as Cell[])[offset] = 'abc';
    const cell = `Playbook!${String.fromCharCode(65 + offset)}4`;

    const result = await run(host, 'refreshMilestones', [TODAY]);
    const problems = result.problems as Problem[];
    expect(problems.map((p) => p.field)).toContain(cell);
    expect(problems.find((p) => p.field === cell)?.message).toMatch(/must be a whole number/);
    expect(problems.find((p) => p.clientId === 'C0001')?.message).toMatch(/not re-planned.*crowdfunding/);
    expect(milestonesOf(state, 'C0001')).toEqual(before);
    expect(logLines(state).some((line) => line.includes(cell) && line.includes('warning'))).toBe(true);

    const status = await run(host, 'getStatus');
    expect((status.problems as Problem[]).map((p) => p.field)).toContain(cell);
    const report = await run(host, 'runDiagnostics');
    const check = (report.checks as Array<{ id: string; status: string; message: string }>).find(
      (c) => c.id === 'spreadsheet.values',
    );
    expect(check?.status).toBe('warn');
    expect(check?.message).toContain(cell);
  });
});

describe('onboarding with a playbook the Playbook sheet spoils', () => {
  it('is refused with the cell to fix, and nothing is made', async () => {
    const { host, state } = await tracker([]);
    const playbook = sheetNamed(state, 'Playbook');
    const offset = (playbook.rows[0] as Cell[]).indexOf('Offset days');
    (playbook.rows[2] as Cell[])[offset] = 'abc';
    const result = await run(host, 'onboardClient', [clientInput(), TODAY]);
    expect(result.ok).toBe(false);
    expect((result.problems as Problem[]).map((p) => p.field)).toEqual([
      `Playbook!${String.fromCharCode(65 + offset)}3`,
    ]);
    expect(rowsOf(sheetNamed(state, 'Clients'), CLIENTS_SHEET)).toEqual([]);
  });
});

describe('a client id on two rows', () => {
  it('makes refresh leave both clients alone and report both cells', async () => {
    const { host, state } = await tracker([clientRow(1, '2027-05-01'), clientRow(2, '2027-06-01')]);
    await run(host, 'refreshMilestones', [TODAY]);
    const first = milestonesOf(state, 'C0001');
    // A person copies a row and forgets to change its id.
    const clients = sheetNamed(state, 'Clients');
    const c = columnsOf(clients, CLIENTS_SHEET);
    (clients.rows[2] as Cell[])[c.id as number] = 'C0001';
    const result = await run(host, 'refreshMilestones', [TODAY]);
    const problems = result.problems as Problem[];
    const duplicate = problems.find((p) => p.field === 'Clients!A2');
    expect(duplicate?.message).toMatch(/Clients sheet A2, A3 all hold client ID C0001: give one of the rows/);
    expect(milestonesOf(state, 'C0001')).toEqual(first);
    expect(milestonesOf(state, 'C0001').every((row) => row.clientName === 'Client 1')).toBe(true);
    const status = await run(host, 'getStatus');
    expect((status.problems as Problem[]).map((p) => p.field)).toContain('Clients!A2');
  });
});
