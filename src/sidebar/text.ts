import type { Language } from '../shared/i18n';
import { formatter } from '../shared/messages/catalogue';
import { SIDEBAR_MESSAGES } from '../shared/messages/sidebar';

const format = formatter(SIDEBAR_MESSAGES);

/** A key of the sidebar's texts. */
export type TextKey = keyof typeof SIDEBAR_MESSAGES;

/** The words for each service level. */
export const LEVEL_TEXT: Readonly<Record<string, TextKey>> = {
  advanced: 'levelAdvanced',
  basic: 'levelBasic',
  simple: 'levelSimple',
};

let current: Language = 'en';

/** Switches the sidebar's language (the page's `lang` follows, for screen readers). */
export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language === 'zh-TW' ? 'zh-Hant-TW' : 'en';
}

/** The sidebar's language now. */
export function language(): Language {
  return current;
}

/** A text in the sidebar's language, its `{{name}}` parameters filled in. */
export function tr(key: TextKey, params: Readonly<Record<string, string | number>> = {}): string {
  // The key is a variable here, so the catalogue's per-key parameter types do not apply.
  const say: (language: Language, key: TextKey, params: Readonly<Record<string, string | number>>) => string =
    format;
  return say(current, key, params);
}
