import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/core/dates';
import { B2B_SAAS } from '../../src/core/playbooks/b2b-saas';
import { CROWDFUNDING } from '../../src/core/playbooks/crowdfunding';
import { retime } from '../../src/core/retime';
import { buildSchedule, resolveAnchors } from '../../src/core/schedule';
import type { ServiceLevel } from '../../src/shared/client';
import type { Milestone, TrackedMilestone } from '../../src/shared/schedule';
import { dayArb, inTimeZone, TIME_ZONES } from './helpers';

const TODAY = '2027-01-04';
const DATES = { prepStart: '2027-01-04', launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' };

function schedule(dates: Record<string, string>, serviceLevel: ServiceLevel = 'advanced', today = TODAY) {
  return buildSchedule({ dates, serviceLevel }, CROWDFUNDING, today);
}

function due(milestones: readonly Milestone[], id: string): string | undefined {
  return milestones.find((m) => m.id === id)?.dueDate;
}

function tracked(milestones: readonly Milestone[], doneIds: readonly string[] = []): TrackedMilestone[] {
  return milestones.map((m) => ({ ...m, done: doneIds.includes(m.id) }));
}

/** Client dates in a plausible order, from any start day. */
const datesArb = fc
  .record({
    prepStart: dayArb,
    prep: fc.integer({ min: 0, max: 200 }),
    length: fc.integer({ min: 1, max: 90 }),
    slackMonths: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ prepStart, prep, length, slackMonths }) => {
    const launch = addDays(prepStart, prep);
    const end = addDays(launch, length);
    const shippingDay = addDays(end, slackMonths * 31);
    return { prepStart, launch, end, shipping: shippingDay.slice(0, 7) };
  });
const levelArb = fc.constantFrom<ServiceLevel>('advanced', 'basic', 'simple');

describe('resolveAnchors', () => {
  it('takes given days, the first day of a shipping month, and documented defaults', () => {
    const anchors = resolveAnchors(
      CROWDFUNDING,
      { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' },
      TODAY,
    );
    expect(Object.fromEntries(anchors)).toEqual({
      prepStart: TODAY,
      copyDraft: '2027-01-26',
      survey: '2027-02-02',
      launch: '2027-03-02',
      end: '2027-04-01',
      shipping: '2027-06-01',
    });
  });

  it('never derives a survey or copy draft before the kickoff leaves room', () => {
    const anchors = resolveAnchors(
      CROWDFUNDING,
      { launch: '2027-01-20', end: '2027-02-20', shipping: '2027-04' },
      TODAY,
    );
    expect(anchors.get('copyDraft')).toBe(addDays(TODAY, 5));
    expect(anchors.get('survey')).toBe(addDays(TODAY, 7));
  });

  it('leaves a vague launch, and what derives from it, unresolved', () => {
    const anchors = resolveAnchors(
      CROWDFUNDING,
      { launch: '2027-Q2', end: '2027-07-01', shipping: '2027-09' },
      TODAY,
    );
    expect([anchors.has('launch'), anchors.has('survey'), anchors.has('copyDraft')]).toEqual([
      false,
      false,
      false,
    ]);
    expect(anchors.get('prepStart')).toBe(TODAY);
  });

  it('derives the renewal a year after the contract, clamped at month ends', () => {
    expect(resolveAnchors(B2B_SAAS, { contractStart: '2028-02-29' }, TODAY).get('renewal')).toBe(
      '2029-02-28',
    );
    expect(
      resolveAnchors(B2B_SAAS, { contractStart: '2027-05-10', renewal: '2028-01-01' }, TODAY).get('renewal'),
    ).toBe('2028-01-01');
  });
});

describe('buildSchedule', () => {
  it('dates the crowdfunding milestones from their anchors', () => {
    const milestones = schedule(DATES);
    expect(due(milestones, 'kickoff')).toBe('2027-01-04');
    expect(due(milestones, 'expected-unexpected')).toBe('2027-01-08');
    expect(due(milestones, 'platform-review')).toBe('2027-02-23');
    expect(due(milestones, 'launch')).toBe('2027-03-02');
    expect(due(milestones, 'last-call')).toBe('2027-03-29');
    expect(due(milestones, 'shipping-notice')).toBe('2027-06-01');
    expect(due(milestones, 'production-check')).toBe('2027-05-02');
  });

  it('expands weekly reviews with stable numbered ids up to the day before the end', () => {
    const reviews = schedule(DATES).filter((m) => m.ruleId === 'weekly-review');
    expect(reviews.map((m) => [m.id, m.dueDate])).toEqual([
      ['weekly-review#1', '2027-03-09'],
      ['weekly-review#2', '2027-03-16'],
      ['weekly-review#3', '2027-03-23'],
      ['weekly-review#4', '2027-03-30'],
    ]);
    expect(schedule({ ...DATES, end: '2027-03-08' }).some((m) => m.ruleId === 'weekly-review')).toBe(false);
  });

  it('gives each level only its rules', () => {
    const ids = (level: ServiceLevel) => new Set(schedule(DATES, level).map((m) => m.ruleId));
    expect(ids('advanced').has('video-final')).toBe(true);
    expect(ids('basic').has('video-final')).toBe(false);
    expect(ids('basic').has('pr-kol-list')).toBe(true);
    expect(ids('simple').has('pr-kol-list')).toBe(false);
    expect(ids('simple').has('visuals')).toBe(true);
  });

  it('plans only the kickoff part while the launch is vague', () => {
    const ids = schedule({ launch: '2027-Q2', end: '2027-07-01', shipping: '2027-09' }).map((m) => m.ruleId);
    expect(ids).toContain('kickoff');
    expect(ids).toContain('backer-survey');
    expect(ids).not.toContain('launch');
    expect(ids).not.toContain('survey-live');
  });

  it('plans a b2b-saas year with monthly usage reports and win-back after the renewal', () => {
    const milestones = buildSchedule(
      { dates: { contractStart: '2027-01-01' }, serviceLevel: 'advanced' },
      B2B_SAAS,
      TODAY,
    );
    expect(due(milestones, 'renewal-proposal')).toBe('2027-11-02');
    expect(milestones.filter((m) => m.ruleId === 'usage-report').length).toBe(10);
    expect(milestones.filter((m) => m.ruleId === 'win-back').map((m) => m.dueDate)).toEqual([
      '2028-01-31',
      '2028-03-01',
      '2028-03-31',
    ]);
  });

  for (const zone of TIME_ZONES) {
    it(`keeps due − anchor === offset, order and recurrence spacing in ${zone}`, () => {
      inTimeZone(zone, () => {
        fc.assert(
          fc.property(datesArb, levelArb, (dates, level) => {
            const milestones = schedule(dates, level, dates.prepStart);
            const anchors = resolveAnchors(CROWDFUNDING, dates, dates.prepStart);
            const rules = new Map(CROWDFUNDING.rules.map((r) => [r.id, r]));
            for (const [i, m] of milestones.entries()) {
              const rule = rules.get(m.ruleId);
              const anchor = rule && anchors.get(rule.anchor);
              if (!rule || anchor === undefined) throw new Error(`no rule or anchor for ${m.id}`);
              const occurrence = Number(m.id.split('#')[1] ?? 1) - 1;
              expect(daysBetween(anchor, m.dueDate)).toBe(
                rule.offsetDays + occurrence * (rule.recurrence?.everyDays ?? 0),
              );
              const next = milestones[i + 1];
              if (next)
                expect(m.dueDate < next.dueDate || (m.dueDate === next.dueDate && m.id < next.id)).toBe(true);
            }
            expect(milestones.every((m) => rules.get(m.ruleId)?.levels.includes(level))).toBe(true);
          }),
          { numRuns: 60 },
        );
      });
    });
  }
});

describe('retime', () => {
  it('is a no-op with the same dates, in any zone', () => {
    fc.assert(
      fc.property(
        datesArb,
        levelArb,
        fc.constantFrom(...TIME_ZONES),
        fc.integer({ min: 0, max: 40 }),
        (dates, level, zone, doneCount) =>
          inTimeZone(zone, () => {
            const planned = schedule(dates, level);
            const current = tracked(
              planned,
              planned.slice(0, doneCount).map((m) => m.id),
            );
            const result = retime(current, schedule(dates, level));
            expect(result).toEqual({ milestones: current, moved: [], appeared: [], vanished: [] });
          }),
      ),
      { numRuns: 60 },
    );
  });

  it('moves open milestones with the launch, keeps done ones, and lists what changed', () => {
    const before = schedule(DATES);
    const current = tracked(before, ['kickoff', 'platform-review']);
    const moved = { ...DATES, launch: '2027-03-09', end: '2027-04-08' };
    const result = retime(current, schedule(moved));
    expect(result.moved).toContainEqual({ id: 'launch', from: '2027-03-02', to: '2027-03-09' });
    expect(result.moved).toContainEqual({ id: 'weekly-review#1', from: '2027-03-09', to: '2027-03-16' });
    expect(result.moved.some((m) => m.id === 'platform-review' || m.id === 'kickoff')).toBe(false);
    expect(result.milestones.find((m) => m.id === 'platform-review')).toEqual(
      current.find((m) => m.id === 'platform-review'),
    );
    expect(result.appeared).toEqual([]);
    expect(result.vanished).toEqual([]);
  });

  it('lists milestones that appear and vanish, and keeps done ones the new plan lacks', () => {
    const current = tracked(schedule(DATES, 'advanced'), ['video-script']);
    const longer = schedule({ ...DATES, end: '2027-04-15' }, 'basic');
    const result = retime(current, longer);
    expect(result.appeared.map((m) => m.id)).toEqual(['weekly-review#5', 'weekly-review#6']);
    expect(result.vanished.map((m) => m.id).sort()).toEqual(['email-list', 'video-final'].sort());
    expect(result.milestones.find((m) => m.id === 'video-script')?.done).toBe(true);
    expect(result.milestones.some((m) => m.id === 'video-final')).toBe(false);
    const dates = result.milestones.map((m) => `${m.dueDate} ${m.id}`);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives every open milestone its new day, whatever moved', () => {
    fc.assert(
      fc.property(datesArb, datesArb, levelArb, (a, b, level) => {
        const current = tracked(schedule(a, level));
        const next = schedule(b, level);
        const result = retime(current, next);
        expect(result.milestones).toEqual(next.map((m) => ({ ...m, done: false })));
        for (const m of result.moved) expect(m.from).not.toBe(m.to);
      }),
      { numRuns: 60 },
    );
  });

  it('does not modify its inputs', () => {
    const current = Object.freeze(tracked(schedule(DATES)).map((m) => Object.freeze(m)));
    const next = Object.freeze(schedule({ ...DATES, launch: '2027-03-03' }));
    expect(() => retime(current, next)).not.toThrow();
  });
});
