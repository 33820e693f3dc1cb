import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../support/bundle-host.js';

const CLI = join(ROOT, 'bin', 'launch-desk.mjs');

/** How a spawned CLI ended and what it printed. */
export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/**
 * Runs the built `launch-desk` in a child process, as a person's shell does. `closeStdout`
 * closes the reading end of its standard output at once, as `| head -c 0` would: every write
 * the CLI makes fails with EPIPE. `timeoutMs` kills a run that hangs (signal SIGKILL).
 */
export function spawnCli(
  args: string[],
  options: { stdin?: string; closeStdout?: boolean; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<Spawned> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, SMTP_URL: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdin.end(options.stdin ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err });
    });
  });
}
