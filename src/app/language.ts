import type { Language } from '../core/tracker/schema';

/** The product language for a Sheets or user locale: Chinese locales get zh-TW, others English. */
export function languageForLocale(locale: string): Language {
  return /^zh/i.test(locale) ? 'zh-TW' : 'en';
}
