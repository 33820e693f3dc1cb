import type { Language } from '../shared/i18n';
import { REMINDER_MAIL } from '../shared/messages/mail';
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

const TEXT = REMINDER_MAIL;

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
