import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { workspaceLayout } from '../../disk/layout.js';
import { fireDueTriggers } from '../../host/scheduler.js';
import { sampleClients } from '../../samples/clients.js';
import { parseFlags } from '../args.js';
import type { Command } from '../command.js';
import { type CliIo, EXIT } from '../io.js';
import { parsePort, serveSidebar, untilStopped } from '../sidebar-serving.js';
import { initWorkspace, runGlobal, workspaceHost } from '../workspace-host.js';

const SCHEDULER_TICK_MS = 60_000;

interface OnboardOutcome {
  ok: boolean;
  clientId?: string;
  documents?: unknown[];
  message?: string;
}

interface DailyOutcome {
  sent?: number;
  deferred?: number;
  pending?: number;
}

interface StatusOutcome {
  clients: number;
  milestones: { total: number; byStatus: Record<string, number> };
}

/** Sets the workspace up on first run and onboards the sample clients; reruns add nothing. */
async function prepareWorkspace(dir: string, io: CliIo): Promise<void> {
  if (!existsSync(workspaceLayout(dir).meta)) {
    io.out(`Creating a workspace in ${dir} ...`);
    await initWorkspace(dir, { timeZone: 'Asia/Taipei', locale: 'zh_TW' });
  }
  await runGlobal(dir, 'setupTracker', [{}]);
  const today = new Date().toISOString().slice(0, 10);
  for (const client of sampleClients(today)) {
    const outcome = (await runGlobal(dir, 'onboardClient', [client])) as OnboardOutcome;
    if (!outcome.ok) io.err(`  ${String(client.clientName)}: ${outcome.message ?? 'not onboarded'}`);
  }
  await runGlobal(dir, 'installTriggers', []);
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
    await prepareWorkspace(dir, io);
    const daily = (await runGlobal(dir, 'runDailyJob', [])) as DailyOutcome;
    const status = (await runGlobal(dir, 'getStatus', [])) as StatusOutcome;
    const byStatus = status.milestones.byStatus;
    io.out(
      [
        `Launch Desk workspace: ${dir}`,
        `  clients: ${status.clients}; milestones: ${status.milestones.total} (${Object.entries(byStatus)
          .map(([name, count]) => `${name} ${count}`)
          .join(', ')})`,
        `  folders and documents: ${join(dir, 'drive')}`,
        `  tracker: ${join(dir, 'tracker.xlsx')}`,
        `  mail today: ${daily.sent ?? 0} sent, ${daily.deferred ?? 0} deferred -> ${process.env.SMTP_URL ? 'SMTP' : join(dir, 'outbox')}`,
      ].join('\n'),
    );
    const host = workspaceHost(dir);
    const server = await serveSidebar(host, port);
    io.out(`Sidebar: ${server.url}  (Ctrl-C to stop)`);
    const tick = setInterval(() => {
      fireDueTriggers(host).then(
        (fired) => {
          for (const line of fired) io.out(`trigger ${line}`);
        },
        (error: unknown) => io.err(`scheduler: ${(error as Error).message}`),
      );
    }, SCHEDULER_TICK_MS);
    await untilStopped();
    clearInterval(tick);
    await server.close();
    io.out('Stopped.');
    return EXIT.ok;
  },
};
