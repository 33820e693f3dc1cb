/**
 * Which rows of a sheet change when the app rewrites the rows of some owners (a client's
 * milestones): matched by id, compared cell by cell, so a rerun with nothing new writes nothing.
 * Cells a person owns (a note, the Done tick) are never compared nor overwritten on a row that
 * survives. Pure: the app layer turns the plan into Sheets calls.
 */

/** A cell value as compared: dates are `YYYY-MM-DD` text here. */
export type PlainCell = string | number | boolean;

/** A row already in the sheet; `index` is its place among the data rows. */
export interface KeyedRow {
  index: number;
  owner: string;
  id: string;
  cells: Readonly<Record<string, PlainCell>>;
}

/** A row the sheet should hold. */
export interface WantedRow {
  owner: string;
  id: string;
  cells: Readonly<Record<string, PlainCell>>;
}

/** What to do to the sheet. */
export interface RowSyncPlan {
  /** Surviving rows with the keys whose cells differ (and only those). */
  updates: Array<{ index: number; row: WantedRow; keys: string[] }>;
  /** New rows, in the wanted order. */
  appends: WantedRow[];
  /** Rows of the owners the wanted list no longer has (indexes, ascending). */
  removals: number[];
  /** Surviving rows that need no write. */
  unchanged: number;
}

const same = (a: PlainCell | undefined, b: PlainCell | undefined): boolean =>
  a === b || String(a ?? '').trim() === String(b ?? '').trim();

/**
 * Plans the rewrite of every row of `owners`. A row is matched by owner and id; the first row of
 * a pair wins and later copies (a row a person duplicated) are left alone, as are rows with no
 * id (lines a person added by hand). Rows of other owners are not looked at.
 */
export function planRowSync(
  existing: readonly KeyedRow[],
  wanted: readonly WantedRow[],
  owners: ReadonlySet<string>,
  personKeys: readonly string[],
): RowSyncPlan {
  const byKey = new Map<string, KeyedRow>();
  for (const row of existing) {
    if (!owners.has(row.owner) || row.id === '') continue;
    const key = `${row.owner}\u0000${row.id}`;
    if (!byKey.has(key)) byKey.set(key, row);
  }
  const plan: RowSyncPlan = { updates: [], appends: [], removals: [], unchanged: 0 };
  const ownedByPerson = new Set(personKeys);
  const kept = new Set<string>();
  for (const row of wanted) {
    const key = `${row.owner}\u0000${row.id}`;
    if (kept.has(key)) continue;
    kept.add(key);
    const found = byKey.get(key);
    if (!found) {
      plan.appends.push(row);
      continue;
    }
    const keys = Object.keys(row.cells).filter(
      (name) => !ownedByPerson.has(name) && !same(row.cells[name], found.cells[name]),
    );
    if (keys.length) plan.updates.push({ index: found.index, row, keys });
    else plan.unchanged += 1;
  }
  for (const [key, row] of byKey) if (!kept.has(key)) plan.removals.push(row.index);
  plan.removals.sort((a, b) => a - b);
  return plan;
}
