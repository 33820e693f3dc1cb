import { describe, expect, it } from 'vitest';
import { checkTimeline } from '../../src/core/checks';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CheckCode, TimelineCheck } from '../../src/shared/checks';

const TODAY = '2027-01-04'; // a Monday
const FINE = { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' };
const FAR = { launch: '2027-08-03', end: '2027-09-02', shipping: '2027-11' };

function check(dates: Record<string, string>, language: 'zh-TW' | 'en' = 'en'): TimelineCheck[] {
  return checkTimeline({ dates, serviceLevel: 'advanced', language }, TODAY, DEFAULT_SETTINGS);
}

function only(checks: readonly TimelineCheck[], code: CheckCode): TimelineCheck {
  const found = checks.filter((c) => c.code === code);
  expect(found).toHaveLength(1);
  return found[0] as TimelineCheck;
}

function suggested(found: TimelineCheck): string[] {
  return [found.suggestion, ...(found.otherSuggestions ?? [])].map((s) => `${s?.field}=${s?.value}`);
}

describe('checkTimeline: malformed dates are left to validation', () => {
  it('skips the timing checks of a launch, end or kickoff that is not a day', () => {
    expect(check({ ...FINE, launch: 'soon' })).toEqual([]);
    expect(check({ ...FINE, end: 'soon' })).toEqual([]);
    // A malformed kickoff counts preparation from today: 16 days to 20 Jan.
    const tight = only(check({ prepStart: 'soon', launch: '2027-01-20', end: '2027-02-19' }), 'too-tight');
    expect(tight.message).toContain('Only 16 days from Mon 4 Jan 2027');
  });

  it('checks the shipping slack only for a shipping month after a known end', () => {
    expect(check({ ...FINE, shipping: '2027-04-20' })).toEqual([]);
    expect(check({ launch: FINE.launch, shipping: '2027-03' })).toEqual([]);
  });
});

describe('checkTimeline: fields no playbook knows', () => {
  it('names an unknown past field by its key', () => {
    const past = only(check({ ...FINE, handover: '2026-12-01' }), 'in-the-past');
    expect(past.message).toBe('handover (Tue 1 Dec 2026) is in the past.');
  });

  it('flags an unknown vague field with Tuesdays from tomorrow on', () => {
    const vague = only(check({ ...FINE, handover: '2027-Q1' }), 'vague-date');
    expect(vague.message).toContain('handover "2027-Q1" names only a quarter');
    expect(suggested(vague)).toEqual([
      'dates.handover=2027-01-05',
      'dates.handover=2027-02-02',
      'dates.handover=2027-03-02',
    ]);
  });
});

describe('checkTimeline: vague dates other than the launch', () => {
  it('offers Tuesdays of a vague end month from tomorrow, not from the earliest launch', () => {
    const vague = only(check({ launch: FINE.launch, end: '2027-01', shipping: FINE.shipping }), 'vague-date');
    expect(vague.message).toContain('End "2027-01" names only a month: ask for a day.');
    expect(suggested(vague)).toEqual([
      'dates.end=2027-01-05',
      'dates.end=2027-01-12',
      'dates.end=2027-01-19',
    ]);
  });

  it('lists the candidates with the zh-TW enumeration comma', () => {
    const vague = only(
      check({ launch: '2027-Q2', end: '2027-07-01', shipping: '2027-09' }, 'zh-TW'),
      'vague-date',
    );
    expect(vague.message).toContain('2027年4月6日（二）、2027年5月4日（二）、2027年6月1日（二）');
  });
});

describe('checkTimeline: homework for a far launch', () => {
  it('keeps a copy draft the client set and suggests the survey only', () => {
    const far = only(check({ ...FAR, copyDraft: '2027-02-10' }), 'too-far');
    expect(far.message).toContain('a first copy draft by Wed 10 Feb 2027');
    expect(suggested(far)).toEqual(['dates.survey=2027-02-01']);
  });

  it('suggests a day for homework given only as a month', () => {
    const far = only(check({ ...FAR, survey: '2027-03', copyDraft: '2027-02-10' }), 'too-far');
    expect(suggested(far)).toEqual(['dates.survey=2027-02-01']);
  });

  it('suggests nothing when the client set both homework days', () => {
    const far = only(check({ ...FAR, copyDraft: '2027-02-10', survey: '2027-03-01' }), 'too-far');
    expect(Object.keys(far).sort()).toEqual(['code', 'message', 'severity']);
  });
});

describe('checkTimeline: severities and order', () => {
  it('makes every timing finding but a vague date a warning, in the order the checks run', () => {
    const checks = check({
      launch: '2027-01-20',
      end: '2027-01-25',
      shipping: '2027-02',
      survey: '2027-01-01',
      handover: '2027-Q3',
    });
    expect(checks.map((c) => `${c.code}:${c.severity}`)).toEqual([
      'vague-date:blocker',
      'too-tight:warning',
      'campaign-length:warning',
      'shipping-slack:warning',
      'in-the-past:warning',
    ]);
    expect(only(check(FAR), 'too-far').severity).toBe('warning');
  });
});
