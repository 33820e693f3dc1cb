import type { Language } from '../shared/i18n';
import { escapeHtml } from '../shared/placeholders';
import type { DocumentKind } from './documents';
import { MASTERS_EN } from './masters/en';
import type { MasterBlock } from './masters/types';
import { MASTERS_ZH } from './masters/zh-TW';

const MASTERS = { 'zh-TW': MASTERS_ZH, en: MASTERS_EN } as const;

/** The blocks of a master as the add-on first writes it. */
export function masterBlocks(kind: DocumentKind, language: Language): readonly MasterBlock[] {
  return MASTERS[language][kind];
}

function blockHtml(block: MasterBlock): string {
  if ('title' in block) return `<h1>${escapeHtml(block.title)}</h1>`;
  if ('heading' in block) return `<h2>${escapeHtml(block.heading)}</h2>`;
  if ('subheading' in block) return `<h3>${escapeHtml(block.subheading)}</h3>`;
  if ('text' in block) return `<p>${escapeHtml(block.text)}</p>`;
  if ('list' in block) return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  const rows = block.table.map(
    (row, r) =>
      `<tr>${row.map((cell) => (r === 0 ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
  );
  return `<table>${rows.join('')}</table>`;
}

/**
 * A master as the HTML Drive converts into a Google Doc in one call: headings, paragraphs,
 * lists and tables. The text is escaped; `{{placeholders}}` pass through untouched.
 */
export function masterHtml(kind: DocumentKind, language: Language): string {
  const body = masterBlocks(kind, language).map(blockHtml).join('\n');
  return `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>`;
}
