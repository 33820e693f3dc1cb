import { resolve } from 'node:path';
import type { OnboardResult } from '../../../src/shared/rpc.js';
import { workspaceLayout } from '../../disk/layout.js';
import { mailReportLines, readMailReport } from '../../disk/mail-report.js';
import { dayFlag, parseFlags, requireFlag } from '../args.js';
import { readClientFile } from '../client-file.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { runGlobal } from '../workspace-host.js';

/**
 * `launch-desk onboard`: the client's row, Drive folder (a folder in `drive/`), documents
 * (`.docx`) and milestones. Safe to run again: a stopped onboarding resumes, a complete one is
 * left as it is.
 */
export const onboardCommand: Command = {
  name: 'onboard',
  usage: 'onboard --dir D --client FILE|- [--today YYYY-MM-DD] [--json]',
  summary: 'onboard a client: tracker rows, Drive folder and filled documents',
  async run(args, io) {
    const flags = parseFlags(args, {
      dir: { type: 'string' },
      client: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
    });
    const dir = resolve(requireFlag(flags.dir, 'dir'));
    const input = await readClientFile(requireFlag(flags.client, 'client'), io);
    const today = dayFlag(flags.today);
    const result = (await runGlobal(dir, 'onboardClient', [input, today])) as OnboardResult;
    if (!result.ok && 'problems' in result) {
      const problems = result.problems;
      throw new CliError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), 1, problems);
    }
    if (!result.ok) throw new CliError(result.message, 2);
    // The client exists: mail that waits for the server is said, not turned into a failure.
    const mail = await readMailReport(workspaceLayout(dir));
    if (flags.json) {
      io.out(JSON.stringify({ ...result, mail }, null, 2));
      return EXIT.ok;
    }
    io.out(`${result.clientId}: ${result.documents.length} documents, ${result.milestones} milestones.`);
    io.out(`  folder ${result.folderUrl}`);
    for (const document of result.documents) io.out(`  ${document.name}`);
    if (mail.problems.length || mail.uncertainFiles.length)
      for (const line of mailReportLines(mail)) io.out(line);
    return EXIT.ok;
  },
};
