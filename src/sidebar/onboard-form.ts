import { addDays, isDay, monthOf } from '../core/dates';
import type { ClientInput } from '../shared/client';
import type { Language } from '../shared/i18n';
import type { PlaybookChoice, SidebarContext } from '../shared/rpc';
import { type TextKey, tr } from './text';

/** What the form holds, field by field, as typed (dates keyed by anchor id). */
export interface Draft {
  clientName: string;
  projectName: string;
  contactName: string;
  contactEmail: string;
  ccEmails: string;
  language: string;
  targetAmount: string;
  currency: string;
  tier: string;
  serviceLevel: string;
  playbook: string;
  notes: string;
  dates: Record<string, string>;
}

/** A new, empty draft with the workspace's defaults. */
export function emptyDraft(context: SidebarContext): Draft {
  return {
    clientName: '',
    projectName: '',
    contactName: '',
    contactEmail: '',
    ccEmails: '',
    language: context.defaults?.language ?? context.language,
    targetAmount: '',
    currency: context.defaults?.currency ?? 'TWD',
    tier: '',
    serviceLevel: '',
    playbook: context.playbooks?.[0]?.id ?? 'crowdfunding',
    notes: '',
    dates: {},
  };
}

/** The draft's playbook, with the dates it asks for. */
export function playbookOf(context: SidebarContext, draft: Draft): PlaybookChoice | undefined {
  return context.playbooks?.find((p) => p.id === draft.playbook) ?? context.playbooks?.[0];
}

/**
 * Amounts are typed with thousands separators ("1,000,000"); the wire wants a number. A blank or
 * unreadable amount goes as 0 (NaN is not JSON), which the server refuses with a field problem.
 */
function amountOf(typed: string): number {
  const amount = Number(typed.replace(/[,\s_]/g, ''));
  return Number.isFinite(amount) ? amount : 0;
}

/**
 * The client input of the form (the one contract of the sidebar, the CLI and the tests): blanks
 * are left out so the server's defaults apply, and only the dates of the chosen playbook go.
 */
export function inputOf(draft: Draft, playbook: PlaybookChoice | undefined): ClientInput {
  const dates: Record<string, string> = {};
  for (const anchor of playbook?.anchors ?? []) {
    const value = (draft.dates[anchor.id] ?? '').trim();
    if (value) dates[anchor.id] = value;
  }
  const input: ClientInput = {
    clientName: draft.clientName,
    projectName: draft.projectName,
    contactEmail: draft.contactEmail,
    targetAmount: amountOf(draft.targetAmount),
    dates,
  };
  for (const key of ['contactName', 'language', 'currency'] as const) {
    if (draft[key].trim()) input[key] = draft[key];
  }
  if (draft.tier) input.tier = draft.tier;
  if (draft.serviceLevel) input.serviceLevel = draft.serviceLevel;
  if (draft.playbook) input.playbook = draft.playbook;
  if (draft.notes.trim()) input.notes = draft.notes;
  const cc = draft.ccEmails
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (cc.length) input.ccEmails = cc;
  return input;
}

/** Fields a live plan may stand in for while they are still blank. */
const STAND_INS = { clientName: '…', projectName: '…', contactEmail: 'preview@example.com' } as const;
/** A blank required date is stood in for this long after the latest typed day (months: twice). */
const STAND_IN_DAYS = 30;
const FAR_DAY = '2099-01-01';

/**
 * The input for a live plan while the CSM is still typing. `planClient` refuses an input with
 * any problem at all, yet each date deserves its checks as soon as it is typed: blank identity
 * fields and blank required dates get neutral stand-ins (a date after every typed one, so no
 * order rule trips), a blank amount a placeholder. The caller hides what concerns the fields
 * stood in for, which are returned.
 */
export function liveInputOf(
  draft: Draft,
  playbook: PlaybookChoice | undefined,
): { input: ClientInput; stoodIn: Set<string> } {
  const input = inputOf(draft, playbook);
  const stoodIn = new Set<string>();
  for (const [key, value] of Object.entries(STAND_INS) as [keyof typeof STAND_INS, string][]) {
    if (!input[key].trim()) {
      input[key] = value;
      stoodIn.add(key);
    }
  }
  if (!(input.targetAmount > 0)) {
    input.targetAmount = 1;
    stoodIn.add('targetAmount');
  }
  const typed = Object.values(input.dates).filter(isDay).sort();
  let latest = typed[typed.length - 1];
  for (const anchor of playbook?.anchors ?? []) {
    if (!anchor.required || input.dates[anchor.id]) continue;
    const day = latest
      ? addDays(latest, anchor.kind === 'month' ? 2 * STAND_IN_DAYS : STAND_IN_DAYS)
      : FAR_DAY;
    input.dates[anchor.id] = anchor.kind === 'month' ? monthOf(day) : day;
    stoodIn.add(`dates.${anchor.id}`);
    latest = day;
  }
  return { input, stoodIn };
}

/** The field of the form a problem path points at: `ccEmails[1]` is the CC field, `dates.launch` the launch field. */
export function fieldOf(path: string): string {
  return path.replace(/\[\d+\]$/, '');
}

/** Labels of the known anchors as the sidebar words them; others take their playbook's label. */
const ANCHOR_TEXT: Record<string, TextKey> = { launch: 'dateLaunch', end: 'dateEnd' };

/** The label of an anchor field. */
export function anchorLabel(anchor: PlaybookChoice['anchors'][number], language: Language): string {
  const key = ANCHOR_TEXT[anchor.id];
  return key ? tr(key) : anchor.label[language];
}
