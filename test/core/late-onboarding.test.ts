import { describe, expect, it } from 'vitest';
import {
  clientDueDay,
  isBusinessDay,
  TAIWAN_HOLIDAYS_2027,
  workCalendar,
} from '../../src/core/business-days';
import { addDays } from '../../src/core/dates';
import { timelineRows } from '../../src/core/doc-requests';
import { planClient } from '../../src/core/plan';
import { milestoneStatus, selectReminders } from '../../src/core/reminders';
import { appSettingProblem, DEFAULT_SETTINGS, resolveSettings } from '../../src/core/settings';
import type { Milestone } from '../../src/shared/schedule';
import { sampleInput } from './helpers';

const options = { mode: 'plan', settings: DEFAULT_SETTINGS } as const;
const calendar = workCalendar(DEFAULT_SETTINGS.holidays);
/** The anchor events a client pinned keep their day, whatever the weekday (launch, end, shipping). */
const EVENTS = new Set(['launch', 'campaign-end', 'shipping-notice']);

/** The plan of a client onboarded on `today` that launches on `launch`, ending 30 days later. */
function planOf(today: string, launch: string, targetAmount = 1_200_000): Milestone[] {
  const end = addDays(launch, 30);
  const result = planClient(
    sampleInput({ targetAmount, dates: { launch, end, shipping: addDays(end, 45).slice(0, 7) } }),
    today,
    options,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.milestones;
}

const due = (milestones: readonly Milestone[], id: string): string =>
  milestones.find((m) => m.id === id)?.dueDate ?? `no ${id}`;

/** Client-facing milestones that break the rules: before the start, or off a working day. */
function misplaced(milestones: readonly Milestone[], start: string): string[] {
  return milestones
    .filter((m) => m.audience !== 'csm' && !m.catchUp)
    .filter((m) => m.dueDate < start || (!EVENTS.has(m.ruleId) && !isBusinessDay(m.dueDate, calendar)))
    .map((m) => `${m.id} ${m.dueDate}`);
}

describe('a client onboarded ten days before launch', () => {
  // Monday 4 January 2027, launching Thursday the 14th: page, visuals, PR list already past.
  const milestones = planOf('2027-01-04', '2027-01-14');

  it('has no client milestone before the onboarding day, on a weekend or on a listed holiday', () => {
    expect(misplaced(milestones, '2027-01-04')).toEqual([]);
    expect(milestones.filter((m) => m.catchUp)).toEqual([]);
  });

  it('keeps the order of work: copy draft, page, platform review, launch', () => {
    expect(due(milestones, 'copy-draft') < due(milestones, 'platform-review')).toBe(true);
    expect(due(milestones, 'page-build') <= due(milestones, 'platform-review')).toBe(true);
    expect(due(milestones, 'platform-review') < due(milestones, 'launch')).toBe(true);
    expect(due(milestones, 'launch')).toBe('2027-01-14');
    // Only the kickoff is due on the onboarding day itself (compression starts a day later).
    expect(milestones.filter((m) => m.dueDate === '2027-01-04').map((m) => m.id)).toEqual(['kickoff']);
  });

  it('compresses around the Lunar New Year holidays too', () => {
    // Thursday 28 January, launching Thursday 11 February: 4-10 February are days off.
    const plan = planOf('2027-01-28', '2027-02-11');
    expect(misplaced(plan, '2027-01-28')).toEqual([]);
    const during = plan.filter(
      (m) => m.audience !== 'csm' && m.dueDate >= '2027-02-04' && m.dueDate <= '2027-02-10',
    );
    expect(during).toEqual([]);
  });
});

describe('fitting a plan to its start', () => {
  it('never puts a client milestone before the start or off a working day, whatever the lead', () => {
    const problems: string[] = [];
    for (let start = '2027-01-01'; start < '2027-12-01'; start = addDays(start, 11)) {
      for (const lead of [3, 10, 17, 30, 45]) {
        for (const amount of [200_000, 1_200_000, 6_000_000]) {
          const plan = planOf(start, addDays(start, lead), amount);
          problems.push(...misplaced(plan, start).map((bad) => `${start}+${lead} ${amount}: ${bad}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('leaves a plan with time to spare as the playbook says, on working days', () => {
    // Monday 1 March, launching Tuesday 1 June: nothing is late, so nothing moves but weekends.
    const plan = planOf('2027-03-01', '2027-06-01');
    expect(due(plan, 'platform-review')).toBe('2027-05-25');
    expect(due(plan, 'page-build')).toBe('2027-05-18');
    expect(plan.some((m) => m.catchUp)).toBe(false);
  });

  it('marks what cannot fit as catch-up for the CSM, and reminds nobody of it', () => {
    // Launch tomorrow: no day is left for the page or the platform review.
    const plan = planOf('2027-03-01', '2027-03-02');
    const late = plan.filter((m) => m.catchUp).map((m) => m.id);
    expect(late).toEqual(expect.arrayContaining(['page-build', 'visuals', 'platform-review']));
    for (const m of plan.filter((x) => x.catchUp)) expect(m.dueDate < '2027-03-01').toBe(true);
    const progress = plan.map((m) => ({ ...m, done: false }));
    const today = '2027-03-02';
    const page = progress.find((m) => m.id === 'page-build');
    expect(page && milestoneStatus(page, today)).toBe('catch-up');
    const reminders = selectReminders(
      [{ clientId: 'C1', milestones: progress }],
      today,
      new Set(),
      DEFAULT_SETTINGS,
    );
    expect(reminders.filter((r) => late.includes(r.milestoneId))).toEqual([]);
  });

  it('leaves out the past occurrences of a recurring milestone and catches up past ones', () => {
    const result = planClient(
      sampleInput({ playbook: 'b2b-saas', dates: { contractStart: '2027-01-04' } }),
      '2027-03-15',
      options,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const usage = result.milestones.filter((m) => m.ruleId === 'usage-report');
    expect(usage.every((m) => m.dueDate >= '2027-03-15')).toBe(true);
    expect(usage[0]?.id).not.toBe('usage-report#1');
    expect(result.milestones.find((m) => m.id === 'handoff')?.catchUp).toBe(true);
  });
});

describe('working days', () => {
  it('moves a deadline to the working day before, never before the start', () => {
    expect(clientDueDay('2027-01-09', '2027-01-04', calendar)).toBe('2027-01-08'); // Saturday → Friday
    expect(clientDueDay('2027-02-09', '2027-01-04', calendar)).toBe('2027-02-03'); // Lunar New Year
    expect(clientDueDay('2027-01-10', '2027-01-09', calendar)).toBe('2027-01-11'); // start Saturday → Monday
    expect(clientDueDay('2027-01-12', '2027-01-04', workCalendar([]))).toBe('2027-01-12');
  });

  it('keeps the Holidays setting a list of days, and says which are not', () => {
    expect(DEFAULT_SETTINGS.holidays).toEqual([...TAIWAN_HOLIDAYS_2027]);
    expect(TAIWAN_HOLIDAYS_2027.every((day) => isBusinessDay(day, workCalendar([])))).toBe(true);
    const { problems } = resolveSettings({ holidays: ['2027-01-01', '2027-02-30'] }, 'en');
    expect(problems.map((p) => p.field)).toEqual(['holidays']);
    expect(appSettingProblem('holidays', '2027-01-01, 2027-13-01', 'en', () => true)).toMatch(/2027-13-01/);
    expect(appSettingProblem('holidays', '2027-01-01，2027-02-04', 'zh-TW', () => true)).toBe('');
  });
});

describe('the client timeline', () => {
  it('lists only the client milestones: not the survey review the CSM leads', () => {
    const plan = planOf('2026-12-01', '2027-03-02');
    const text = timelineRows(plan, 'en')
      .map((row) => row.join(' | '))
      .join('\n');
    expect(text).not.toMatch(/Review the survey results/);
    expect(text).not.toMatch(/unexpected extra advice/);
    expect(text).toMatch(/Submit for platform review/);
  });

  it('leaves out what the CSM catches up: the client sees no day before it came', () => {
    const plan = planOf('2027-03-01', '2027-03-02');
    expect(plan.some((m) => m.catchUp && m.audience !== 'csm')).toBe(true);
    const days = timelineRows(plan, 'en').slice(1);
    expect(days.some(([, title]) => /Project page built/.test(title ?? ''))).toBe(false);
    expect(days.some(([, title]) => /Launch \(a person/.test(title ?? ''))).toBe(true);
  });
});
