import { CLIENTS_SHEET } from '../../src/core/tracker/schema';
import { projectBundle } from '../cli/bundle.js';
import { MemoryBackend } from '../host/backend.js';
import type { ExecutionResult } from '../host/execution.js';
import { Host } from '../host/host.js';
import { newWorkspaceState } from '../host/new-state.js';
import type { Cell, SheetState } from '../host/state.js';

const CLIENTS = 5000;
const TODAY = '2027-03-01';

/** A date cell: midnight of a day in the spreadsheet's zone. */
const day = (offset: number): Cell => {
  const date = new Date(Date.UTC(2027, 4, 1 + offset));
  return { wall: `${date.toISOString().slice(0, 10)}T00:00:00` };
};

/** Client rows typed into the Clients sheet by header, launches spread over four months. */
function addClients(sheet: SheetState, count: number): void {
  const header = (sheet.rows[0] ?? []).map(String);
  const at = (key: string) => {
    const column = CLIENTS_SHEET.columns.find((c) => c.key === key);
    return header.findIndex((text) => text === column?.en || text === column?.zh);
  };
  for (let n = 1; n <= count; n++) {
    const row: Cell[] = new Array(header.length).fill('');
    const set = (key: string, value: Cell) => {
      row[at(key)] = value;
    };
    set('id', `C${String(n).padStart(4, '0')}`);
    set('clientName', n % 2 ? `Client ${n}` : `客戶 ${n} 🚀`);
    set('projectName', `Project ${n}`);
    set('contactEmail', `client${n}@example.com`);
    set('language', n % 2 ? 'en' : 'zh-TW');
    set('currency', 'TWD');
    set('targetAmount', 1_200_000);
    set('tier', 'T2');
    set('serviceLevel', 'advanced');
    set('playbook', 'crowdfunding');
    set('launch', day(n % 120));
    set('end', day((n % 120) + 30));
    set('shipping', "'2027-12");
    set('status', '進行中');
    sheet.rows.push(row);
  }
  sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length + 1);
}

/** One execution: its Sheets calls (total, reads, writes, deletes) and Node time. */
async function timed(host: Host, label: string, fn: string, args: unknown[] = []): Promise<string> {
  const start = performance.now();
  const result: ExecutionResult = await host.run(fn, args);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`${label}: ${result.error?.message}`);
  const c = result.calls;
  return (
    `tracker: ${label}: ${result.totalCalls} calls (getValues ${c['Range.getValues'] ?? 0}, ` +
    `setValues ${c['Range.setValues'] ?? 0}, deleteRows ${c['Sheet.deleteRows'] ?? 0}), ${Math.round(ms)} ms`
  );
}

/**
 * Measures the tracker of a busy team in the memory host, through the built Code.js: 5,000
 * clients typed into Clients, their ~150,000 milestone rows written by one refresh, then reading
 * the whole tracker, re-timing one client and re-timing every client.
 */
export async function benchTracker(): Promise<string[]> {
  const backend = new MemoryBackend(newWorkspaceState({ locale: 'zh_TW' }));
  const host = new Host(projectBundle(), backend);
  const lines = [await timed(host, 'setup (empty)', 'setupTracker', [{}])];
  const clients = backend.state.spreadsheet.sheets.find((sheet) => sheet.name === 'Clients') as SheetState;
  addClients(clients, CLIENTS);
  lines.push(await timed(host, `write milestones of ${CLIENTS} clients`, 'refreshMilestones', [TODAY]));
  const milestones = backend.state.spreadsheet.sheets.find((sheet) => sheet.name === 'Milestones');
  lines.push(`tracker: ${(milestones?.rows.length ?? 1) - 1} milestone rows`);
  lines.push(await timed(host, 'read whole tracker (getStatus)', 'getStatus'));
  lines.push(await timed(host, 'setup rerun (checks every sheet, writes nothing)', 'setupTracker', [{}]));
  lines.push(await timed(host, 'refresh with nothing changed', 'refreshMilestones', [TODAY]));
  const launchAt = (clients.rows[0] ?? []).indexOf('上線日');
  (clients.rows[1] as Cell[])[launchAt] = day(9);
  lines.push(await timed(host, 're-time one client', 'refreshMilestones', [TODAY]));
  for (const row of clients.rows.slice(1)) row[launchAt] = day(15);
  lines.push(await timed(host, `re-time all ${CLIENTS} clients`, 'refreshMilestones', [TODAY]));
  return lines;
}
