import type { Realm } from '../../realm.js';
import { ApiFailure } from './errors.js';

/**
 * Readers for arguments the bundle passes in (context-realm values, so no `instanceof`) and a
 * builder for arrays handed back that hold service objects, which `realm.import` would flatten.
 */

/** Is this a plain object from any realm (not null, not an array)? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The object itself, or an empty one for `undefined`/`null`, as the REST clients treat a missing body. */
export function recordOrEmpty(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** A string field, or undefined when absent; other types are turned into strings as JSON would carry them. */
export function optionalString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** A context array holding these items as they are: service objects keep their methods. */
export function contextArray<T>(realm: Realm, items: readonly T[]): T[] {
  const out = realm.import([]) as T[];
  for (const item of items) out.push(item);
  return out;
}

/**
 * Refuses a field the add-on never sends (a Drive parameter, a Docs request field), naming it as
 * `where.field`: the host serves what the add-on uses, so anything new fails here before Google.
 */
export function refuseOtherKeys(
  record: Record<string, unknown>,
  allowed: readonly string[],
  where: string,
): void {
  const other = Object.keys(record).find((key) => record[key] !== undefined && !allowed.includes(key));
  if (other !== undefined) {
    throw new ApiFailure(`${where}.${other} is not supported by the Launch Desk local host.`);
  }
}
