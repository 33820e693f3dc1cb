import type { RpcLanguage } from '../shared/rpc';

/** The languages a person can choose, each named in itself (so anyone finds their own). */
export const LANGUAGES: readonly (readonly [RpcLanguage, string])[] = [
  ['zh-TW', '繁體中文'],
  ['en', 'English'],
];
