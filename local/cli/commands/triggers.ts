import { resolve } from 'node:path';
import type { TriggerStatus, TriggersResult } from '../../../src/app/daily/triggers.js';
import { parseFlags, requireFlag } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { runGlobal } from '../workspace-host.js';

const ACTIONS = ['install', 'remove', 'status'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function describe(status: TriggerStatus): string {
  const hour = status.daily.hour === null ? '?' : `${status.daily.hour}:00`;
  return [
    `daily job: ${status.daily.installed ? `installed, every day at ${hour}` : 'not installed'}`,
    `weekly digest: ${status.weekly.installed ? `on ${WEEKDAYS[status.weekly.weekday]}, sent by the daily job` : 'off'}`,
    ...(status.continuation.scheduled ? ['continuation: a one-off run finishes today’s job'] : []),
    `last daily run: ${status.lastDailyRun || 'never'}`,
    ...status.problems.map((problem) => `problem: ${problem.message}`),
  ].join('\n');
}

/** `launch-desk triggers`: installs, removes or shows the daily job's time-driven trigger. */
export const triggersCommand: Command = {
  name: 'triggers',
  usage: 'triggers install|remove|status --dir D [--json]',
  summary: 'install, remove or show the daily reminders trigger',
  async run(args, io) {
    const [action, ...rest] = args;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) {
      throw new CliError(`triggers needs one of ${ACTIONS.join(', ')}, not "${action ?? ''}".`, 1, [
        { field: 'action', message: ACTIONS.join(' | ') },
      ]);
    }
    const flags = parseFlags(rest, { dir: { type: 'string' }, json: { type: 'boolean' } });
    const dir = resolve(requireFlag(flags.dir, 'dir'));
    let status: TriggerStatus;
    let changed: boolean | undefined;
    if (action === 'status') {
      status = ((await runGlobal(dir, 'getStatus', [])) as { triggers: TriggerStatus }).triggers;
    } else {
      const result = (await runGlobal(
        dir,
        action === 'install' ? 'installTriggers' : 'removeTriggers',
        [],
      )) as TriggersResult;
      if (!result.ok) throw new CliError(result.message, 2);
      status = result.status;
      changed = result.changed;
    }
    if (flags.json)
      io.out(JSON.stringify({ ok: true, ...(changed === undefined ? {} : { changed }), ...status }, null, 2));
    else io.out(`${changed === false ? 'Nothing to change.\n' : ''}${describe(status)}`);
    return EXIT.ok;
  },
};
