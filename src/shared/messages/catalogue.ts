/**
 * The shape of the message catalogue: every person-facing text is a `Localized` pair, its
 * parameters written `{{name}}` in both languages. The types make a placeholder present in one
 * language and missing in the other a type error, and type `format`'s parameters from the text.
 */
import type { Language, Localized } from '../i18n';
import { renderTemplate } from '../placeholders';

/** The `{{name}}` placeholders of a literal text, as a union of names (never when it has none). */
type PlaceholderNames<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;

/** True when two unions hold the same members. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each entry as written, or a type that names the problem when its two languages' placeholders differ. */
type Checked<T> = {
  [K in keyof T]: T[K] extends { 'zh-TW': infer Zh extends string; en: infer En extends string }
    ? Same<PlaceholderNames<Zh>, PlaceholderNames<En>> extends true
      ? T[K]
      : { 'zh-TW': Zh; en: En; placeholdersDiffer: [PlaceholderNames<Zh>, PlaceholderNames<En>] }
    : T[K];
};

/**
 * Declares one area's messages. An identity at run time; at compile time it refuses an entry
 * whose zh-TW and English texts have different placeholders, and keeps the literal texts so
 * `format` can type its parameters.
 */
export function defineMessages<const T extends Record<string, Localized>>(messages: T & Checked<T>): T {
  return messages;
}

/** The values a message needs: one per placeholder, named as in the text. */
type MessageParams<M extends Localized> = Record<PlaceholderNames<M['en']>, string | number>;

/** True when `K` is a union (a key chosen at run time among several). */
type IsUnion<K, All = K> = K extends unknown ? ([All] extends [K] ? false : true) : never;

/**
 * The arguments after the key: for one key, exactly its parameters (optional only when it has
 * none); for a key chosen among several, any values (rendering still throws on a missing one).
 */
export type ParamsArg<C extends Record<string, Localized>, K extends keyof C> =
  true extends IsUnion<K>
    ? [params?: Readonly<Record<string, string | number>>]
    : [PlaceholderNames<C[K]['en']>] extends [never]
      ? [params?: Record<string, never>]
      : [params: MessageParams<C[K]>];

/** Says a message of `catalogue` in `language`, its parameters filled in literally. */
export type Formatter<C extends Record<string, Localized>> = <K extends keyof C & string>(
  language: Language,
  key: K,
  ...params: ParamsArg<C, K>
) => string;

/**
 * The `format(language, key, params)` of a catalogue. Values are inserted as typed (never read
 * as patterns); a missing value throws, which the types already prevent.
 */
export function formatter<C extends Record<string, Localized>>(catalogue: C): Formatter<C> {
  const messages: Readonly<Record<keyof C, Localized>> = catalogue;
  return (language, key, ...[params]) => {
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(params ?? {})) values[name] = String(value);
    return renderTemplate(messages[key][language], values);
  };
}
