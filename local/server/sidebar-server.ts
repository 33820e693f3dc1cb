import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExecutionOptions } from '../host/execution.js';
import type { Host } from '../host/host.js';
import { SCRIPT_RUN_SHIM } from './script-run-shim.js';

/** How to serve the sidebar. */
export interface SidebarServerOptions {
  host: Host;
  /** The built Sidebar.html. */
  sidebarPath: string;
  port?: number;
  /** Loopback only: the local host is for the person at this machine. */
  hostname?: string;
  /** Options for each execution (a fixed clock in tests). */
  execution?: () => ExecutionOptions;
}

/** A running sidebar server. */
export interface SidebarServer {
  url: string;
  close(): Promise<void>;
}

/** Whether a value may cross google.script.run: null, finite numbers, strings, booleans, plain arrays and objects. */
function jsonLike(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonLike);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((item) => item === undefined || jsonLike(item));
  }
  return false;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the same `Sidebar.html` as Apps Script on localhost, with a `google.script.run`
 * stand-in whose calls run the named public global in the vm host, one execution at a time.
 */
export async function startSidebarServer(options: SidebarServerOptions): Promise<SidebarServer> {
  const html = await readFile(options.sidebarPath, 'utf8');
  const page = html.replace('<head>', () => `<head>\n${SCRIPT_RUN_SHIM}`);
  const publicGlobals = new Set(options.host.bundle.globals.filter((name) => !name.endsWith('_')));
  let queue: Promise<unknown> = Promise.resolve();

  const server: Server = createServer((request, response) => {
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/sidebar')) {
      send(200, 'text/html; charset=utf-8', page);
      return;
    }
    const rpc = /^\/rpc\/([^/]+)$/.exec(url.pathname);
    if (request.method !== 'POST' || !rpc) {
      send(404, 'text/plain', 'Not found');
      return;
    }
    const name = decodeURIComponent(rpc[1] ?? '');
    const reply = (body: unknown) => send(200, 'application/json; charset=utf-8', JSON.stringify(body));
    if (!publicGlobals.has(name)) {
      reply({ ok: false, error: `Script function not found: ${name}` });
      return;
    }
    const job = queue.then(async () => {
      let args: unknown;
      try {
        args = JSON.parse(await readBody(request));
      } catch (_) {
        args = undefined;
      }
      if (!Array.isArray(args)) {
        reply({ ok: false, error: 'Invalid arguments: a JSON array is expected.' });
        return;
      }
      const result = await options.host.run(name, args, options.execution?.() ?? {});
      if (!result.ok) reply({ ok: false, error: result.error?.message });
      // A Date (or anything not JSON-like) in a result breaks the real google.script.run: refuse it here too.
      else if (!jsonLike(result.value ?? null))
        reply({ ok: false, error: `${name} returned a value that is not JSON-like (a Date?)` });
      else reply({ ok: true, value: result.value ?? null });
    });
    queue = job.catch((error: unknown) =>
      reply({ ok: false, error: String((error as Error).message ?? error) }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.hostname ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.hostname ?? '127.0.0.1'}:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
