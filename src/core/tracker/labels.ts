import type { Language } from './schema';

/** A value the tracker shows in the workspace's language and reads back in either language. */
export interface Labelled<C extends string> {
  code: C;
  en: string;
  zh: string;
}

/** Milestone statuses: what the daily job computes and the Done box overrides. */
export type MilestoneStatus = 'upcoming' | 'due-soon' | 'overdue' | 'done' | 'catch-up';

/** Client statuses: partial means an onboarding stopped half-way and the next run resumes it. */
export type ClientStatus = 'active' | 'partial' | 'paused' | 'closed';

export const MILESTONE_STATUSES: Labelled<MilestoneStatus>[] = [
  { code: 'upcoming', en: 'Upcoming', zh: '未到期' },
  { code: 'due-soon', en: 'Due soon', zh: '即將到期' },
  { code: 'overdue', en: 'Overdue', zh: '已逾期' },
  { code: 'done', en: 'Done', zh: '已完成' },
  // Its day had passed at onboarding: the CSM catches it up, the client gets no overdue mail.
  { code: 'catch-up', en: 'Catch-up', zh: '待補進度' },
];

export const CLIENT_STATUSES: Labelled<ClientStatus>[] = [
  { code: 'active', en: 'Active', zh: '進行中' },
  { code: 'partial', en: 'Partial', zh: '未完成建立' },
  { code: 'paused', en: 'Paused', zh: '暫停' },
  { code: 'closed', en: 'Closed', zh: '已結案' },
];

/** The label of a code in a language (the code itself when unknown). */
export function labelOf<C extends string>(list: readonly Labelled<C>[], code: C, language: Language): string {
  const found = list.find((item) => item.code === code);
  if (!found) return code;
  return language === 'zh-TW' ? found.zh : found.en;
}

/** The code a cell's text stands for, in either language or as the code; undefined when unknown. */
export function codeOf<C extends string>(list: readonly Labelled<C>[], text: unknown): C | undefined {
  const wanted = String(text ?? '')
    .trim()
    .toLowerCase();
  return list.find((item) => [item.code, item.en.toLowerCase(), item.zh].includes(wanted))?.code;
}
