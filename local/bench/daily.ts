import { projectBundle } from '../cli/bundle.js';
import { MemoryBackend } from '../host/backend.js';
import { instantOfDay } from '../host/clock.js';
import { Host } from '../host/host.js';
import { newWorkspaceState } from '../host/new-state.js';
import { syntheticClients } from './core.js';
import { addTrackerRows } from './daily-fixture.js';

const TODAY = '2027-03-01';
const SIZES = [500, 5000];
const SHEETS_CALL = /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./;

/** One daily job over `count` synthetic clients (a Workspace account's quota, the default budget). */
async function dailyRun(count: number): Promise<string> {
  const host = new Host(
    projectBundle(),
    new MemoryBackend(newWorkspaceState({ locale: 'en_US', dailyMailQuota: 1500 })),
  );
  const now = instantOfDay(TODAY, 'Asia/Taipei', 9);
  await host.run('setupTracker', [{ language: 'en', timeZone: 'Asia/Taipei' }], { now });
  await host.run('updateSetting', ['csmEmail', 'csm@example.com'], { now });
  const state = await host.backend.load();
  const clients = syntheticClients(count, TODAY).map((input, i) => ({
    id: `C${String(i + 1).padStart(4, '0')}`,
    input,
  }));
  const { milestones } = addTrackerRows(state, clients, TODAY, { language: 'en', doneBefore: '2027-02-22' });
  const start = performance.now();
  const result = await host.run('runDailyJob', [], { now });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`daily job failed: ${result.error?.message}`);
  const value = result.value as { sent: number; deferred: number };
  const sheets = Object.entries(result.calls)
    .filter(([name]) => SHEETS_CALL.test(name))
    .reduce((sum, [, n]) => sum + n, 0);
  return (
    `daily: ${count} clients (${milestones} milestones): ${Math.round(ms)} ms, ` +
    `${sheets} Sheets calls, ${result.totalCalls} service calls, ${value.sent} reminders sent, ${value.deferred} deferred`
  );
}

/**
 * Measures the daily job in the memory host: Node time and service calls for 500 and 5,000
 * clients. Sheets calls stay the same at both sizes; the other calls follow the mails sent,
 * which the daily mail budget caps.
 */
export async function benchDaily(): Promise<string[]> {
  const lines: string[] = [];
  for (const size of SIZES) lines.push(await dailyRun(size));
  return lines;
}
