import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { nameKey, normalText, plainName, xmlSafe } from '../../src/core/text-normal';
import { MAX_NOTE_LENGTH, MAX_TARGET_AMOUNT, validateClient } from '../../src/core/validation';
import { sampleInput } from './helpers';

const onboard = { mode: 'onboard', today: '2027-01-10', settings: DEFAULT_SETTINGS } as const;
/** Every character XML 1.0 forbids that a person can paste: C0 controls, U+FFFE, U+FFFF, a lone surrogate. */
const FORBIDDEN = [
  '\u0000',
  '\u0001',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
];
/** Characters XML 1.0 allows, from each end of its ranges. */
const ALLOWED = '\t\n\r \ud7ff\ue000\ufffd\u{10000}\u{10ffff}😀';

describe('text normalisation', () => {
  it('drops every character XML 1.0 forbids and keeps every one it allows', () => {
    for (const bad of FORBIDDEN) expect(xmlSafe(`a${bad}b`)).toBe('ab');
    expect(xmlSafe(ALLOWED)).toBe(ALLOWED);
  });

  it('leaves clean text as it is and no forbidden unit in any text, surrogates paired or not', () => {
    const allowed = (code: number) =>
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }), (units) => {
        const text = String.fromCharCode(...units);
        const kept = [...text].filter((character) => allowed(character.codePointAt(0) ?? 0)).join('');
        expect(xmlSafe(text)).toBe(kept);
      }),
      { numRuns: 2000 },
    );
  });

  it('composes text (NFC): a decomposed é is the composed one', () => {
    expect(normalText('Cafe\u0301')).toBe('Caf\u00e9');
  });

  it('strips zero-width and bidi characters from names only', () => {
    expect(plainName('Ac\u200bme\u202e\u2066\ufeff\u00ad')).toBe('Acme');
    expect(normalText('Ac\u200bme')).toBe('Ac\u200bme');
  });

  it('gives look-alike names one key', () => {
    const key = nameKey('Café Studio');
    for (const twin of [
      'Cafe\u0301 Studio',
      'CAFÉ  STUDIO',
      ' Caf\u200bé\u00a0Studio ',
      'Ｃafé Studio',
      'Café\u001b Studio',
    ])
      expect(nameKey(twin)).toBe(key);
    expect(nameKey('Café Studios')).not.toBe(key);
    expect(key).toBe('café studio');
  });
});

describe('validateClient normalises and refuses what cannot be kept', () => {
  it('keeps names composed and without forbidden or invisible characters', () => {
    const result = validateClient(
      sampleInput({
        clientName: 'Cafe\u0301\u0000 \u200bStudio\uffff',
        projectName: 'Chair\u000b',
        contactName: '王\u202e小明',
        notes: 'line one\nline\u001b two\ufffe',
      }),
      onboard,
    );
    expect(result.ok && result.client).toMatchObject({
      clientName: 'Caf\u00e9 Studio',
      projectName: 'Chair',
      contactName: '王小明',
      notes: 'line one\nline two',
    });
  });

  it('refuses a name made only of invisible or forbidden characters as missing', () => {
    const result = validateClient(sampleInput({ clientName: '\u200b\u0000\ufeff', language: 'en' }), onboard);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ field: 'clientName', message: 'Client name is required.' }]);
  });

  it(`refuses notes over ${MAX_NOTE_LENGTH} characters (a spreadsheet cell's limit)`, () => {
    expect(validateClient(sampleInput({ notes: 'x'.repeat(MAX_NOTE_LENGTH) }), onboard).ok).toBe(true);
    const result = validateClient(
      sampleInput({ notes: 'x'.repeat(MAX_NOTE_LENGTH + 1), language: 'en' }),
      onboard,
    );
    expect(result.problems).toEqual([
      { field: 'notes', message: `Notes may have at most 32767 characters (it has ${MAX_NOTE_LENGTH + 1}).` },
    ]);
  });

  it('refuses a target amount above the maximum, in both languages', () => {
    expect(validateClient(sampleInput({ targetAmount: MAX_TARGET_AMOUNT }), onboard).ok).toBe(true);
    const en = validateClient(sampleInput({ targetAmount: 1e308, language: 'en' }), onboard);
    expect(en.problems).toEqual([
      {
        field: 'targetAmount',
        message: 'Target amount may be at most NT$1,000,000,000,000: check the amount for extra digits.',
      },
    ]);
    const zh = validateClient(sampleInput({ targetAmount: 1e308, language: 'zh-TW' }), onboard);
    expect(zh.problems[0]?.message).toBe('目標金額不可超過 NT$1,000,000,000,000：請確認金額是否多打了位數。');
  });
});
