/**
 * The message catalogue: every text the server and the sidebar say to a person, each a zh-TW /
 * English pair with `{{name}}` parameters, one file per subject so a translator reads one subject
 * at a time. This index merges the areas said by key (core, onboarding, app) into `format`; the
 * others are tables their one user reads directly (diagnostics through its checker, the mails,
 * words and date formats, labels, tracker headers, settings descriptions). The sidebar imports
 * `sidebar.ts` (and what it needs of `words.ts` through the day formats), never this index, so
 * its page carries none of the server's texts.
 *
 * Not here, on purpose: documents and playbooks (the masters' template documents and the
 * playbooks' milestone titles) are content a CSM edits like any document, not messages; they
 * stay in src/core/masters/ and src/core/playbooks/.
 */
import { APP_MESSAGES } from './app';
import { formatter, type ParamsArg } from './catalogue';
import { CORE_MESSAGES } from './core';
import { ONBOARD_MESSAGES } from './onboard';

/** Every keyed message of the server (keys are unique across areas; the catalogue test checks). */
export const MESSAGES = { ...CORE_MESSAGES, ...ONBOARD_MESSAGES, ...APP_MESSAGES };

/** The key of a message of the server's catalogue. */
export type MessageKey = keyof typeof MESSAGES;

/** Says a server message in `language`, its `{{name}}` parameters filled in literally. */
export const format = formatter(MESSAGES);

/**
 * Says a server message in both languages, zh-TW first, for a person whose language the run
 * cannot know (no tracker open, or a setting being written before it is read).
 */
export function formatBoth<K extends MessageKey>(key: K, ...params: ParamsArg<typeof MESSAGES, K>): string {
  return `${format('zh-TW', key, ...params)} / ${format('en', key, ...params)}`;
}
