import { resolve } from 'node:path';
import type { DiagnosticsReport } from '../../../src/shared/diagnostics.js';
import { parseFlags, requireFlag } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';
import { runGlobal } from '../workspace-host.js';

const MARK = { pass: 'ok  ', warn: 'warn', fail: 'FAIL' } as const;

/** `launch-desk diagnostics`: the same checks as Help → Run diagnostics, in a workspace. */
export const diagnosticsCommand: Command = {
  name: 'diagnostics',
  usage: 'diagnostics --dir D [--json]',
  summary: 'check the host against what Apps Script is documented to do (exit 2 on a failed check)',
  async run(args, io) {
    const flags = parseFlags(args, { dir: { type: 'string' }, json: { type: 'boolean' } });
    const dir = resolve(requireFlag(flags.dir, 'dir'));
    const report = (await runGlobal(dir, 'runDiagnostics', [])) as DiagnosticsReport;
    if (flags.json) io.out(JSON.stringify(report, null, 2));
    else {
      for (const check of report.checks) {
        io.out(
          `${MARK[check.status]}  ${check.id}: ${check.message}${check.fix ? `\n        → ${check.fix}` : ''}`,
        );
      }
      const { pass, warn, fail } = report.counts;
      io.out(`${pass} passed, ${warn} warnings, ${fail} failed.`);
    }
    return report.ok ? EXIT.ok : EXIT.failed;
  },
};
