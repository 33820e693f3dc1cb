import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errorMessage } from '../../../src/shared/error-message.js';
import { toJsonText, writeFileAtomic } from '../../disk/atomic-write.js';
import { workspaceLayout } from '../../disk/layout.js';
import { type MailReport, mailReportLines, readMailReport } from '../../disk/mail-report.js';
import { fireDueTriggers } from '../../host/scheduler.js';
import { sampleClients } from '../../samples/clients.js';
import { parseFlags } from '../args.js';
import type { Command } from '../command.js';
import { type CliIo, EXIT } from '../io.js';
import { parsePort, serveSidebar, untilStopped } from '../sidebar-serving.js';
import { initWorkspace, runGlobal, workspaceHost } from '../workspace-host.js';

/** The local scheduler looks for due triggers this often (Apps Script fires inside the hour). */
const SCHEDULER_TICK_MS = 60_000;
/**
 * In `state/` from the moment start makes a workspace until its sample clients are in. Samples
 * belong only to a workspace start made itself: one made by `init` (or used by `onboard`) holds
 * real clients and must never get made-up ones, nor mail them. The mark outlives a stop half-way,
 * so the next start finishes the samples (onboarding resumes, never doubles).
 */
const SAMPLES_PENDING = 'samples-pending.json';

interface OnboardOutcome {
  ok: boolean;
  clientId?: string;
  documents?: unknown[];
  message?: string;
  problems?: Array<{ field: string; message: string }>;
}

interface PlanOutcome {
  ok: boolean;
  checks?: Array<{ severity: string; message: string; suggestion?: { field: string; value: string } }>;
}

interface DailyOutcome {
  ok?: boolean;
  sent?: number;
  deferred?: number;
  digest?: string;
  message?: string;
}

interface StatusOutcome {
  timeZone: string;
  clients: number;
  milestones: { total: number; byStatus: Record<string, number> };
}

/** Today in a time zone, `YYYY-MM-DD`. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/**
 * Onboards the three sample clients (zh-TW and English, three tiers, one launching too soon) and
 * prints what the timeline checks say of each.
 */
async function onboardSamples(dir: string, timeZone: string, io: CliIo): Promise<number> {
  let documents = 0;
  for (const client of sampleClients(todayIn(timeZone))) {
    const name = `${String(client.clientName)} — ${String(client.projectName)}`;
    const plan = (await runGlobal(dir, 'planClient', [client])) as PlanOutcome;
    const outcome = (await runGlobal(dir, 'onboardClient', [client])) as OnboardOutcome;
    if (!outcome.ok) {
      const why = outcome.message ?? outcome.problems?.map((p) => `${p.field}: ${p.message}`).join('; ');
      io.err(`  ${name}: not onboarded (${why})`);
      continue;
    }
    documents += outcome.documents?.length ?? 0;
    io.out(`  onboarded ${outcome.clientId}: ${name}`);
    for (const check of plan.checks ?? []) {
      if (check.severity === 'info') continue;
      const hint = check.suggestion
        ? ` (suggested ${check.suggestion.field} = ${check.suggestion.value})`
        : '';
      io.out(`    ${check.severity}: ${check.message}${hint}`);
    }
  }
  return documents;
}

/** Sets the workspace up (one start makes: with the sample clients), installs the reminders. */
async function prepareWorkspace(dir: string, io: CliIo): Promise<void> {
  const layout = workspaceLayout(dir);
  const samplesPending = join(layout.stateDir, SAMPLES_PENDING);
  if (!existsSync(layout.meta)) {
    io.out(`Creating a workspace in ${dir} ...`);
    await initWorkspace(dir, { timeZone: 'Asia/Taipei', locale: 'zh_TW' });
    await writeFileAtomic(samplesPending, toJsonText({ createdAt: new Date().toISOString() }));
  }
  await runGlobal(dir, 'setupTracker', [{}]);
  if (existsSync(samplesPending)) {
    const { timeZone } = (await runGlobal(dir, 'getStatus', [])) as StatusOutcome;
    io.out('Onboarding three sample clients:');
    const documents = await onboardSamples(dir, timeZone, io);
    io.out(`  ${documents} documents made, one folder per client in ${join(dir, 'drive')}`);
    await rm(samplesPending, { force: true });
  }
  const install = (await runGlobal(dir, 'installTriggers', [])) as { ok: boolean; message?: string };
  if (!install.ok) io.err(`Reminders not installed: ${install.message}`);
}

/** What the workspace holds now, in a few lines. */
function summary(dir: string, status: StatusOutcome, daily: DailyOutcome, mail: MailReport): string {
  const count = (code: string) => status.milestones.byStatus[code] ?? 0;
  const mailTo = mail.destination;
  return [
    `Launch Desk workspace: ${dir}`,
    `  clients: ${status.clients}; milestones: ${status.milestones.total} ` +
      `(due soon ${count('due-soon')}, overdue ${count('overdue')}, done ${count('done')})`,
    `  tracker: ${join(dir, 'tracker.xlsx')} (opens in LibreOffice or Excel; edits are read back)`,
    `  folders and documents: ${join(dir, 'drive')}`,
    daily.ok === false
      ? `  daily job failed: ${daily.message}`
      : `  mail today: ${daily.sent ?? 0} reminders sent, ${daily.deferred ?? 0} deferred, ` +
        `CSM digest ${daily.digest ?? 'not due'} -> ${mailTo}`,
    ...(mail.problems.length || mail.uncertainFiles.length ? mailReportLines(mail) : []),
  ].join('\n');
}

/** `launch-desk start`: what `npm start` runs — the whole add-on on this machine. */
export const startCommand: Command = {
  name: 'start',
  usage: 'start [--dir D] [--port N]',
  summary: 'set up a workspace with sample clients, run the daily job, serve the sidebar',
  async run(args, io) {
    const flags = parseFlags(args, { dir: { type: 'string' }, port: { type: 'string' } });
    const dir = resolve(flags.dir ?? process.env.LAUNCH_DESK_DIR ?? 'workspace');
    const port = parsePort(flags.port ?? process.env.PORT);
    // Listen for Ctrl-C from the start: a stop asked for while the workspace is prepared is
    // honoured once the current run has flushed, never by killing a run half-way.
    const stopped = untilStopped();
    await prepareWorkspace(dir, io);
    const daily = (await runGlobal(dir, 'runDailyJob', [])) as DailyOutcome;
    const status = (await runGlobal(dir, 'getStatus', [])) as StatusOutcome;
    io.out(summary(dir, status, daily, await readMailReport(workspaceLayout(dir))));
    const host = workspaceHost(dir);
    const server = await serveSidebar(host, port);
    io.out(`Sidebar: ${server.url}  (Ctrl-C to stop)`);
    // One tick at a time: a slow run (a big tracker) must not overlap the next tick's.
    let ticking = false;
    const tick = setInterval(() => {
      if (ticking) return;
      ticking = true;
      fireDueTriggers(host)
        .then(
          (fired) => {
            for (const line of fired) io.out(`trigger ${line}`);
          },
          (error: unknown) => io.err(`scheduler: ${errorMessage(error)}`),
        )
        .finally(() => {
          ticking = false;
        });
    }, SCHEDULER_TICK_MS);
    await stopped;
    clearInterval(tick);
    await server.close();
    io.out('Stopped.');
    return EXIT.ok;
  },
};
