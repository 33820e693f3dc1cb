import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BODY_TIMEOUT_SECONDS, MAX_RPC_BODY_BYTES } from '../../../local/server/request-body.js';
import { callHeaders, pageSecret, rawRequest } from '../../support/sidebar-http.js';
import { serveWorkspace, settingValue } from './served-workspace.js';

const MiB = 1024 * 1024;

/** A raw connection to the server, collecting what it answers. */
function open(url: string): { socket: Socket; answer: () => string; closed: Promise<void> } {
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  let answer = '';
  socket.on('data', (chunk: Buffer) => {
    answer += chunk.toString('latin1');
  });
  socket.on('error', () => undefined);
  const closed = once(socket, 'close').then(() => undefined);
  return { socket, answer: () => answer, closed };
}

/** The status code of a raw HTTP answer, 0 while none came. */
function statusOf(answer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
}

/** The head of a call with the secret and JSON, as the page sends it, plus `extra` header lines. */
function head(url: string, secret: string, extra: string[]): string {
  const lines = Object.entries(callHeaders(secret)).map(([name, value]) => `${name}: ${value}`);
  return [`POST /rpc/updateSetting HTTP/1.1`, `Host: ${new URL(url).host}`, ...lines, ...extra, '', ''].join(
    '\r\n',
  );
}

/**
 * Sends a body of up to `capBytes` in 1 MiB chunks (one buffer, reused, honouring back-pressure)
 * until the server answers; returns the status, the bytes sent and the server's memory growth.
 */
async function upload(url: string, secret: string, declared: string[], chunked: boolean, capBytes: number) {
  const { socket, answer } = open(url);
  await once(socket, 'connect');
  const rssBefore = process.memoryUsage().rss;
  const chunk = Buffer.alloc(MiB, 'a');
  socket.write(head(url, secret, declared));
  let sent = 0;
  const answered = new Promise<void>((resolve) => socket.on('data', () => resolve()));
  const gone = once(socket, 'close').then(() => undefined);
  let done = false;
  void Promise.race([answered, gone]).then(() => {
    done = true;
  });
  while (!done && sent < capBytes && socket.writable) {
    const framed = chunked
      ? [Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]
      : [chunk];
    let flushed = true;
    for (const part of framed) flushed = socket.write(part) && flushed;
    sent += chunk.length;
    if (!flushed) await Promise.race([once(socket, 'drain'), answered, gone]);
  }
  const deadline = new Promise((resolve) => setTimeout(resolve, 3_000));
  await Promise.race([answered, gone, deadline]);
  const rssGrowth = process.memoryUsage().rss - rssBefore;
  socket.destroy();
  return { status: statusOf(answer()), sent, rssGrowth };
}

describe('the sidebar server under malformed, slow and huge requests', () => {
  it('answers an undecodable function name with 400 and goes on serving', async () => {
    const { server } = await serveWorkspace();
    const secret = await pageSecret(server.url);
    const malformed = await rawRequest(server.url, {
      method: 'POST',
      path: '/rpc/%E0%A4%A',
      headers: callHeaders(secret),
      body: '[]',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false });
    // A request line Node cannot parse is answered 400 too, and the server lives on.
    const { socket, answer, closed } = open(server.url);
    socket.write('POST /rpc/x HTTP/1.1\r\nHost: \x00\x01\r\nContent-Length: -4\r\n\r\n');
    await closed;
    expect(statusOf(answer())).toBe(400);
    const status = await rawRequest(server.url, {
      method: 'POST',
      path: '/rpc/getStatus',
      headers: callHeaders(secret),
      body: '[]',
    });
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { clients: 0 } });
  });

  it('serves other calls while one connection stalls in its body, then drops the stalled one with 408', async () => {
    const { host, server } = await serveWorkspace();
    const secret = await pageSecret(server.url);
    const stalled = open(server.url);
    await once(stalled.socket, 'connect');
    // 1 byte of a 10-byte body, then nothing.
    stalled.socket.write(`${head(server.url, secret, ['Content-Length: 10'])}[`);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const started = Date.now();
    const other = await rawRequest(server.url, {
      method: 'POST',
      path: '/rpc/updateSetting',
      headers: callHeaders(secret),
      body: JSON.stringify(['dailyMailBudget', '42']),
    });
    // The other call ran in full, the workspace lock taken and released, while the body stalled.
    expect(other.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(BODY_TIMEOUT_SECONDS * 1000);
    expect(await settingValue(host, 'dailyMailBudget')).toBe('42');

    await stalled.closed;
    expect(statusOf(stalled.answer())).toBe(408);
    expect(Date.now() - started).toBeLessThan((BODY_TIMEOUT_SECONDS + 5) * 1000);
  });

  it('refuses a 400 MB body with 413 at once, without reading it into memory', async () => {
    const { server } = await serveWorkspace();
    const secret = await pageSecret(server.url);
    const declared = await upload(server.url, secret, [`Content-Length: ${400 * MiB}`], false, 64 * MiB);
    expect(declared.status).toBe(413);
    expect(declared.sent).toBeLessThan(16 * MiB);
    expect(declared.rssGrowth).toBeLessThan(32 * MiB);
    // Without a length (chunked), the server stops reading at its limit.
    const streamed = await upload(server.url, secret, ['Transfer-Encoding: chunked'], true, 64 * MiB);
    expect(streamed.status).toBe(413);
    expect(streamed.sent).toBeLessThan(MAX_RPC_BODY_BYTES + 16 * MiB);
    expect(streamed.rssGrowth).toBeLessThan(32 * MiB);
    const after = await rawRequest(server.url, {
      method: 'POST',
      path: '/rpc/getStatus',
      headers: callHeaders(secret),
      body: '[]',
    });
    expect(after.status).toBe(200);
  });
});
