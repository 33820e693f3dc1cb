import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage } from '../../src/shared/error-message.js';
import type { ExecutionOptions } from '../host/execution.js';
import type { Host } from '../host/host.js';
import { BODY_TIMEOUT_SECONDS, BodyRefused, readLimitedBody } from './request-body.js';
import { RequestGuard } from './request-guard.js';
import { scriptRunShim } from './script-run-shim.js';

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

/** Bytes of the per-run secret: 256 bits, beyond guessing. */
const SECRET_BYTES = 32;

/**
 * How often Node looks for requests past their timeouts (30 s by default, three times the
 * timeout itself): each second keeps the limit near what BODY_TIMEOUT_SECONDS says.
 */
const TIMEOUT_CHECK_MS = 1000;

/** Headers of every answer: never cached, never sniffed as another type. */
const COMMON_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** Headers of the page: no other page may frame it and have the person click in it unknowingly. */
const PAGE_HEADERS = { 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' };

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

/** Answers JSON; a refusal (4xx) also closes the connection, so an unread body is not read on. */
function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  const headers: Record<string, string> = {
    ...COMMON_HEADERS,
    'content-type': 'application/json; charset=utf-8',
  };
  if (status >= 400) headers.connection = 'close';
  response.writeHead(status, headers);
  response.end(JSON.stringify(body));
}

/** The RPC name of a path `/rpc/<name>`; undefined for another path, null when it is not decodable. */
function rpcName(path: string): string | null | undefined {
  const match = /^\/rpc\/([^/]+)$/.exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch (_) {
    return null;
  }
}

/**
 * Serves the same `Sidebar.html` as Apps Script on localhost, with a `google.script.run`
 * stand-in whose calls run the named public global in the vm host, one execution at a time.
 * Only the page it served may call: each run makes a secret that the page sends with every
 * call, and requests naming another Host or coming from another Origin are refused. Bodies are
 * read concurrently and bounded in size and time before a call joins the queue, so a slow or
 * huge request never holds the others (nor the workspace), and no request can stop the server.
 */
export async function startSidebarServer(options: SidebarServerOptions): Promise<SidebarServer> {
  const html = await readFile(options.sidebarPath, 'utf8');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  const page = html.replace('<head>', () => `<head>\n${scriptRunShim(secret)}`);
  const publicGlobals = new Set(options.host.bundle.globals.filter((name) => !name.endsWith('_')));
  const hostname = options.hostname ?? '127.0.0.1';
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs one call after the calls before it: executions of a workspace never overlap. */
  const execute = (name: string, args: unknown[]) => {
    const job = queue.then(() => options.host.run(name, args, options.execution?.() ?? {}));
    queue = job.catch(() => undefined);
    return job;
  };

  const handle = async (guard: RequestGuard, request: IncomingMessage, response: ServerResponse) => {
    const source = guard.checkSource(request.headers);
    if (source) return sendJson(response, source.status, { ok: false, error: source.error });
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && (path === '/' || path === '/sidebar')) {
      response.writeHead(200, {
        ...COMMON_HEADERS,
        ...PAGE_HEADERS,
        'content-type': 'text/html; charset=utf-8',
      });
      response.end(page);
      return;
    }
    const name = rpcName(path ?? '/');
    if (request.method !== 'POST' || name === undefined) {
      return sendJson(response, 404, { ok: false, error: 'Not found' });
    }
    if (name === null) return sendJson(response, 400, { ok: false, error: 'Malformed function name.' });
    const refusal = guard.checkCall(request.headers);
    if (refusal) return sendJson(response, refusal.status, { ok: false, error: refusal.error });
    if (!publicGlobals.has(name)) {
      return sendJson(response, 200, { ok: false, error: `Script function not found: ${name}` });
    }
    let args: unknown;
    try {
      args = JSON.parse(await readLimitedBody(request));
    } catch (error) {
      if (error instanceof BodyRefused)
        return sendJson(response, error.status, { ok: false, error: error.message });
      args = undefined;
    }
    if (!Array.isArray(args)) {
      return sendJson(response, 400, { ok: false, error: 'Invalid arguments: a JSON array is expected.' });
    }
    const result = await execute(name, args);
    if (!result.ok) sendJson(response, 200, { ok: false, error: result.error?.message });
    // A Date (or anything not JSON-like) in a result breaks the real google.script.run: refuse it here too.
    else if (!jsonLike(result.value ?? null)) {
      sendJson(response, 200, {
        ok: false,
        error: `${name} returned a value that is not JSON-like (a Date?)`,
      });
    } else sendJson(response, 200, { ok: true, value: result.value ?? null });
  };

  const server: Server = createServer({
    // A request whose headers or body trickle in is dropped, never kept open for minutes.
    headersTimeout: BODY_TIMEOUT_SECONDS * 1000,
    requestTimeout: BODY_TIMEOUT_SECONDS * 1000,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  });
  // A request Node cannot parse is answered 400 (or the broken connection dropped), never thrown.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const guard = new RequestGuard(secret, hostname, address.port);
  // Attached once the port is known; no connection is served before the listening callback.
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(guard, request, response).catch((error: unknown) =>
      sendJson(response, 500, { ok: false, error: errorMessage(error) }),
    );
  });
  return {
    url: `http://${hostname}:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
