import { resolve } from 'node:path';
import { workspaceLayout } from '../../disk/layout.js';
import { setMailDestination, smtpUrlProblem } from '../../disk/mail-destination.js';
import { mailReportLines, readMailReport } from '../../disk/mail-report.js';
import { parseFlags, requireFlag } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';

/**
 * `launch-desk mail`: where the workspace's mail goes (kept in the workspace, so every command
 * delivers the same way), and what became of the recent mail.
 */
export const mailCommand: Command = {
  name: 'mail',
  usage: 'mail --dir D [--smtp URL | --outbox] [--json]',
  summary: 'show or set where mail goes (an SMTP server or outbox/*.eml) and what became of it',
  async run(args, io) {
    const flags = parseFlags(args, {
      dir: { type: 'string' },
      smtp: { type: 'string' },
      outbox: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const layout = workspaceLayout(resolve(requireFlag(flags.dir, 'dir')));
    if (flags.smtp !== undefined && flags.outbox) {
      throw new CliError('Give --smtp URL or --outbox, not both.', 1, [
        { field: 'smtp', message: 'not with --outbox' },
      ]);
    }
    const problem = flags.smtp === undefined ? '' : smtpUrlProblem(flags.smtp);
    if (problem) throw new CliError(`--smtp ${problem}`, 1, [{ field: 'smtp', message: problem }]);
    if (flags.smtp !== undefined || flags.outbox) await setMailDestination(layout, flags.smtp);
    const report = await readMailReport(layout);
    if (flags.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of mailReportLines(report)) io.out(line);
    return EXIT.ok;
  },
};
