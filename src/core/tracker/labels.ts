import type { Language, Localized } from '../../shared/i18n';
import { MILESTONE_STATUS_LABELS } from '../../shared/messages/statuses';
import { CLIENT_STATUS_LABELS } from '../../shared/messages/tracker';

/** A value the tracker shows in the workspace's language and reads back in either language. */
export interface Labelled<C extends string> {
  code: C;
  en: string;
  zh: string;
}

/** The labelled codes of a catalogue table, in order. */
function labelled<C extends string>(
  labels: Readonly<Record<C, Localized>>,
  codes: readonly C[],
): Labelled<C>[] {
  return codes.map((code) => ({ code, en: labels[code].en, zh: labels[code]['zh-TW'] }));
}

/** Milestone statuses: what the daily job computes and the Done box overrides. */
export type MilestoneStatus = 'upcoming' | 'due-soon' | 'overdue' | 'done' | 'catch-up';

/** Client statuses: partial means an onboarding stopped half-way and the next run resumes it. */
export type ClientStatus = 'active' | 'partial' | 'paused' | 'closed';

export const MILESTONE_STATUSES: Labelled<MilestoneStatus>[] = labelled(MILESTONE_STATUS_LABELS, [
  'upcoming',
  'due-soon',
  'overdue',
  'done',
  // Its day had passed at onboarding: the CSM catches it up, the client gets no overdue mail.
  'catch-up',
]);

export const CLIENT_STATUSES: Labelled<ClientStatus>[] = labelled(CLIENT_STATUS_LABELS, [
  'active',
  'partial',
  'paused',
  'closed',
]);

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
