import type { DailyResult } from '../../../src/app/daily/job.js';
import { workspaceLayout } from '../../disk/layout.js';
import { mailReportLines, readMailReport } from '../../disk/mail-report.js';
import { instantOfDay } from '../../host/clock.js';
import type { ExecutionOptions } from '../../host/execution.js';
import type { WorkspaceState } from '../../host/state.js';
import { dayRunFlags } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { workspaceHost } from '../workspace-host.js';

/** The hour the daily trigger fires at in this workspace (9 when none is installed). */
function triggerHour(state: WorkspaceState): number {
  for (const trigger of state.triggers) {
    if (trigger.handler === 'runDailyJob' && trigger.schedule.kind === 'daily') return trigger.schedule.hour;
  }
  return 9;
}

/** `launch-desk daily`: the daily job once, on today or on a given day (the clock is set to it). */
export const dailyCommand: Command = {
  name: 'daily',
  usage: 'daily --dir D [--today YYYY-MM-DD] [--json]',
  summary: 'run the daily job: statuses, reminders and digests, each mail once',
  async run(args, io) {
    const flags = dayRunFlags(args);
    const { dir, today } = flags;
    const options: ExecutionOptions = {};
    // The day is a day in the spreadsheet's zone, known once the workspace is loaded.
    const result = await workspaceHost(dir).run('runDailyJob', [], options, (state) => {
      if (today) options.now = instantOfDay(today, state.spreadsheet.timeZone, triggerHour(state));
    });
    if (!result.ok) throw new CliError(result.error?.message ?? 'runDailyJob failed', 2);
    const outcome = result.value as DailyResult;
    if (!outcome.ok) throw new CliError(outcome.message ?? 'the daily job failed', 2);
    if (flags.json) {
      io.out(JSON.stringify(outcome, null, 2));
      return EXIT.ok;
    }
    if (outcome.busy) {
      io.out('Another run of the daily job holds the lock; nothing done.');
      return EXIT.ok;
    }
    const mail = await readMailReport(workspaceLayout(dir));
    io.out(
      [
        `${outcome.today}${outcome.dryRun ? ' (dry run: nothing sent, see the Log sheet)' : ''}: ` +
          `${outcome.sent} reminders sent, ${outcome.deferred} deferred, ${outcome.skipped} skipped, ` +
          `${outcome.failed} failed, ${outcome.pending} to check.`,
        `Digest: ${outcome.digest}; weekly digest: ${outcome.weekly}.` +
          (outcome.continued ? ' Out of time: a one-off trigger continues.' : ''),
        ...mailReportLines(mail),
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
