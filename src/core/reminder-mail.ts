import type { Language, Localized } from '../shared/i18n';
import { renderTemplate } from '../shared/placeholders';
import type { ReminderKind } from '../shared/schedule';
import { assemble, type BodyPart, type ComposedMail, daySpan, mailDay, paragraph } from './mail-parts';
import { oneLine } from './mail-safety';

/** What a client's reminder says; every text is as the tracker holds it (people typed it). */
export interface ReminderMailInput {
  language: Language;
  kind: ReminderKind;
  /** Days from today to the due day; negative when overdue. */
  daysLeft: number;
  dueDate: string;
  contactName: string;
  clientName: string;
  projectName: string;
  milestone: string;
  /** What to prepare; '' when the playbook says nothing. */
  prepare: string;
  csmName: string;
}

const TEXT = {
  subjectSoon: {
    'zh-TW': '【{{project}}】{{milestone}}：{{date}} 到期（還有 {{days}}）',
    en: '[{{project}}] {{milestone}}: due {{date}} ({{days}} left)',
  },
  subjectToday: {
    'zh-TW': '【{{project}}】{{milestone}}：今天到期',
    en: '[{{project}}] {{milestone}}: due today',
  },
  subjectOverdue: {
    'zh-TW': '【{{project}}】{{milestone}}：已逾期 {{days}}（原訂 {{date}}）',
    en: '[{{project}}] {{milestone}}: {{days}} overdue (was due {{date}})',
  },
  greeting: { 'zh-TW': '{{name}} 您好：', en: 'Dear {{name}},' },
  soon: {
    'zh-TW': '提醒您，「{{project}}」的里程碑「{{milestone}}」將於 {{date}} 到期，還有 {{days}}。',
    en: 'A reminder: the milestone "{{milestone}}" of "{{project}}" is due on {{date}}, {{days}} from now.',
  },
  today: {
    'zh-TW': '提醒您，「{{project}}」的里程碑「{{milestone}}」今天（{{date}}）到期。',
    en: 'A reminder: the milestone "{{milestone}}" of "{{project}}" is due today, {{date}}.',
  },
  overdue: {
    'zh-TW':
      '「{{project}}」的里程碑「{{milestone}}」原訂 {{date}} 完成，已經過了 {{days}}。若已完成請回信告訴我；若需要調整時程，我們一起討論。',
    en: 'The milestone "{{milestone}}" of "{{project}}" was due on {{date}}, {{days}} ago. If it is done, reply and tell me; if the schedule needs to move, let us talk it over.',
  },
  prepare: { 'zh-TW': '需要準備：{{prepare}}', en: 'What to prepare: {{prepare}}' },
  noPrepare: {
    'zh-TW': '如果不確定要準備什麼，直接回覆這封信就好。',
    en: 'If you are unsure what to prepare, just reply to this mail.',
  },
  signature: { 'zh-TW': '{{csm}} 敬上', en: 'Best regards,\n{{csm}}' },
} satisfies Record<string, Localized>;

/**
 * A client's reminder of one milestone, in the client's language: the milestone, its day with
 * the weekday, the days left (or past), what to prepare and the CSM's name. The subject is one
 * line whatever the names hold; the HTML escapes every value.
 */
export function composeReminder(input: ReminderMailInput): ComposedMail {
  const { language } = input;
  const values = {
    name: input.contactName || input.clientName,
    project: input.projectName || input.clientName,
    milestone: input.milestone,
    date: mailDay(input.dueDate, language),
    days: daySpan(input.daysLeft, language),
    prepare: input.prepare,
    csm: input.csmName || 'Launch Desk',
  };
  const overdue = input.kind === 'overdue';
  const subject = overdue ? TEXT.subjectOverdue : input.daysLeft === 0 ? TEXT.subjectToday : TEXT.subjectSoon;
  const body = overdue ? TEXT.overdue : input.daysLeft === 0 ? TEXT.today : TEXT.soon;
  const parts: BodyPart[] = [
    paragraph(TEXT.greeting, language, values),
    paragraph(body, language, values),
    paragraph(input.prepare ? TEXT.prepare : TEXT.noPrepare, language, values),
    paragraph(TEXT.signature, language, values),
  ];
  return assemble(oneLine(renderTemplate(subject[language], values)), parts, language);
}
