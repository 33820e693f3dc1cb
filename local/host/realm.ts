import vm from 'node:vm';

/**
 * Builders for values that belong to the vm context (its own `Date`, `Array`, `Error`), so the
 * bundle's `instanceof` checks behave as in Apps Script, and readers for values coming out of it.
 */
export interface Realm {
  readonly context: vm.Context;
  /** A context `Date` at this epoch-ms instant. */
  date(ms: number): Date;
  /** A context `Error` (or `TypeError` etc.) with this message. */
  error(message: string, name?: 'Error' | 'TypeError' | 'RangeError'): Error;
  /** A deep copy of JSON-like host data (with `Date` values) built from the context's constructors. */
  import<T>(value: T): T;
  /** A deep copy of a context value as host data (Dates kept as host Dates). */
  export<T>(value: T): T;
}

/** Is this a Date from any realm? */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Is this an Array from any realm? */
export function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/** Wraps a vm context in the builders above. */
export function createRealm(context: vm.Context): Realm {
  const ctor = vm.runInContext('({ Date, Array, Object, Error, TypeError, RangeError })', context) as {
    Date: DateConstructor;
    Array: ArrayConstructor;
    Object: ObjectConstructor;
    Error: ErrorConstructor;
    TypeError: ErrorConstructor;
    RangeError: ErrorConstructor;
  };
  const importValue = (value: unknown): unknown => {
    if (isDate(value)) return new ctor.Date(value.getTime());
    if (isArray(value)) {
      const out = new ctor.Array();
      for (const item of value) out.push(importValue(item));
      return out;
    }
    if (value !== null && typeof value === 'object') {
      const out = new ctor.Object() as Record<string, unknown>;
      for (const [key, item] of Object.entries(value)) out[key] = importValue(item);
      return out;
    }
    return value;
  };
  const exportValue = (value: unknown): unknown => {
    if (isDate(value)) return new Date(value.getTime());
    if (isArray(value)) return value.map(exportValue);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (typeof item !== 'function' && item !== undefined) out[key] = exportValue(item);
      }
      return out;
    }
    return value;
  };
  return {
    context,
    date: (ms) => new ctor.Date(ms),
    error: (message, name = 'Error') => new ctor[name](message),
    import: <T>(value: T) => importValue(value) as T,
    export: <T>(value: T) => exportValue(value) as T,
  };
}
