import { dayRunFlags } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { runGlobal } from '../workspace-host.js';

interface RefreshOutcome {
  ok: boolean;
  message?: string;
  clients?: number;
  problems?: Array<{ clientId: string; field: string; message: string }>;
}

/**
 * `launch-desk refresh`: re-plans every client's milestones from the Clients and Playbook sheets,
 * after a person moved dates in tracker.xlsx or edited the playbook (menu: Re-plan milestones).
 */
export const refreshCommand: Command = {
  name: 'refresh',
  usage: 'refresh --dir D [--today YYYY-MM-DD] [--json]',
  summary: "re-plan milestones from the sheets' dates and playbook, keeping notes and Done ticks",
  async run(args, io) {
    const flags = dayRunFlags(args);
    const { dir, today } = flags;
    const result = (await runGlobal(dir, 'refreshMilestones', today ? [today] : [])) as RefreshOutcome;
    if (!result.ok) throw new CliError(result.message ?? 'refresh failed', 2);
    if (flags.json) io.out(JSON.stringify(result, null, 2));
    else {
      io.out(`Re-planned the milestones of ${result.clients ?? 0} client(s).`);
      for (const problem of result.problems ?? [])
        io.out(`  ${problem.clientId} ${problem.field}: ${problem.message}`);
    }
    return EXIT.ok;
  },
};
