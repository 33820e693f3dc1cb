import { addTrackerRows, type TrackerClient } from '../../local/bench/daily-fixture.js';
import { instantOfDay } from '../../local/host/clock.js';
import type { ExecutionOptions, ExecutionResult } from '../../local/host/execution.js';
import type { Host } from '../../local/host/host.js';
import type { Cell, MailState, WorkspaceState } from '../../local/host/state.js';
import { memoryHost } from './bundle-host.js';

export const ZONE = 'Asia/Taipei';

/** 09:00 in Taipei on a day: when the daily trigger fires. */
export const at = (day: string, hour = 9): number => instantOfDay(day, ZONE, hour);

/** A client onboarded on `prepStart` that launches on `launch`, in English unless told. */
export function client(
  id: string,
  prepStart: string,
  launch: string,
  changes: Partial<TrackerClient['input']> = {},
): TrackerClient {
  const end = new Date(Date.parse(`${launch}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const shipping = new Date(Date.parse(`${end}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 7);
  return {
    id,
    input: {
      clientName: `Client ${id}`,
      projectName: `Project ${id}`,
      contactName: `Contact ${id}`,
      contactEmail: `${id.toLowerCase()}@example.com`,
      language: 'en',
      targetAmount: 400_000,
      dates: { prepStart, launch, end, shipping },
      ...changes,
    },
  };
}

/** A memory host with a set-up English tracker holding `clients`, the CSM's name and address set. */
export async function dailyHost(
  clients: readonly TrackerClient[],
  today: string,
  options: { quota?: number; settings?: Record<string, string> } = {},
): Promise<{
  host: Host;
  state: WorkspaceState;
  run: (fn: string, day: string, more?: ExecutionOptions) => Promise<ExecutionResult>;
}> {
  const { host, backend } = memoryHost({
    locale: 'en_US',
    timeZone: ZONE,
    dailyMailQuota: options.quota ?? 1500,
  });
  const run = (fn: string, day: string, more: ExecutionOptions = {}) =>
    host.run(fn, [], { now: at(day), ...more });
  await host.run('setupTracker', [{ language: 'en', timeZone: ZONE }], { now: at(today) });
  const settings = { csmName: 'Mei', csmEmail: 'mei@example.com', ...options.settings };
  for (const [key, value] of Object.entries(settings)) {
    const result = await host.run('updateSetting', [key, value], { now: at(today) });
    if (!(result.value as { ok: boolean }).ok)
      throw new Error(`setting ${key}: ${JSON.stringify(result.value)}`);
  }
  addTrackerRows(backend.state, clients, today, { language: 'en' });
  return { host, state: backend.state, run };
}

/** The rows of a sheet below its header, as objects keyed by header text. */
export function sheetRows(state: WorkspaceState, name: string): Array<Record<string, unknown>> {
  const sheet = state.spreadsheet.sheets.find((candidate) => candidate.name === name);
  const [header = [], ...rows] = sheet?.rows ?? [];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}

/** The client reminders among the sent mails (the digests go to the CSM). */
export const reminders = (state: WorkspaceState): MailState[] =>
  state.mail.sent.filter((mail) => mail.to !== 'mei@example.com');

/** The digests among the sent mails. */
export const digests = (state: WorkspaceState): MailState[] =>
  state.mail.sent.filter((mail) => mail.to === 'mei@example.com');

/** Mails sent twice: the same recipient and subject (a subject names the milestone, day and kind). */
export function duplicates(state: WorkspaceState): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const mail of state.mail.sent) {
    const key = `${mail.to}|${mail.subject}`;
    if (seen.has(key)) twice.push(key);
    seen.add(key);
  }
  return twice;
}

/** Types into a cell of the first row of `sheet` whose `match` column holds `value`, as a person would. */
export function setCell(
  state: WorkspaceState,
  name: string,
  where: Record<string, string>,
  header: string,
  value: Cell,
): void {
  const sheet = state.spreadsheet.sheets.find((candidate) => candidate.name === name);
  const [head = [], ...rows] = sheet?.rows ?? [];
  const column = head.indexOf(header);
  const row = rows.find((candidate) =>
    Object.entries(where).every(([h, v]) => candidate[head.indexOf(h)] === v),
  );
  if (!row || column < 0) throw new Error(`${name}: no row ${JSON.stringify(where)} or column ${header}`);
  row[column] = value;
}

/**
 * The daily job's state for this workspace's tracker: the user's properties under the tracker's
 * prefix (a time-driven run has no document properties), keys without the prefix.
 */
export function trackerProps(state: WorkspaceState): Record<string, string> {
  const prefix = `tracker.${state.spreadsheet.id}.`;
  return Object.fromEntries(
    Object.entries(state.properties.user)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}

/** An add-on's one-off trigger comes an hour later at the soonest: just after that. */
export const CONTINUATION_DELAY_MS = 60 * 60 * 1000 + 1_000;
