import { resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { errorMessage } from '../../src/shared/error-message.js';
import { CliError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's flags strictly: an unknown flag is invalid input (exit 1) naming the flag. */
export function parseFlags<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliError(errorMessage(error), 1, [{ field: 'arguments', message: errorMessage(error) }]);
  }
}

/** A required string flag, or invalid input naming it. */
export function requireFlag(value: unknown, flag: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new CliError(`--${flag} is required.`, 1, [{ field: flag, message: 'required' }]);
  }
  return value;
}

/** A `--today YYYY-MM-DD` flag, checked to be a real day, or undefined. */
export function dayFlag(value: unknown, flag = 'today'): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw new CliError(`--${flag} must be a real day as YYYY-MM-DD, not "${text}".`, 1, [
      { field: flag, message: 'YYYY-MM-DD' },
    ]);
  }
  return text;
}

/**
 * The flags of a command that runs once on a workspace, on today or on a given day:
 * `--dir D [--today YYYY-MM-DD] [--json]`.
 */
export function dayRunFlags(args: string[]): { dir: string; today: string | undefined; json: boolean } {
  const flags = parseFlags(args, {
    dir: { type: 'string' },
    today: { type: 'string' },
    json: { type: 'boolean' },
  });
  return {
    dir: resolve(requireFlag(flags.dir, 'dir')),
    today: dayFlag(flags.today),
    json: flags.json === true,
  };
}
