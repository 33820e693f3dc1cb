import { resolve } from 'node:path';
import { workspaceLayout } from '../../disk/layout.js';
import { mailReportLines, readMailReport } from '../../disk/mail-report.js';
import { parseFlags, requireFlag } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';
import { runGlobal } from '../workspace-host.js';

interface Status {
  timeZone: string;
  clients: number;
  clientsByStatus?: Record<string, number>;
  milestones: { total: number; byStatus: Record<string, number> };
  problems?: Array<{ field: string; message: string }>;
}

/** `launch-desk status`: clients and milestones by status. */
export const statusCommand: Command = {
  name: 'status',
  usage: 'status --dir D [--json]',
  summary: 'show clients, milestone counts by status, and what became of the recent mail',
  async run(args, io) {
    const flags = parseFlags(args, { dir: { type: 'string' }, json: { type: 'boolean' } });
    const dir = resolve(requireFlag(flags.dir, 'dir'));
    const status = (await runGlobal(dir, 'getStatus', [])) as Status;
    // Read after the run: its flush was the latest delivery attempt.
    const mail = await readMailReport(workspaceLayout(dir));
    if (flags.json) {
      io.out(JSON.stringify({ ...status, mail }, null, 2));
      return EXIT.ok;
    }
    const list = (counts: Record<string, number> = {}) =>
      Object.entries(counts)
        .map(([name, count]) => `${name} ${count}`)
        .join(', ');
    const clients = list(status.clientsByStatus);
    const milestones = list(status.milestones.byStatus);
    io.out(
      `${status.clients} clients${clients ? ` (${clients})` : ''}; ` +
        `${status.milestones.total} milestones${milestones ? ` (${milestones})` : ''}.`,
    );
    for (const problem of status.problems ?? []) io.out(`problem: ${problem.message}`);
    for (const line of mailReportLines(mail)) io.out(line);
    return EXIT.ok;
  },
};
