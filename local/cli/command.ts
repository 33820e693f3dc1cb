import type { CliIo } from './io.js';

/** One `launch-desk` command. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Runs the command; returns the exit code (errors are thrown as CliError). */
  run(args: string[], io: CliIo): Promise<number>;
}
