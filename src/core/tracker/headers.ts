import type { SheetDef } from './schema';

/** Where each known column sits in a header row (0-based), or why the row cannot be used. */
export type HeaderMap =
  | { ok: true; index: Record<string, number> }
  | { ok: false; missing: string[]; doubled: string[] };

const normalise = (text: unknown): string =>
  String(text ?? '')
    .trim()
    .toLowerCase();

/**
 * Finds the sheet's columns in a header row by their English or zh-TW text. Extra columns of
 * the user's are ignored; a missing required column or a column present twice is reported by
 * its header text, so the message can name it.
 */
export function mapHeaders(headerRow: readonly unknown[], def: SheetDef): HeaderMap {
  const index: Record<string, number> = {};
  const missing: string[] = [];
  const doubled: string[] = [];
  for (const column of def.columns) {
    const names = new Set([normalise(column.en), normalise(column.zh)]);
    const found: number[] = [];
    headerRow.forEach((cell, at) => {
      if (names.has(normalise(cell))) found.push(at);
    });
    const [first] = found;
    if (found.length > 1) doubled.push(column.en);
    else if (first !== undefined) index[column.key] = first;
    else if (column.required) missing.push(column.en);
  }
  return missing.length || doubled.length ? { ok: false, missing, doubled } : { ok: true, index };
}
