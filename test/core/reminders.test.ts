import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import { clientHealth } from '../../src/core/health';
import { milestoneStatus, reminderKey, selectReminders } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { MilestoneProgress } from '../../src/shared/schedule';
import { dayArb } from './helpers';

const TODAY = '2027-03-10';

function m(id: string, dueDate: string, changes: Partial<MilestoneProgress> = {}): MilestoneProgress {
  return { id, dueDate, done: false, audience: 'client', reminderLeadDays: 3, ...changes };
}

describe('milestoneStatus', () => {
  it('is done, overdue, due-soon within the lead days, or upcoming', () => {
    expect(milestoneStatus(m('a', '2027-03-01', { done: true }), TODAY)).toBe('done');
    expect(milestoneStatus(m('a', '2027-03-09'), TODAY)).toBe('overdue');
    expect(milestoneStatus(m('a', '2027-03-10'), TODAY)).toBe('due-soon');
    expect(milestoneStatus(m('a', '2027-03-13'), TODAY)).toBe('due-soon');
    expect(milestoneStatus(m('a', '2027-03-14'), TODAY)).toBe('upcoming');
    expect(milestoneStatus(m('a', '2027-03-10', { reminderLeadDays: 0 }), TODAY)).toBe('due-soon');
  });
});

describe('the overdue window', () => {
  it('reaches exactly overdueNoticeDays past the due day, and starts the day after it', () => {
    const window = DEFAULT_SETTINGS.overdueNoticeDays;
    const kinds = (due: string) =>
      selectReminders(
        [{ clientId: 'c1', milestones: [m('x', due)] }],
        TODAY,
        new Set(),
        DEFAULT_SETTINGS,
      ).map((r) => r.kind);
    expect(kinds(TODAY)).toEqual(['reminder']);
    expect(kinds(addDays(TODAY, -1))).toEqual(['overdue']);
    expect(kinds(addDays(TODAY, -window))).toEqual(['overdue']);
    expect(kinds(addDays(TODAY, -window - 1))).toEqual([]);
  });
});

describe('selectReminders', () => {
  const clients = [
    {
      clientId: 'c1',
      milestones: [
        m('soon', '2027-03-12'),
        m('today', '2027-03-10', { audience: 'csm' }),
        m('later', '2027-03-20'),
        m('late', '2027-03-08'),
        m('long-late', '2027-02-01'),
        m('finished', '2027-03-11', { done: true }),
      ],
    },
    { clientId: 'c2', milestones: [m('soon', '2027-03-11')] },
  ];

  it('selects open milestones inside their window and recent overdue ones, in due order', () => {
    const due = selectReminders(clients, TODAY, new Set(), DEFAULT_SETTINGS);
    expect(due.map((r) => [r.clientId, r.milestoneId, r.kind, r.daysLeft])).toEqual([
      ['c1', 'late', 'overdue', -2],
      ['c1', 'today', 'reminder', 0],
      ['c2', 'soon', 'reminder', 1],
      ['c1', 'soon', 'reminder', 2],
    ]);
    expect(due[1]).toEqual({
      key: 'c1|today|2027-03-10|reminder',
      clientId: 'c1',
      milestoneId: 'today',
      dueDate: '2027-03-10',
      kind: 'reminder',
      audience: 'csm',
      daysLeft: 0,
    });
  });

  it('skips what the sent log already holds, and reminds again when the due day moved', () => {
    const sent = new Set([reminderKey('c1', 'soon', '2027-03-12', 'reminder'), 'c1|late|2027-03-08|overdue']);
    expect(selectReminders(clients, TODAY, sent, DEFAULT_SETTINGS).map((r) => r.key)).toEqual([
      'c1|today|2027-03-10|reminder',
      'c2|soon|2027-03-11|reminder',
    ]);
    const moved = [{ clientId: 'c1', milestones: [m('soon', '2027-03-13')] }];
    expect(selectReminders(moved, TODAY, sent, DEFAULT_SETTINGS)).toHaveLength(1);
  });

  it('catches up days the job did not run, once per key', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.array(
          fc.record({ offset: fc.integer({ min: -5, max: 20 }), lead: fc.integer({ min: 0, max: 7 }) }),
          { maxLength: 8 },
        ),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (start, specs, runs) => {
          const milestones = specs.map((s, i) =>
            m(`m${i}`, addDays(start, s.offset), { reminderLeadDays: s.lead }),
          );
          const sent = new Set<string>();
          const counts = new Map<string, number>();
          for (let day = 0; day < runs.length; day++) {
            if (!runs[day]) continue;
            for (const r of selectReminders(
              [{ clientId: 'c', milestones }],
              addDays(start, day),
              sent,
              DEFAULT_SETTINGS,
            )) {
              sent.add(r.key);
              counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
            }
          }
          for (const count of counts.values()) expect(count).toBe(1);
          // Each milestone whose window held at least one run was reminded, even if not on its first day.
          specs.forEach((spec, i) => {
            const key = reminderKey('c', `m${i}`, addDays(start, spec.offset), 'reminder');
            const ran = runs.some((run, day) => run && day >= spec.offset - spec.lead && day <= spec.offset);
            expect(counts.has(key)).toBe(ran);
          });
        },
      ),
    );
  });

  it('sends a reminder missed on every day of its window once, the first day the job runs again', () => {
    const late = [{ clientId: 'c', milestones: [m('x', '2027-03-12', { reminderLeadDays: 5 })] }];
    // The job was down from 03-07 to 03-11; it runs on 03-12, the due day.
    expect(selectReminders(late, '2027-03-12', new Set(), DEFAULT_SETTINGS).map((r) => r.kind)).toEqual([
      'reminder',
    ]);
  });
});

describe('clientHealth', () => {
  it('is on-track, attention with anything overdue, at-risk with two overdue client milestones', () => {
    const ok = [m('a', '2027-03-11'), m('b', '2027-03-01', { done: true })];
    expect(clientHealth(ok, TODAY, DEFAULT_SETTINGS)).toEqual({
      health: 'on-track',
      overdueClient: 0,
      overdueCsm: 0,
      dueSoon: 1,
    });
    const csmLate = [
      ...ok,
      m('c', '2027-03-01', { audience: 'csm' }),
      m('d', '2027-03-02', { audience: 'csm' }),
    ];
    expect(clientHealth(csmLate, TODAY, DEFAULT_SETTINGS).health).toBe('attention');
    const oneLate = [...ok, m('e', '2027-03-09', { audience: 'both' })];
    expect(clientHealth(oneLate, TODAY, DEFAULT_SETTINGS).health).toBe('attention');
    const twoLate = [...oneLate, m('f', '2027-02-01')];
    expect(clientHealth(twoLate, TODAY, DEFAULT_SETTINGS)).toEqual({
      health: 'at-risk',
      overdueClient: 2,
      overdueCsm: 0,
      dueSoon: 1,
    });
    expect(clientHealth(twoLate, TODAY, { ...DEFAULT_SETTINGS, atRiskOverdueClient: 3 }).health).toBe(
      'attention',
    );
  });
});
