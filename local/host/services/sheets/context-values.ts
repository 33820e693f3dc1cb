import type { Realm } from '../../realm.js';

/**
 * Arrays handed to the bundle must be the context's own, so `Array.isArray`, `instanceof Array`
 * and the context's prototype methods behave as in Apps Script. `realm.import` deep-copies and
 * would turn service objects into plain data, so these helpers copy one level only.
 */

const arrayConstructors = new WeakMap<Realm, ArrayConstructor>();

function arrayConstructorOf(realm: Realm): ArrayConstructor {
  let ctor = arrayConstructors.get(realm);
  if (ctor === undefined) {
    // The realm builds arrays with the context's original `Array`; borrow it from an empty one.
    ctor = (realm.import([]) as unknown[]).constructor as ArrayConstructor;
    arrayConstructors.set(realm, ctor);
  }
  return ctor;
}

/**
 * A context array of `length` slots for the caller to fill. Building rows with a preset length
 * and indexed stores is the fastest way across the realm boundary (150k x 15 in tens of ms).
 */
export function contextArrayOfLength<T>(realm: Realm, length: number): T[] {
  const ctor = arrayConstructorOf(realm);
  return new ctor<T>(length);
}

/** A context array holding these items as they are (service objects stay service objects). */
export function contextArray<T>(realm: Realm, items: readonly T[]): T[] {
  const out = contextArrayOfLength<T>(realm, items.length);
  for (let i = 0; i < items.length; i++) out[i] = items[i] as T;
  return out;
}

/**
 * A context array of `numRows` context rows of `numColumns` values each: the exact rectangle
 * `getValues` promises, however ragged the stored data is.
 */
export function contextGrid<T>(
  realm: Realm,
  numRows: number,
  numColumns: number,
  valueAt: (i: number, j: number) => T,
): T[][] {
  const ctor = arrayConstructorOf(realm);
  const grid = new ctor<T[]>(numRows);
  for (let i = 0; i < numRows; i++) {
    const line = new ctor<T>(numColumns);
    for (let j = 0; j < numColumns; j++) line[j] = valueAt(i, j);
    grid[i] = line;
  }
  return grid;
}
