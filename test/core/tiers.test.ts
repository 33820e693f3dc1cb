import { describe, expect, it } from 'vitest';
import { FOLDER_AREAS, LEVEL_CHECKLISTS, WORK_AREAS } from '../../src/core/areas';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/core/settings';
import { levelForTier, tierFor } from '../../src/core/tiers';
import { validateClient } from '../../src/core/validation';
import { sampleInput } from './helpers';

describe('tiers', () => {
  it('classes TWD amounts at the default thresholds, boundaries included', () => {
    const tier = (amount: number) => tierFor(amount, 'TWD', DEFAULT_SETTINGS);
    expect([
      tier(5_000_000),
      tier(4_999_999),
      tier(1_000_000),
      tier(999_999),
      tier(300_000),
      tier(299_999),
      tier(1),
    ]).toEqual(['T1', 'T2', 'T2', 'T3', 'T3', 'T4', 'T4']);
  });

  it('uses the settings: thresholds and exchange rates', () => {
    const settings = { ...DEFAULT_SETTINGS, tierThresholds: { T1: 100, T2: 50, T3: 10 } };
    expect(tierFor(60, 'TWD', settings)).toBe('T2');
    expect(tierFor(40_000, 'USD', DEFAULT_SETTINGS)).toBe('T2');
    expect(tierFor(40_000, 'XYZ', DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('accepts each tier as a given override and names them all for an unknown one', () => {
    const plan = { mode: 'plan', settings: DEFAULT_SETTINGS } as const;
    const given = (['T1', 'T2', 'T3', 'T4'] as const).map((tier) => {
      const result = validateClient(sampleInput({ currency: 'CHF', tier }), plan);
      return result.ok ? result.client.tier : result.problems;
    });
    expect(given).toEqual(['T1', 'T2', 'T3', 'T4']);
    const unknown = validateClient(sampleInput({ language: 'en', tier: 'T5' as 'T1' }), plan);
    expect(unknown.ok || unknown.problems[0]?.message).toBe(
      'Tier: unknown value "T5" (expected one of: T1, T2, T3, T4).',
    );
  });

  it('maps tiers to service levels', () => {
    expect(['T1', 'T2', 'T3', 'T4'].map((t) => levelForTier(t as 'T1'))).toEqual([
      'advanced',
      'advanced',
      'basic',
      'simple',
    ]);
  });
});

describe('areas', () => {
  it('gives each level its checklist (domain.md §3)', () => {
    expect(LEVEL_CHECKLISTS.advanced).toEqual([
      'strategy',
      'ads',
      'design',
      'pr',
      'video',
      'shipping',
      'customised',
    ]);
    expect(LEVEL_CHECKLISTS.basic).toEqual(['strategy', 'ads', 'design', 'pr', 'shipping']);
    expect(LEVEL_CHECKLISTS.simple).toEqual(['strategy', 'ads', 'design', 'shipping']);
  });

  it('labels the work areas and the eight folder areas in both languages', () => {
    expect(Object.keys(FOLDER_AREAS)).toEqual([
      'meetings',
      'documents',
      'marketing',
      'design',
      'ads',
      'pr-kol',
      'video',
      'production-shipping',
    ]);
    for (const label of [...Object.values(FOLDER_AREAS), ...Object.values(WORK_AREAS)]) {
      expect(label['zh-TW']).not.toBe('');
      expect(label.en).not.toBe('');
      expect(label['zh-TW']).not.toBe(label.en);
    }
  });
});

describe('resolveSettings', () => {
  it('merges overrides into the defaults, groups in part', () => {
    const { settings, problems } = resolveSettings(
      { minPrepDays: { basic: 35 }, tierThresholds: { T1: 8_000_000 } },
      'en',
    );
    expect(problems).toEqual([]);
    expect(settings.minPrepDays).toEqual({ advanced: 42, basic: 35, simple: 21 });
    expect(settings.tierThresholds).toEqual({ T1: 8_000_000, T2: 1_000_000, T3: 300_000 });
    expect(settings.twdPerUnit.USD).toBe(DEFAULT_SETTINGS.twdPerUnit.USD);
  });

  it('names settings that make no sense', () => {
    const { problems } = resolveSettings(
      {
        tierThresholds: { T2: 6_000_000 },
        campaignDays: { recommended: 90 },
        maxLeadDays: 1.5,
        currency: 'nt',
        twdPerUnit: { GBP: 0 },
        language: 'fr' as 'en',
      },
      'en',
    );
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['campaignDays', 'currency', 'language', 'maxLeadDays', 'tierThresholds', 'twdPerUnit.GBP'].sort(),
    );
    expect(problems.find((p) => p.field === 'tierThresholds')?.message).toBe(
      'Tier thresholds must fall from T1 to T3 and stay above 0 (now 5000000 / 6000000 / 300000).',
    );
  });

  it('accepts the defaults as they are', () => {
    expect(resolveSettings({}, 'zh-TW')).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});
