import { resolve } from 'node:path';
import { parseFlags, requireFlag } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { initWorkspace, runGlobal } from '../workspace-host.js';

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
    const language = (flags.language ?? 'zh-TW') as 'zh-TW' | 'en';
    const timeZone = flags.tz ?? 'Asia/Taipei';
    await initWorkspace(dir, { timeZone, locale: language === 'zh-TW' ? 'zh_TW' : 'en_US' });
    const result = await runGlobal(dir, 'setupTracker', [{ language, timeZone }]);
    if (flags.json) io.out(JSON.stringify(result, null, 2));
    else io.out(`Workspace ready in ${dir}: tracker.xlsx, drive/, outbox/ (${language}, ${timeZone}).`);
    return EXIT.ok;
  },
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch (_) {
    return false;
  }
}
