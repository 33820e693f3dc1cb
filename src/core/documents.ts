import type { Language, Localized } from '../shared/i18n';
import { DOCUMENT_NAMES, DOCUMENT_TITLE_LABELS } from '../shared/messages/labels';
import { renderTemplate } from '../shared/placeholders';

/** The documents every client gets, in the order they are made. */
export const DOCUMENT_KINDS = [
  'launch-email',
  'shipping-email',
  'newsletter',
  'pr-letter',
  'strategy',
  'timeline',
  'meeting-notes',
] as const;

/** One kind of client document. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What each document is called, in both languages (masters and copies are named from it). */
const DOCUMENT_TITLES: Readonly<Record<DocumentKind, Localized>> = DOCUMENT_TITLE_LABELS;

/**
 * The placeholder the timeline master holds where the client's milestones go as a table. It is
 * a paragraph of its own in the master, so a person may move it or write around it.
 */
export const MILESTONE_TABLE_MARKER = '{{milestoneTable}}';

/** The name of a master in the Templates folder: "電子報（zh-TW）", "Newsletter (en)". */
export function masterName(kind: DocumentKind, language: Language): string {
  const title = DOCUMENT_TITLES[kind][language];
  return renderTemplate(DOCUMENT_NAMES.master[language], { title });
}

/** The name of a client's copy: "電子報 · 山嵐工作室 — 城市折疊車". */
export function documentName(
  kind: DocumentKind,
  client: { clientName: string; projectName: string },
  language: Language,
): string {
  return `${DOCUMENT_TITLES[kind][language]} · ${client.clientName} — ${client.projectName}`;
}
