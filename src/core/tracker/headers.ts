import type { Language, Localized } from '../../shared/i18n';
import { formatter } from '../../shared/messages/catalogue';
import { HEADER_PROBLEMS } from '../../shared/messages/tracker';
import { WORDS } from '../../shared/messages/words';
import type { SheetDef } from './schema';

const format = formatter(HEADER_PROBLEMS);

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
  const names = (en: string): Localized => ({
    en,
    'zh-TW': def.columns.find((column) => column.en === en)?.zh ?? en,
  });
  const say = (language: Language): string => {
    const other: Language = language === 'zh-TW' ? 'en' : 'zh-TW';
    const list = (headers: readonly string[]) =>
      headers
        .map((en) => format(language, 'header', { name: names(en)[language], other: names(en)[other] }))
        .join(WORDS.listSeparator[language]);
    const problems = [
      missing.length ? format(language, 'missing', { headers: list(missing) }) : '',
      doubled.length ? format(language, 'doubled', { headers: list(doubled) }) : '',
    ].filter(Boolean);
    return format(language, 'sheet', {
      sheet: def.name,
      problems: problems.join(HEADER_PROBLEMS.separator[language]),
    });
  };
  return { 'zh-TW': say('zh-TW'), en: say('en') };
}
