import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECRET_HEADER } from '../../../local/server/request-guard.js';
import { callHeaders, fileDigest, pageSecret, rawRequest } from '../../support/sidebar-http.js';
import { serveWorkspace, settingValue } from './served-workspace.js';

const BODY = JSON.stringify(['dailyMailBudget', '42']);

describe('the sidebar server serves only the page it served', () => {
  it('refuses writes from other origins, foreign Host names, calls without the secret and bodies that are not JSON', async () => {
    const { dir, host, server } = await serveWorkspace();
    const port = new URL(server.url).port;
    const secret = await pageSecret(server.url);
    const tracker = join(dir, 'tracker.xlsx');
    const before = fileDigest(tracker);
    const budget = await settingValue(host, 'dailyMailBudget');
    const post = (headers: Record<string, string>, body = BODY) =>
      rawRequest(server.url, { method: 'POST', path: '/rpc/updateSetting', headers, body });

    const refused = [
      // What a page on another port sent: a no-cors text/plain POST (a form is the same to the server).
      await post({ 'content-type': 'text/plain;charset=UTF-8', origin: 'http://127.0.0.1:9999' }),
      await post({ 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' }),
      // The secret does not help another origin, nor a DNS-rebound name.
      await post({ ...callHeaders(secret), origin: `http://127.0.0.1:${Number(port) + 1}` }),
      await post({ ...callHeaders(secret), origin: 'null' }),
      await post({ ...callHeaders(secret), host: `attacker.example:${port}` }),
      await post({ ...callHeaders(secret), host: 'attacker.example' }),
      // From the right place but without the secret, with a wrong one, or not JSON.
      await post({ 'content-type': 'application/json' }),
      await post({ 'content-type': 'application/json', [SECRET_HEADER]: `${secret.slice(0, -1)}x` }),
      await post({ 'content-type': 'application/json', [SECRET_HEADER]: '' }),
      await post({ [SECRET_HEADER]: secret, 'content-type': 'text/plain' }),
    ];
    expect(refused.map((answer) => answer.status)).toEqual([
      403, 403, 403, 403, 403, 403, 403, 403, 403, 415,
    ]);
    for (const answer of refused)
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: expect.any(String) });
    expect(fileDigest(tracker)).toBe(before);
    expect(await settingValue(host, 'dailyMailBudget')).toBe(budget);

    // A rebound name cannot even read the page, so it never learns the secret.
    const rebound = await rawRequest(server.url, { headers: { host: `attacker.example:${port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain(secret);

    // The page's own calls, under each loopback name of this server, are served.
    const own = await post({
      ...callHeaders(secret),
      origin: `http://localhost:${port}`,
      host: `localhost:${port}`,
    });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ ok: true, value: { ok: true } });
    expect(await settingValue(host, 'dailyMailBudget')).toBe('42');
    const again = await post(
      { ...callHeaders(secret), origin: server.url.slice(0, -1) },
      JSON.stringify(['dailyMailBudget', '43']),
    );
    expect(again.status).toBe(200);
    expect(await settingValue(host, 'dailyMailBudget')).toBe('43');
  });

  it('makes a new secret on every start, and the page cannot be framed by another page', async () => {
    const first = await serveWorkspace();
    const second = await serveWorkspace();
    expect(await pageSecret(first.server.url)).not.toBe(await pageSecret(second.server.url));
    const page = await rawRequest(first.server.url, {});
    expect(page.body).toContain('<html');
    const headers = await fetch(first.server.url).then((response) => response.headers);
    expect(headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });
});
