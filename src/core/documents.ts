import type { Language, Localized } from '../shared/i18n';

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
const DOCUMENT_TITLES: Readonly<Record<DocumentKind, Localized>> = {
  'launch-email': { 'zh-TW': '上線公告信', en: 'Launch announcement email' },
  'shipping-email': { 'zh-TW': '出貨通知信', en: 'Backer shipping notification' },
  newsletter: { 'zh-TW': '電子報', en: 'Newsletter' },
  'pr-letter': { 'zh-TW': '公關洽談信（媒體／KOL）', en: 'PR & KOL outreach letter' },
  strategy: { 'zh-TW': '初期行銷策略', en: 'Initial marketing strategy' },
  timeline: { 'zh-TW': '專案時程表', en: 'Project timeline' },
  'meeting-notes': { 'zh-TW': '會議紀錄', en: 'Meeting notes' },
};

/**
 * The placeholder the timeline master holds where the client's milestones go as a table. It is
 * a paragraph of its own in the master, so a person may move it or write around it.
 */
export const MILESTONE_TABLE_MARKER = '{{milestoneTable}}';

/** The name of a master in the Templates folder: "電子報（zh-TW）", "Newsletter (en)". */
export function masterName(kind: DocumentKind, language: Language): string {
  const title = DOCUMENT_TITLES[kind][language];
  return language === 'zh-TW' ? `${title}（zh-TW）` : `${title} (en)`;
}

/** The name of a client's copy: "電子報 · 山嵐工作室 — 城市折疊車". */
export function documentName(
  kind: DocumentKind,
  client: { clientName: string; projectName: string },
  language: Language,
): string {
  return `${DOCUMENT_TITLES[kind][language]} · ${client.clientName} — ${client.projectName}`;
}
