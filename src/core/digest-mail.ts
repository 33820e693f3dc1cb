import type { Language, Localized } from '../shared/i18n';
import type { DeliveryNotice } from '../shared/mail-delivery';
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
import { MESSAGES } from './messages';
import { renderTemplate } from './placeholders';

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

const TEXT = {
  dailySubject: { 'zh-TW': 'Launch Desk 每日摘要 {{date}}', en: 'Launch Desk daily digest {{date}}' },
  weeklySubject: {
    'zh-TW': 'Launch Desk 下週預告 {{from}}–{{to}}',
    en: 'Launch Desk: the coming week {{from}}-{{to}}',
  },
  counts: {
    'zh-TW':
      '今天寄出 {{sent}} 封客戶提醒，延後 {{deferred}} 封（額度或時間不足，下次執行補寄），略過 {{skipped}} 筆資料有誤的列（見 Log 工作表）。',
    en: 'Today {{sent}} client reminders went out, {{deferred}} were deferred (mail quota or time; the next run sends them) and {{skipped}} rows with bad data were skipped (see the Log sheet).',
  },
  dryRun: {
    'zh-TW': '試跑模式：沒有寄出任何客戶提醒，預計寄出的信件記錄在 Log 工作表。',
    en: 'Dry run: no client reminder was sent; the would-be mails are in the Log sheet.',
  },
  review: { 'zh-TW': '需要確認：寄送結果不明的提醒', en: 'To check: reminders whose send is unconfirmed' },
  reviewHow: {
    'zh-TW':
      '以下提醒在寄送途中中斷，不會自動重寄。請到寄件備份確認：若已寄出，把 Milestones 工作表「提醒紀錄」欄的 pending 改為 sent；若沒有，刪掉該筆紀錄，下次執行會再寄。',
    en: 'These sends were interrupted and are never retried blindly. Check your Sent folder: if the mail went out, change pending to sent in the "Reminders sent" column of the Milestones sheet; if not, delete that entry and the next run sends it.',
  },
  tooManyCc: {
    'zh-TW': '無法寄出：副本太多的客戶（提醒已略過）',
    en: 'Not sent: clients with too many CC addresses (reminders skipped)',
  },
  tooManyCcItem: {
    'zh-TW': '{{id}} {{name}}：{{count}} 個副本，一封信最多 {{max}} 個；請在 Clients 工作表刪減副本信箱',
    en: '{{id}} {{name}}: {{count}} CC addresses, a message carries at most {{max}}; shorten "CC emails" in the Clients sheet',
  },
  delivery: { 'zh-TW': '郵件伺服器的寄送結果', en: 'What the mail server did with your mail' },
  deliveryItem: {
    'zh-TW': '{{status}}：{{to}}｜{{subject}}（{{reason}}）',
    en: '{{status}}: {{to}} | {{subject}} ({{reason}})',
  },
  waiting: { 'zh-TW': '等待重寄', en: 'waiting, tried again on the next run' },
  refused: { 'zh-TW': '被拒收，不會重寄', en: 'refused for good, not retried' },
  uncertain: {
    'zh-TW': '不確定是否寄達（見 outbox/uncertain/），不會自動重寄',
    en: 'may or may not have gone (see outbox/uncertain/), never re-sent by itself',
  },
  overdue: { 'zh-TW': '已逾期', en: 'Overdue' },
  dueSoon: { 'zh-TW': '即將到期', en: 'Due soon' },
  followUps: { 'zh-TW': '您的待辦追蹤', en: 'Your follow-ups' },
  atRisk: { 'zh-TW': '高風險客戶', en: 'At-risk clients' },
  atRiskItem: {
    'zh-TW': '{{id}} {{name}}：{{count}} 個客戶里程碑逾期',
    en: '{{id}} {{name}}: {{count}} client milestones overdue',
  },
  item: {
    'zh-TW': '{{id}} {{name}}｜{{milestone}}｜{{date}}（{{when}}）',
    en: '{{id}} {{name}} | {{milestone}} | {{date}} ({{when}})',
  },
  reviewItem: {
    'zh-TW': '{{id}} {{name}}｜{{milestone}}｜{{kind}} {{date}}（{{since}} 起未確認）',
    en: '{{id}} {{name}} | {{milestone}} | {{kind}} {{date}} (unconfirmed since {{since}})',
  },
  left: { 'zh-TW': '還有 {{days}}', en: '{{days}} left' },
  today: { 'zh-TW': '今天', en: 'today' },
  late: { 'zh-TW': '逾期 {{days}}', en: '{{days}} late' },
  nothing: { 'zh-TW': '今天沒有需要處理的項目。', en: 'Nothing needs you today.' },
  weekIntro: {
    'zh-TW': '{{from}} 到 {{to}} 到期的里程碑：',
    en: 'Milestones due from {{from}} to {{to}}:',
  },
  weekNothing: { 'zh-TW': '下週沒有到期的里程碑。', en: 'No milestone is due in the coming week.' },
  week: { 'zh-TW': '下週到期', en: 'Due in the coming week' },
} satisfies Record<string, Localized>;

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
    [MESSAGES.digestCatchUp, input.catchUp ?? []],
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
