import { describe, expect, it } from 'vitest';
import type { TimelineCheck } from '../../src/shared/checks';
import { placeChecks, suggestionWords } from '../../src/sidebar/onboard/checks-panel';

const tight: TimelineCheck = {
  code: 'too-tight',
  severity: 'warning',
  message: 'Too tight',
  suggestion: { field: 'dates.launch', value: '2027-04-06' },
};
const far: TimelineCheck = {
  code: 'too-far',
  severity: 'info',
  message: 'Far away',
  suggestion: { field: 'dates.prepStart', value: '2027-06-01' },
  otherSuggestions: [{ field: 'dates.copyDraft', value: '2027-07-01' }],
};
const length: TimelineCheck = {
  code: 'campaign-length',
  severity: 'warning',
  message: 'Long campaign',
  suggestion: { field: 'dates.end', value: '2027-05-01' },
};
const vague: TimelineCheck = { code: 'vague-date', severity: 'blocker', message: 'Vague' };

describe('where the onboarding checks go', () => {
  it('puts a check beside the field its suggestion sets, a far launch beside the launch, the rest above', () => {
    const placed = placeChecks([tight, far, length, vague], new Set());
    expect(placed.map((p) => [p.check.code, p.owner])).toEqual([
      ['too-tight', 'dates.launch'],
      ['too-far', 'dates.launch'],
      ['campaign-length', 'dates.end'],
      ['vague-date', undefined],
    ]);
    expect(placed[1]?.suggestions.map((s) => s.field)).toEqual(['dates.prepStart', 'dates.copyDraft']);
    expect(placed[3]?.suggestions).toEqual([]);
  });

  it('leaves out the checks about a field the live plan stood in for', () => {
    const placed = placeChecks([tight, far, length, vague], new Set(['dates.end']));
    expect(placed.map((p) => p.check.code)).toEqual(['too-tight', 'too-far', 'vague-date']);
    expect(placeChecks([tight, far], new Set(['dates.launch']))).toEqual([]);
  });
});

describe("a suggestion's button", () => {
  it('says "Use" beside its own field and names the other field beside another', () => {
    expect(
      suggestionWords({ field: 'dates.launch', value: '2027-04-06' }, 'dates.launch', 'Launch date'),
    ).toEqual({ caption: 'Use Tue 6 Apr 2027', label: 'Launch date: Use Tue 6 Apr 2027' });
    expect(
      suggestionWords({ field: 'dates.prepStart', value: '2027-06' }, 'dates.launch', 'Preparation start'),
    ).toEqual({ caption: 'Preparation start: June 2027', label: 'Preparation start: Use June 2027' });
  });
});
