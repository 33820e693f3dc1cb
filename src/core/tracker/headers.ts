import type { Localized } from '../../shared/i18n';
import type { SheetDef } from './schema';

/** Where each known column sits in a header row (0-based), or why the row cannot be used. */
export type HeaderMap =
  | { ok: true; index: Record<string, number> }
  | { ok: false; missing: string[]; doubled: string[] };

/**
 * Header text as compared: trimmed, lower case, runs of spaces (full-width ones and line breaks
 * a person typed with Alt+Enter included) made one space.
 */
const normalise = (text: unknown): string =>
  String(text ?? '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Finds the sheet's columns in a header row by their English or zh-TW text. Extra columns of
 * the user's are ignored; a missing required column or a column present twice is reported by
 * its English header text, so the message can name it.
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

/**
 * What a person reads when a sheet's headers cannot be used, in both languages: the sheet, each
 * header missing or doubled by both its names, and what to do.
 */
export function headerProblemMessage(
  def: SheetDef,
  missing: readonly string[],
  doubled: readonly string[],
): Localized {
  const zhOf = (en: string) => def.columns.find((column) => column.en === en)?.zh ?? en;
  const zh = (list: readonly string[]) => list.map((en) => `「${zhOf(en)}」(${en})`).join('、');
  const en = (list: readonly string[]) => list.map((name) => `"${name}" (${zhOf(name)})`).join(', ');
  const zhParts = [
    missing.length ? `缺少必要欄位${zh(missing)}` : '',
    doubled.length ? `欄位${zh(doubled)}重複出現` : '',
  ].filter(Boolean);
  const enParts = [
    missing.length ? `required header ${en(missing)} is missing` : '',
    doubled.length ? `header ${en(doubled)} appears more than once` : '',
  ].filter(Boolean);
  return {
    'zh-TW': `工作表「${def.name}」${zhParts.join('，')}。請修正標題列後再執行；尚未寫入任何資料。`,
    en: `Sheet "${def.name}": ${enParts.join('; ')}. Fix the header row and run again; nothing was written.`,
  };
}
