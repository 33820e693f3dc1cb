import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../../src/shared/error-message.js';
import type { Host } from '../host/host.js';
import { type SidebarServer, startSidebarServer } from '../server/sidebar-server.js';
import { CliError } from './io.js';

/** The built Sidebar.html next to the CLI (dist/local/cli.mjs → dist/Sidebar.html). */
function sidebarPath(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [join(here, '..', 'Sidebar.html'), join(here, '..', '..', 'dist', 'Sidebar.html')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new CliError('dist/Sidebar.html is missing: run `npm run build` first.', 2);
  return found;
}

/** A `--port` flag (or PORT): a port number, 8080 when absent. */
export function parsePort(text: string | undefined): number {
  const port = Number(text ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(`PORT / --port must be a port number, not "${text}".`, 1, [
      { field: 'port', message: 'a number 0-65535' },
    ]);
  }
  return port;
}

/** Serves the sidebar for a host on localhost, saying plainly when the port is taken. */
export async function serveSidebar(host: Host, port: number): Promise<SidebarServer> {
  try {
    return await startSidebarServer({ host, sidebarPath: sidebarPath(), port });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const hint = code === 'EADDRINUSE' ? ` Port ${port} is in use: set PORT or --port to another port.` : '';
    throw new CliError(`cannot serve the sidebar: ${errorMessage(error)}.${hint}`, 2);
  }
}

/** Waits for Ctrl-C (SIGINT) or SIGTERM. */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
