/** The two working languages: Traditional Chinese first, English beside it. */
export type Language = 'zh-TW' | 'en';

/** The product language for a Sheets or user locale: Chinese locales get zh-TW, others English. */
export function languageForLocale(locale: string): Language {
  return /^zh/i.test(locale) ? 'zh-TW' : 'en';
}

/** A text that exists in both working languages (every user-facing text does). */
export interface Localized {
  'zh-TW': string;
  en: string;
}

/** One problem with one field of an input, told in the input's language. */
export interface FieldProblem {
  /** Path of the field, e.g. "clientName", "dates.launch", "ccEmails[1]", "rows[3].offsetDays". */
  field: string;
  message: string;
}
