import { errorMessage } from '../../src/shared/error-message.js';
import type { Command } from './command.js';
import { dailyCommand } from './commands/daily.js';
import { diagnosticsCommand } from './commands/diagnostics.js';
import { initCommand } from './commands/init.js';
import { mailCommand } from './commands/mail.js';
import { onboardCommand } from './commands/onboard.js';
import { planCommand } from './commands/plan.js';
import { refreshCommand } from './commands/refresh.js';
import { serveCommand } from './commands/serve.js';
import { startCommand } from './commands/start.js';
import { statusCommand } from './commands/status.js';
import { triggersCommand } from './commands/triggers.js';
import { CliError, type CliIo, EXIT, processIo } from './io.js';

const COMMANDS: Command[] = [
  initCommand,
  statusCommand,
  planCommand,
  refreshCommand,
  onboardCommand,
  startCommand,
  serveCommand,
  diagnosticsCommand,
  dailyCommand,
  triggersCommand,
  mailCommand,
];

function usage(): string {
  const lines = COMMANDS.map((command) => `  ${command.usage.padEnd(58)} ${command.summary}`);
  return ['Usage: launch-desk <command> [options]', '', 'Commands:', ...lines].join('\n');
}

/** Whether the arguments ask for JSON output, so errors come as JSON too. */
function wantsJson(args: string[]): boolean {
  return args.includes('--json');
}

/**
 * Runs the CLI and returns its exit code: 0 ok, 1 invalid input (the message names the
 * fields), 2 anything else.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? EXIT.ok : EXIT.invalid;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    const names = COMMANDS.map((candidate) => candidate.name).join(', ');
    io.err(`Unknown command "${name}". The commands are ${names}; \`launch-desk help\` shows their options.`);
    return EXIT.invalid;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : EXIT.failed;
    const message = errorMessage(error);
    if (wantsJson(args)) {
      const details = error instanceof CliError ? error.details : undefined;
      io.out(JSON.stringify({ ok: false, error: message, ...(details ? { errors: details } : {}) }, null, 2));
    } else {
      io.err(`launch-desk ${name}: ${message}`);
    }
    return exitCode;
  }
}
