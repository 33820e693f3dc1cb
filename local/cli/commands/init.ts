import { resolve } from 'node:path';
import type { SetupResult } from '../../../src/app/setup.js';
import type { Language } from '../../../src/shared/i18n.js';
import { parseFlags, requireFlag } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { existingTimeZone, initWorkspace, runGlobal } from '../workspace-host.js';

const LANGUAGES = ['zh-TW', 'en'];

/** `launch-desk init`: makes a workspace folder and sets its tracker up. */
export const initCommand: Command = {
  name: 'init',
  usage: 'init --dir D [--tz ZONE] [--language zh-TW|en] [--json]',
  summary: 'create a workspace (tracker.xlsx, drive/, outbox/) and set the tracker up',
  async run(args, io) {
    const flags = parseFlags(args, {
      dir: { type: 'string' },
      tz: { type: 'string' },
      language: { type: 'string' },
      json: { type: 'boolean' },
    });
    const dir = resolve(requireFlag(flags.dir, 'dir'));
    const errors = [];
    if (flags.language !== undefined && !LANGUAGES.includes(flags.language)) {
      errors.push({ field: 'language', message: `must be zh-TW or en, not "${flags.language}"` });
    }
    if (flags.tz !== undefined && !isTimeZone(flags.tz)) {
      errors.push({ field: 'tz', message: `"${flags.tz}" is not an IANA time zone (e.g. Asia/Taipei)` });
    }
    if (errors.length)
      throw new CliError(errors.map((e) => `--${e.field} ${e.message}`).join('; '), 1, errors);
    const current = await existingTimeZone(dir);
    if (current !== undefined && flags.tz !== undefined && flags.tz !== current) {
      throw new CliError(zoneKept(dir, flags.tz, current), 2, [{ field: 'tz', message: `is ${current}` }]);
    }
    const language = flags.language as Language | undefined;
    // A new workspace takes the defaults; an existing one keeps its zone (and, without
    // --language, the language it has).
    const timeZone = flags.tz ?? current ?? 'Asia/Taipei';
    if (current === undefined) {
      await initWorkspace(dir, { timeZone, locale: (language ?? 'zh-TW') === 'zh-TW' ? 'zh_TW' : 'en_US' });
    }
    const result = (await runGlobal(dir, 'setupTracker', [{ language, timeZone }])) as SetupResult;
    if (flags.json) io.out(JSON.stringify(result, null, 2));
    else {
      io.out(
        `Workspace ready in ${dir}: tracker.xlsx, drive/, outbox/ (${result.language}, ${result.timeZone}).`,
      );
    }
    return EXIT.ok;
  },
};

/**
 * Why init refuses another zone for an existing workspace: its due dates are days in its zone and
 * the daily job's hour is an hour there; a new zone would move neither, so the tracker would
 * quietly say other days than the mails. A new workspace is the honest way to another zone.
 */
function zoneKept(dir: string, asked: string, current: string): string {
  return (
    `--tz ${asked}: ${dir} is already a workspace in the time zone ${current}, and init does not ` +
    `change an existing workspace's zone (its due dates are days in ${current}). Nothing was ` +
    `changed. Leave out --tz to keep ${current}, or init a new folder with --tz ${asked}.`
  );
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch (_) {
    return false;
  }
}
