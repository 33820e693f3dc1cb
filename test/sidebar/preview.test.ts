import { describe, expect, it } from 'vitest';
import { planClient } from '../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { previewText } from '../../src/sidebar/onboard/preview';
import { sampleInput } from '../core/helpers';

const options = { mode: 'plan', settings: DEFAULT_SETTINGS } as const;
const TODAY = '2027-01-04';

describe("the onboarding preview's words (English, the sidebar's first language)", () => {
  it('asks for the amount and the dates while nothing can be planned', () => {
    const text = previewText({ ok: false, problems: [] }, new Set());
    expect(text).toEqual({ note: 'Type the target amount and the dates to see the tier, level and plan.' });
  });

  it('shows the tier, the level and the plan in brief once the amount is typed', () => {
    const result = planClient(sampleInput({ targetAmount: 1_200_000 }), TODAY, options);
    const first = result.ok ? result.milestones[0] : undefined;
    const count = result.ok ? result.milestones.length : 0;
    expect(first?.dueDate).toBe('2027-01-04');
    expect(previewText(result, new Set(['clientName']))).toEqual({
      badges: { tier: 'Tier T2', level: 'Service level: Advanced', serviceLevel: 'advanced' },
      plan: `${count} milestones, first on Mon 4 Jan 2027`,
    });
  });

  it('hides the tier of a stood-in amount: a guess must not look like a tier', () => {
    // The live plan stands in 1 for a blank amount, which would make any client the smallest tier.
    const result = planClient(sampleInput({ targetAmount: 1 }), TODAY, options);
    const text = previewText(result, new Set(['targetAmount']));
    expect(text.badges).toBeUndefined();
    expect(text.note).toBe('Type the target amount to see the tier.');
    expect(text.plan).toMatch(/^\d+ milestones, first on /);
  });
});
