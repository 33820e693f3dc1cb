import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { SECRET_HEADER } from '../../local/server/request-guard.js';

/** An answer of the sidebar server: status and body text (JSON for every /rpc answer). */
export interface Answer {
  status: number;
  body: string;
}

/** A plain HTTP request from Node, with any headers (Host included, which fetch would not send). */
export function rawRequest(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** The per-run secret, read from the page the server serves to its own origin. */
export async function pageSecret(url: string): Promise<string> {
  const page = await rawRequest(url, {});
  const secret = /var SECRET = "([^"]+)"/.exec(page.body)?.[1];
  if (!secret) throw new Error('The served page holds no secret.');
  return secret;
}

/** Headers of a proper call: JSON and the secret. */
export function callHeaders(secret: string): Record<string, string> {
  return { 'content-type': 'application/json', [SECRET_HEADER]: secret };
}

/** SHA-256 of a file, to show it was not written. */
export function fileDigest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
