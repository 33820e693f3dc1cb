/**
 * Where a batch of changed cells is written. Sheets charges per call, not per cell, so the
 * changed cells are covered by as few rectangles as possible: one per run of adjacent columns,
 * each spanning from the first to the last changed row. Unchanged cells inside a rectangle are
 * written again with the value they hold. The number of rectangles depends on the columns that
 * changed, never on the number of rows.
 */

/** A run of consecutive whole numbers. */
export interface Run {
  start: number;
  count: number;
}

/** A rectangle of cells, 0-based: data-row index and column index. */
export interface Block {
  row: number;
  rows: number;
  column: number;
  columns: number;
}

/** The runs of consecutive numbers among `numbers`, ascending; duplicates count once. */
export function runs(numbers: Iterable<number>): Run[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: Run[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === n) last.count += 1;
    else out.push({ start: n, count: 1 });
  }
  return out;
}

/**
 * The rectangles covering changed cells, given the changed columns of each changed row: one per
 * run of adjacent changed columns, from the first changed row to the last.
 */
export function writeBlocks(changes: ReadonlyMap<number, Iterable<number>>): Block[] {
  if (changes.size === 0) return [];
  // A loop, not Math.min(...rows): a spread of 100,000 arguments overflows the stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const row of changes.keys()) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  const columns = new Set<number>();
  for (const cols of changes.values()) for (const c of cols) columns.add(c);
  return runs(columns).map((run) => ({
    row: first,
    rows: last - first + 1,
    column: run.start,
    columns: run.count,
  }));
}
