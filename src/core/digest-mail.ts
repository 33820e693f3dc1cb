import type { Language, Localized } from '../shared/i18n';
import type { DeliveryNotice } from '../shared/mail-delivery';
import { DIGEST_MAIL } from '../shared/messages/mail';
import { renderTemplate } from '../shared/placeholders';
import type { ReminderKind } from '../shared/schedule';
import { formatDay } from './format';
import { MAX_CC_ADDRESSES } from './mail-limits';
import {
  assemble,
  type BodyPart,
  type ComposedMail,
  daySpan,
  mailDay,
  paragraph,
  section,
} from './mail-parts';
import { oneLine } from './mail-safety';

/** One milestone as a digest lists it. */
export interface DigestEntry {
  clientId: string;
  clientName: string;
  milestone: string;
  dueDate: string;
  /** Days from today to the due day; negative when overdue. */
  daysLeft: number;
  /** What to prepare, for the CSM's own follow-ups. */
  prepare?: string;
}

/** A reminder whose send has an unknown outcome (marked pending, never confirmed). */
export interface ReviewEntry {
  clientId: string;
  clientName: string;
  milestone: string;
  dueDate: string;
  kind: ReminderKind;
  /** The day it was marked pending. */
  since: string;
}

/** What the CSM's daily digest reports. */
export interface DailyDigestInput {
  language: Language;
  today: string;
  /** Client milestones due within their lead days. */
  dueSoon: readonly DigestEntry[];
  /** Client milestones past due and not done. */
  overdue: readonly DigestEntry[];
  /** The CSM's own milestones due soon or overdue ("expected plus unexpected" advice among them). */
  followUps: readonly DigestEntry[];
  /** Open milestones whose day had passed at onboarding: the CSM catches them up. */
  catchUp?: readonly DigestEntry[];
  atRisk: ReadonlyArray<{ clientId: string; clientName: string; overdue: number }>;
  review: readonly ReviewEntry[];
  /** Active clients with more CC addresses than a message carries: their reminders are skipped. */
  tooManyCc?: ReadonlyArray<{ clientId: string; clientName: string; count: number }>;
  /** Mail the local host's SMTP server did not take, or may have taken (never in Apps Script). */
  delivery?: readonly DeliveryNotice[];
  /** Reminders sent, deferred (quota, time) and skipped (bad rows) by this day's runs. */
  sent: number;
  deferred: number;
  skipped: number;
  dryRun: boolean;
}

/** Items shown per section: a digest stays far below the mail service's body limit at 5,000 clients. */
const SECTION_MAX = 100;

const TEXT = DIGEST_MAIL;

function when(daysLeft: number, language: Language): string {
  if (daysLeft === 0) return TEXT.today[language];
  const days = daySpan(daysLeft, language);
  return renderTemplate((daysLeft < 0 ? TEXT.late : TEXT.left)[language], { days });
}

function itemLine(entry: DigestEntry, language: Language): string {
  const line = renderTemplate(TEXT.item[language], {
    id: entry.clientId,
    name: entry.clientName,
    milestone: entry.milestone,
    date: mailDay(entry.dueDate, language),
    when: when(entry.daysLeft, language),
  });
  return entry.prepare ? `${line} — ${entry.prepare}` : line;
}

/** The sections on mail that did not go: clients whose CC list is too long, and SMTP outcomes. */
function mailProblems(input: DailyDigestInput): BodyPart[] {
  const { language } = input;
  const parts: BodyPart[] = [];
  if (input.tooManyCc?.length) {
    const lines = input.tooManyCc.map((client) =>
      renderTemplate(TEXT.tooManyCcItem[language], {
        id: client.clientId,
        name: client.clientName,
        count: String(client.count),
        max: String(MAX_CC_ADDRESSES),
      }),
    );
    parts.push(section(TEXT.tooManyCc, language, lines, SECTION_MAX));
  }
  if (input.delivery?.length) {
    const lines = input.delivery.map((notice) =>
      renderTemplate(TEXT.deliveryItem[language], {
        status: TEXT[notice.status][language],
        to: notice.to,
        subject: notice.subject,
        reason: notice.reason,
      }),
    );
    parts.push(section(TEXT.delivery, language, lines, SECTION_MAX));
  }
  return parts;
}

/**
 * The CSM's digest of a day: what needs checking first (interrupted sends), then overdue and
 * due-soon client milestones, at-risk clients and the CSM's own follow-ups, each section capped
 * so the mail stays small however many clients there are.
 */
export function composeDailyDigest(input: DailyDigestInput): ComposedMail {
  const { language } = input;
  const parts: BodyPart[] = [
    paragraph(input.dryRun ? TEXT.dryRun : TEXT.counts, language, {
      sent: String(input.sent),
      deferred: String(input.deferred),
      skipped: String(input.skipped),
    }),
  ];
  if (input.review.length) {
    parts.push(paragraph(TEXT.reviewHow, language));
    const lines = input.review.map((entry) =>
      renderTemplate(TEXT.reviewItem[language], {
        id: entry.clientId,
        name: entry.clientName,
        milestone: entry.milestone,
        kind: entry.kind,
        date: entry.dueDate,
        since: entry.since,
      }),
    );
    parts.push(section(TEXT.review, language, lines, SECTION_MAX));
  }
  parts.push(...mailProblems(input));
  const lists: Array<[Localized, readonly DigestEntry[]]> = [
    [TEXT.overdue, input.overdue],
    [TEXT.dueSoon, input.dueSoon],
    [TEXT.followUps, input.followUps],
    [TEXT.catchUp, input.catchUp ?? []],
  ];
  for (const [heading, entries] of lists) {
    if (entries.length) {
      const lines = entries.map((entry) => itemLine(entry, language));
      parts.push(section(heading, language, lines, SECTION_MAX));
    }
  }
  if (input.atRisk.length) {
    const lines = input.atRisk.map((client) =>
      renderTemplate(TEXT.atRiskItem[language], {
        id: client.clientId,
        name: client.clientName,
        count: String(client.overdue),
      }),
    );
    parts.push(section(TEXT.atRisk, language, lines, SECTION_MAX));
  }
  if (parts.length === 1) parts.push(paragraph(TEXT.nothing, language));
  const subject = renderTemplate(TEXT.dailySubject[language], { date: formatDay(input.today, language) });
  return assemble(oneLine(subject), parts, language);
}

/** The weekly digest: every open milestone due in the coming week, across clients. */
export function composeWeeklyDigest(input: {
  language: Language;
  from: string;
  to: string;
  entries: readonly DigestEntry[];
}): ComposedMail {
  const { language } = input;
  const range = { from: formatDay(input.from, language), to: formatDay(input.to, language) };
  const parts: BodyPart[] = [
    paragraph(input.entries.length ? TEXT.weekIntro : TEXT.weekNothing, language, range),
  ];
  if (input.entries.length) {
    const lines = input.entries.map((entry) => itemLine(entry, language));
    parts.push(section(TEXT.week, language, lines, SECTION_MAX * 3));
  }
  return assemble(oneLine(renderTemplate(TEXT.weeklySubject[language], range)), parts, language);
}
