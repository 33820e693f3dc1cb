import { createHash } from 'node:crypto';

/** A short content hash to tell "changed since we wrote it" (not a security boundary: sha1 is fast). */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}
