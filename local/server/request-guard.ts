import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header in which the sidebar page sends the server's per-run secret with every call. */
export const SECRET_HEADER = 'x-launch-desk-secret';

/** A request the server will not serve, with the status and the short reason it answers. */
export interface Refusal {
  status: 403 | 415;
  error: string;
}

/** The names by which this machine reaches its own loopback interface. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** SHA-256 of a text: equal-length digests let the secret be compared in constant time. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * What a request to the local sidebar server must show before it is served. Web pages of any
 * other origin can send requests to localhost (a form, a no-cors fetch) and a DNS-rebound name
 * can reach it too; the checks below refuse both, so only the page this server served can call.
 */
export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;
  private readonly secretDigest: Buffer;

  /** `secret` is the per-run secret put into the page; `hostname` and `port` where the server listens. */
  constructor(secret: string, hostname: string, port: number) {
    this.secretDigest = digest(secret);
    const names = new Set([...LOOPBACK_NAMES, hostname.toLowerCase()]);
    this.hosts = new Set<string>();
    for (const name of names) {
      this.hosts.add(`${name}:${port}`);
      // A browser leaves the default port out of Host and Origin.
      if (port === 80) this.hosts.add(name);
    }
    this.origins = new Set([...this.hosts].map((host) => `http://${host}`));
  }

  /**
   * Refuses a request whose `Host` is not one of this server's loopback host:port forms (a
   * DNS-rebound name such as attacker.example), or that a page of another origin sent.
   * A request without `Origin` comes from outside a browser or is a navigation; it still needs
   * the secret to call anything.
   */
  checkSource(headers: IncomingHttpHeaders): Refusal | undefined {
    const host = (headers.host ?? '').toLowerCase();
    if (!this.hosts.has(host)) return { status: 403, error: `Host not allowed: ${host || '(none)'}` };
    const origin = headers.origin;
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) {
      return { status: 403, error: `Origin not allowed: ${origin}` };
    }
    return undefined;
  }

  /** Refuses a call without the per-run secret (compared in constant time) or whose body is not JSON. */
  checkCall(headers: IncomingHttpHeaders): Refusal | undefined {
    const given = headers[SECRET_HEADER];
    if (typeof given !== 'string' || !timingSafeEqual(digest(given), this.secretDigest)) {
      return { status: 403, error: 'Missing or wrong secret: reload the sidebar page.' };
    }
    const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return { status: 415, error: 'Only application/json is accepted.' };
    }
    return undefined;
  }
}
