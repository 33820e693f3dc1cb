/**
 * Column-wise writes of a table read whole. The daily job owns a few columns (a milestone's
 * status and sent log, a client's health) and writes each as one block: one `setValues()` per
 * column whatever the number of rows, and the columns people edit between the read and the
 * write (Done, Note) are never written back.
 */
import { headerLabel, type Language } from '../core/tracker/schema';
import type { CellValue, Table } from './table';

/** Writes one column of every data row (`values[i]` to row i) with one `setValues()`. */
export function writeColumn(table: Table, key: string, values: readonly CellValue[]): void {
  const at = table.index[key];
  if (at === undefined || values.length === 0) return;
  table.sheet.getRange(2, at + 1, values.length, 1).setValues(values.map((value) => [value]));
  values.forEach((value, i) => {
    const row = table.rows[i];
    if (row) row[at] = value;
  });
}

/**
 * The table with an optional column of its definition added after the last header when a
 * tracker made before the column existed lacks it (its header in the workspace's language).
 */
export function ensureColumn(table: Table, key: string, language: Language): Table {
  if (table.index[key] !== undefined) return table;
  const column = table.def.columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`Sheet "${table.def.name}" defines no column "${key}".`);
  const maxColumns = table.sheet.getMaxColumns();
  if (table.width >= maxColumns) table.sheet.insertColumnsAfter(maxColumns, table.width + 1 - maxColumns);
  table.sheet.getRange(1, table.width + 1).setValue(headerLabel(column, language));
  for (const row of table.rows) row.push('');
  return { ...table, index: { ...table.index, [key]: table.width }, width: table.width + 1 };
}
