/**
 * The message catalogue (src/shared/messages/) says everything in both languages alike: every
 * zh-TW/en pair of every area file has both texts, the same placeholders, Chinese in the zh-TW
 * text and none in the English one. The types already refuse a pair whose placeholders differ
 * when it is written with defineMessages; this test covers every pair, however it is written.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../../src/shared/i18n';
import { format, formatBoth, MESSAGES } from '../../src/shared/messages';
import { defineMessages } from '../../src/shared/messages/catalogue';
import { WORDS } from '../../src/shared/messages/words';

const FOLDER = join(__dirname, '../../src/shared/messages');
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Texts that are the same symbols in both languages; zh-TW needs no Chinese in them. */
const NEUTRAL = new Set(['sidebar.dayHint', 'sidebar.monthHint']);

function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Localized)['zh-TW'] === 'string' &&
    typeof (value as Localized).en === 'string'
  );
}

/** Every zh-TW/en pair an area file exports, named `area.export.key` (the export left out when it is `*_MESSAGES`). */
async function pairs(): Promise<Array<[string, Localized]>> {
  const files = readdirSync(FOLDER).filter((name) => name.endsWith('.ts'));
  const found: Array<[string, Localized]> = [];
  for (const name of files) {
    const area = name.replace(/\.ts$/, '');
    const exports: Record<string, unknown> = await import(join(FOLDER, name));
    for (const [exported, value] of Object.entries(exports)) {
      if (typeof value !== 'object' || value === null) continue;
      if (isLocalized(value)) found.push([`${area}.${exported}`, value]);
      else
        for (const [key, entry] of Object.entries(value))
          if (isLocalized(entry))
            found.push([
              exported.endsWith('_MESSAGES') ? `${area}.${key}` : `${area}.${exported}.${key}`,
              entry,
            ]);
    }
  }
  return found;
}

/** The placeholder names of a text, sorted, each once. */
function placeholders(text: string): string[] {
  return [
    ...new Set((text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? []).map((token) => token.slice(2, -2).trim())),
  ].sort();
}

describe('the message catalogue', () => {
  it('has the texts of every area', async () => {
    expect((await pairs()).length).toBeGreaterThan(400);
  });

  it('says every text in both languages, neither empty', async () => {
    const empty = (await pairs()).filter(([, text]) => text['zh-TW'].trim() === '' || text.en.trim() === '');
    expect(empty.map(([name]) => name)).toEqual([]);
  });

  it('gives both languages of a text the same placeholders', async () => {
    const differ = (await pairs())
      .filter(([, text]) => placeholders(text['zh-TW']).join() !== placeholders(text.en).join())
      .map(([name, text]) => `${name}: zh-TW ${placeholders(text['zh-TW'])} / en ${placeholders(text.en)}`);
    expect(differ).toEqual([]);
  });

  it('writes zh-TW texts in Chinese and English texts without it', async () => {
    const all = await pairs();
    const notChinese = all.filter(([name, text]) => !NEUTRAL.has(name) && !CJK.test(text['zh-TW']));
    const chineseInEnglish = all.filter(([, text]) => CJK.test(text.en));
    expect(notChinese.map(([name, text]) => `${name}: ${text['zh-TW']}`)).toEqual([]);
    expect(chineseInEnglish.map(([name, text]) => `${name}: ${text.en}`)).toEqual([]);
  });

  it('keeps every placeholder well-formed', async () => {
    const malformed = (await pairs()).filter(([, text]) =>
      [text['zh-TW'], text.en].some((t) => /\{\{(?![A-Za-z][\w.]*\}\})|(?<!\{\{[A-Za-z][\w.]*)\}\}/.test(t)),
    );
    expect(malformed.map(([name]) => name)).toEqual([]);
  });

  it('keeps the keys of the server areas apart, so none hides another in the merged catalogue', async () => {
    const files = readdirSync(FOLDER).filter((name) => name.endsWith('.ts'));
    for (const name of files) {
      const exports: Record<string, unknown> = await import(join(FOLDER, name));
      for (const [exported, area] of Object.entries(exports)) {
        if (
          !exported.endsWith('_MESSAGES') ||
          exported === 'SIDEBAR_MESSAGES' ||
          exported === 'DIAGNOSTIC_MESSAGES'
        )
          continue;
        for (const [key, text] of Object.entries(area as Record<string, Localized>))
          expect(MESSAGES[key as keyof typeof MESSAGES], `${exported}.${key}`).toBe(text);
      }
    }
  });

  it('lists month and weekday names whole, in order', () => {
    for (const language of ['zh-TW', 'en'] as const) {
      expect(WORDS.monthsShort[language].split(',')).toHaveLength(12);
      expect(WORDS.monthsLong[language].split(',')).toHaveLength(12);
      expect(WORDS.weekdays[language].split(',')).toHaveLength(7);
    }
  });

  it('fills a text by key, its values literally, and types the values each key needs', () => {
    expect(format('en', 'required', { field: '$& {{x}}' })).toBe('$& {{x}} is required.');
    expect(format('zh-TW', 'menuHelp')).toBe('說明');
    expect(formatBoth('settingNotNumber', { field: 'tierT1' })).toBe(
      'tierT1必須是數字。 / tierT1 must be a number.',
    );
    // @ts-expect-error a value the text does not name, and the one it names is missing
    expect(() => format('en', 'required', { feld: 'X' })).toThrow();
    // @ts-expect-error a text without values takes none
    format('en', 'menuHelp', { field: 'X' });
    // @ts-expect-error no such key
    expect(() => format('en', 'noSuchKey')).toThrow();
  });

  it('refuses, as a type error, a pair whose languages have different placeholders', () => {
    const pair = defineMessages({
      // @ts-expect-error the English text lost {{count}}
      lost: { 'zh-TW': '還有 {{count}} 項', en: 'more left' },
    });
    expect(pair.lost.en).toBe('more left');
  });
});
