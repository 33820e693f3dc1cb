import type { Language, Localized } from '../shared/i18n';
import { MAIL_PARTS } from '../shared/messages/mail';
import { WORDS } from '../shared/messages/words';
import { escapeHtml, renderTemplate } from '../shared/placeholders';
import { formatDay } from './format';

/** A mail as the app sends it: a one-line subject, a plain-text body and the same in HTML. */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

/** A piece of a mail body, kept in both forms as it is built. */
export interface BodyPart {
  text: string;
  html: string;
}

/**
 * One paragraph from a catalog sentence: the plain text as filled, the HTML with every value
 * escaped (values are what people typed; the sentence is ours).
 */
export function paragraph(
  sentence: Localized,
  language: Language,
  values: Readonly<Record<string, string>> = {},
): BodyPart {
  return {
    text: renderTemplate(sentence[language], values),
    html: `<p>${renderTemplate(sentence[language], values, { html: true }).replace(/\n/g, '<br>')}</p>`,
  };
}

/** A list under a heading; at most `max` items are shown, then "and N more". */
export function section(
  heading: Localized,
  language: Language,
  items: readonly string[],
  max: number,
): BodyPart {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  const more = rest > 0 ? [renderTemplate(MAIL_PARTS.andMore[language], { count: String(rest) })] : [];
  const title = `${heading[language]} (${items.length})`;
  return {
    text: [title, ...[...shown, ...more].map((item) => `- ${item}`)].join('\n'),
    html: `<h3>${escapeHtml(title)}</h3><ul>${[...shown, ...more].map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
  };
}

/** Joins parts into a mail; the HTML declares its language so mail clients pick the right font. */
export function assemble(subject: string, parts: readonly BodyPart[], language: Language): ComposedMail {
  return {
    subject,
    text: parts.map((part) => part.text).join('\n\n'),
    html: `<div lang="${language}">${parts.map((part) => part.html).join('\n')}</div>`,
  };
}

/** A due day with its weekday, as the mail's reader says it. */
export function mailDay(day: string, language: Language): string {
  return formatDay(day, language, { weekday: true });
}

/** A number of days as a sentence says it: "1 day", "3 days", "3 天". */
export function daySpan(days: number, language: Language): string {
  const count = String(Math.abs(days));
  return renderTemplate(WORDS[count === '1' ? 'oneDay' : 'days'][language], { count });
}
