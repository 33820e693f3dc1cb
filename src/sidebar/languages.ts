import type { Language } from '../shared/i18n';
import { LANGUAGE_NAMES } from '../shared/messages/sidebar';

/** The languages a person can choose, each named in itself (so anyone finds their own). */
export const LANGUAGES: readonly (readonly [Language, string])[] = [
  ['zh-TW', LANGUAGE_NAMES['zh-TW']],
  ['en', LANGUAGE_NAMES.en],
];
