import { describe, expect, it } from 'vitest';
import { languageForLocale } from '../../src/shared/i18n';

describe('languageForLocale', () => {
  it('gives every Chinese locale Traditional Chinese, whatever its region or case', () => {
    for (const locale of ['zh_TW', 'zh-TW', 'zh_HK', 'zh_CN', 'ZH', 'zh']) {
      expect(languageForLocale(locale), locale).toBe('zh-TW');
    }
  });

  it('gives every other locale English, including ones that merely contain "zh"', () => {
    for (const locale of ['en_US', 'en', 'ja_JP', 'fr', '', 'x-zh']) {
      expect(languageForLocale(locale), locale).toBe('en');
    }
  });
});
