import type { Language } from '../shared/i18n';

/** The languages a person can choose, each named in itself (so anyone finds their own). */
export const LANGUAGES: readonly (readonly [Language, string])[] = [
  ['zh-TW', '繁體中文'],
  ['en', 'English'],
];
