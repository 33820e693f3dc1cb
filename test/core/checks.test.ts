import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTimeline } from '../../src/core/checks';
import { addDays, daysBetween, weekday } from '../../src/core/dates';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CheckCode, TimelineCheck } from '../../src/shared/checks';
import type { ServiceLevel } from '../../src/shared/client';
import type { Language } from '../../src/shared/i18n';
import { dayArb } from './helpers';

const TODAY = '2027-01-04'; // a Monday
const FINE = { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' };

function check(
  dates: Record<string, string>,
  options: { level?: ServiceLevel; today?: string; language?: Language } = {},
): TimelineCheck[] {
  const client = {
    dates,
    serviceLevel: options.level ?? 'advanced',
    language: options.language ?? 'en',
  } as const;
  return checkTimeline(client, options.today ?? TODAY, DEFAULT_SETTINGS);
}

function codes(checks: readonly TimelineCheck[]): CheckCode[] {
  return checks.map((c) => c.code);
}

function only(checks: readonly TimelineCheck[], code: CheckCode): TimelineCheck {
  const found = checks.filter((c) => c.code === code);
  expect(found).toHaveLength(1);
  return found[0] as TimelineCheck;
}

describe('checkTimeline', () => {
  it('finds nothing wrong with a well-planned client', () => {
    expect(check(FINE)).toEqual([]);
  });

  it('too-tight: preparation shorter than the level minimum; suggests the earliest Tue–Thu that fits', () => {
    const tight = only(check({ ...FINE, launch: '2027-01-20', end: '2027-02-19' }), 'too-tight');
    expect(tight.severity).toBe('warning');
    expect(tight.suggestion).toEqual({ field: 'dates.launch', value: '2027-02-16' });
    expect(tight.message).toContain('Only 16 days');
    expect(tight.message).toContain('needs at least 42');
    // Basic needs 28 days: 28 is enough, 27 is not.
    expect(codes(check({ ...FINE, launch: '2027-02-01', end: '2027-03-03' }, { level: 'basic' }))).toEqual(
      [],
    );
    expect(codes(check({ ...FINE, launch: '2027-01-31', end: '2027-03-02' }, { level: 'basic' }))).toEqual([
      'too-tight',
    ]);
    // Preparation counts from the kickoff when there was one.
    expect(
      codes(check({ ...FINE, prepStart: '2026-12-01', launch: '2027-01-20', end: '2027-02-19' })),
    ).toEqual([]);
  });

  it('too-far: launch beyond 180 days; suggests dated homework the client has not set', () => {
    const far = only(check({ launch: '2027-08-03', end: '2027-09-02', shipping: '2027-11' }), 'too-far');
    expect(far.suggestion).toEqual({ field: 'dates.copyDraft', value: '2027-01-18' });
    expect(far.otherSuggestions).toEqual([{ field: 'dates.survey', value: '2027-02-01' }]);
    expect(far.message).toContain('211 days away');
    const withSurvey = only(
      check({ launch: '2027-08-03', end: '2027-09-02', shipping: '2027-11', survey: '2027-03-01' }),
      'too-far',
    );
    expect(withSurvey.suggestion).toEqual({ field: 'dates.copyDraft', value: '2027-01-18' });
    expect(withSurvey.otherSuggestions).toBeUndefined();
    expect(codes(check({ launch: '2027-07-03', end: '2027-08-02', shipping: '2027-10' }))).toEqual([]);
  });

  it('vague-date: a quarter is a blocker with the first Tuesday of each month', () => {
    const vague = only(check({ launch: '2027-Q2', end: '2027-07-01', shipping: '2027-09' }), 'vague-date');
    expect(vague.severity).toBe('blocker');
    expect([vague.suggestion, ...(vague.otherSuggestions ?? [])].map((s) => s?.value)).toEqual([
      '2027-04-06',
      '2027-05-04',
      '2027-06-01',
    ]);
    expect(vague.message).toBe(
      'Launch "2027-Q2" names only a quarter: ask which month, then which day, e.g. Tue 6 Apr 2027, Tue 4 May 2027, Tue 1 Jun 2027.',
    );
  });

  it('vague-date: a month gets a few Tuesdays; too soon a month gets the earliest feasible day', () => {
    const month = only(check({ launch: '2027-04', end: '2027-06-01', shipping: '2027-08' }), 'vague-date');
    expect([month.suggestion, ...(month.otherSuggestions ?? [])].map((s) => s?.value)).toEqual([
      '2027-04-06',
      '2027-04-13',
      '2027-04-20',
    ]);
    const soon = only(check({ launch: '2027-01', end: '2027-03-01', shipping: '2027-05' }), 'vague-date');
    expect(soon.suggestion).toEqual({ field: 'dates.launch', value: '2027-02-16' });
    expect(soon.otherSuggestions).toBeUndefined();
  });

  it('campaign-length: outside 14–60 days; suggests 30', () => {
    expect(codes(check({ ...FINE, end: '2027-03-16' }))).toEqual([]);
    expect(codes(check({ ...FINE, end: '2027-05-01' }))).toEqual([]);
    const short = only(check({ ...FINE, end: '2027-03-15' }), 'campaign-length');
    expect(short.suggestion).toEqual({ field: 'dates.end', value: '2027-04-01' });
    expect(codes(check({ ...FINE, end: '2027-05-02', shipping: '2027-07' }))).toEqual(['campaign-length']);
  });

  it('shipping-slack: less than a month after the end; suggests the first month that leaves it', () => {
    expect(only(check({ ...FINE, shipping: '2027-04' }), 'shipping-slack').suggestion).toEqual({
      field: 'dates.shipping',
      value: '2027-05',
    });
    expect(codes(check({ ...FINE, shipping: '2027-05' }))).toEqual([]);
    const mid = { launch: '2027-03-16', end: '2027-04-15', shipping: '2027-05' };
    expect(only(check(mid), 'shipping-slack').suggestion?.value).toBe('2027-06');
  });

  it('in-the-past: today and this month are not past; yesterday and last month are', () => {
    const pastCodes = (dates: Record<string, string>) =>
      check(dates).filter((c) => c.code === 'in-the-past').length;
    expect(pastCodes({ launch: TODAY, end: '2027-02-03', shipping: '2027-01' })).toBe(0);
    expect(pastCodes({ launch: addDays(TODAY, -1), end: '2027-02-03', shipping: '2027-04' })).toBe(1);
    expect(pastCodes({ launch: '2027-03-02', end: '2027-04-01', shipping: '2026-12' })).toBe(1);
  });

  it('in-the-past: dates before today, except the kickoff', () => {
    const past = check({
      prepStart: '2026-06-01',
      launch: '2026-07-01',
      end: '2026-07-31',
      shipping: '2026-12',
    });
    expect(codes(past).filter((c) => c === 'in-the-past')).toHaveLength(3);
    expect(past.find((c) => c.code === 'in-the-past')?.message).toBe(
      'Launch (Wed 1 Jul 2026) is in the past.',
    );
    const b2b = check({ contractStart: '2026-06-01', renewal: '2026-12-01' });
    expect(codes(b2b)).toEqual(['in-the-past']);
  });

  it('puts blockers first and speaks zh-TW', () => {
    const checks = check(
      { launch: '2027-Q2', end: '2026-12-01', shipping: '2027-09' },
      { language: 'zh-TW' },
    );
    expect(checks[0]?.code).toBe('vague-date');
    expect(checks[0]?.message).toContain('上線日「2027-Q2」只有季度');
    expect(checks[0]?.message).toContain('2027年4月6日（二）');
    expect(checks[1]?.message).toBe('結束日（2026年12月1日（二））已經過去了。');
  });

  it('applying a suggestion clears the finding that made it', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -30, max: 400 }),
        fc.integer({ min: 0, max: 90 }),
        fc.constantFrom<ServiceLevel>('advanced', 'basic', 'simple'),
        (today, lead, length, level) => {
          const launch = addDays(today, lead);
          const end = addDays(launch, length);
          const dates = { launch, end, shipping: end.slice(0, 7) };
          for (const found of check(dates, { today, level })) {
            if (found.code === 'in-the-past' || found.code === 'too-far') continue;
            const { suggestion } = found;
            if (!suggestion) throw new Error(`${found.code} without a suggestion`);
            const key = suggestion.field.replace('dates.', '');
            const fixed = { ...dates, [key]: suggestion.value };
            expect(codes(check(fixed, { today, level })), JSON.stringify({ dates, found })).not.toContain(
              found.code,
            );
            if (found.code === 'too-tight') {
              expect([2, 3, 4]).toContain(weekday(suggestion.value));
              expect(daysBetween(today, suggestion.value)).toBeGreaterThanOrEqual(
                DEFAULT_SETTINGS.minPrepDays[level],
              );
            }
          }
        },
      ),
    );
  });

  it('offers vague candidates inside the period that need no further fix', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 500 }), fc.boolean(), (today, ahead, quarter) => {
        const day = addDays(today, ahead);
        const month = day.slice(0, 7);
        const launch = quarter ? `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}` : month;
        const vague = only(check({ launch }, { today }), 'vague-date');
        for (const s of [vague.suggestion, ...(vague.otherSuggestions ?? [])]) {
          if (!s) throw new Error('no candidate');
          expect(codes(check({ launch: s.value }, { today }))).not.toContain('too-tight');
          expect(codes(check({ launch: s.value }, { today }))).not.toContain('vague-date');
        }
      }),
    );
  });
});
