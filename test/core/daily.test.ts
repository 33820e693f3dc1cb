import { describe, expect, it } from 'vitest';
import { type DayClient, type DayMilestone, lastWeeklyDay, planDay, weekAhead } from '../../src/core/daily';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const TODAY = '2027-03-10'; // a Wednesday

function m(clientId: string, id: string, dueDate: string, changes: Partial<DayMilestone> = {}): DayMilestone {
  return {
    clientId,
    id,
    title: `title ${id}`,
    prepare: '',
    dueDate,
    done: false,
    audience: 'client',
    reminderLeadDays: 3,
    marks: [],
    ...changes,
  };
}

const clients: DayClient[] = [
  { id: 'A', name: 'Acme', active: true },
  { id: 'B', name: 'Bolt', active: true },
  { id: 'P', name: 'Paused', active: false },
];

describe('planDay', () => {
  const milestones = [
    m('A', 'late-1', '2027-03-08'),
    m('A', 'late-2', '2027-03-09'),
    m('A', 'soon', '2027-03-12', {
      marks: [{ kind: 'reminder', dueDate: '2027-03-12', state: 'sent', on: '2027-03-09' }],
    }),
    m('A', 'mine', '2027-03-11', { audience: 'csm', prepare: 'send the extra advice' }),
    m('B', 'soon', '2027-03-11', {
      marks: [{ kind: 'reminder', dueDate: '2027-03-11', state: 'pending', on: '2027-03-09' }],
    }),
    m('B', 'later', '2027-03-30'),
    m('B', 'done', '2027-03-01', { done: true }),
    m('P', 'late', '2027-03-09'),
  ];
  const plan = planDay(clients, milestones, TODAY, DEFAULT_SETTINGS);

  it('gives each milestone its status and each client its health', () => {
    expect(plan.statuses).toEqual([
      'overdue',
      'overdue',
      'due-soon',
      'due-soon',
      'due-soon',
      'upcoming',
      'done',
      'overdue',
    ]);
    expect(plan.health.get('A')?.health).toBe('at-risk');
    expect(plan.health.get('B')?.health).toBe('on-track');
    expect(plan.atRisk).toEqual([{ clientId: 'A', clientName: 'Acme', overdue: 2 }]);
  });

  it('selects client reminders of active clients not in the sent log, oldest first; none for the CSM alone', () => {
    expect(plan.due.map((d) => [d.key, d.at])).toEqual([
      ['A|late-1|2027-03-08|overdue', 0],
      ['A|late-2|2027-03-09|overdue', 1],
    ]);
  });

  it('lists pending sends for review and splits the digest into client items and CSM follow-ups', () => {
    expect(plan.review).toEqual([
      {
        clientId: 'B',
        clientName: 'Bolt',
        milestone: 'title soon',
        dueDate: '2027-03-11',
        kind: 'reminder',
        since: '2027-03-09',
      },
    ]);
    expect(plan.overdue.map((e) => `${e.clientId} ${e.milestone} ${e.daysLeft}`)).toEqual([
      'A title late-1 -2',
      'A title late-2 -1',
    ]);
    expect(plan.dueSoon.map((e) => `${e.clientId} ${e.milestone}`)).toEqual(['B title soon', 'A title soon']);
    expect(plan.followUps).toEqual([
      {
        clientId: 'A',
        clientName: 'Acme',
        milestone: 'title mine',
        dueDate: '2027-03-11',
        daysLeft: 1,
        prepare: 'send the extra advice',
      },
    ]);
  });
});

describe('weekAhead and lastWeeklyDay', () => {
  it('lists the open milestones of active clients due in the next seven days', () => {
    const week = weekAhead(
      clients,
      [
        m('A', 'x', '2027-03-17'),
        m('A', 'y', '2027-03-18'),
        m('B', 'z', '2027-03-10'),
        m('P', 'p', '2027-03-12'),
      ],
      TODAY,
    );
    expect(week).toMatchObject({ from: '2027-03-11', to: '2027-03-17' });
    expect(week.entries.map((e) => e.milestone)).toEqual(['title x']);
  });

  it('finds the latest digest weekday on or before today', () => {
    expect(lastWeeklyDay(TODAY, 1)).toBe('2027-03-08');
    expect(lastWeeklyDay(TODAY, 3)).toBe(TODAY);
    expect(lastWeeklyDay(TODAY, 4)).toBe('2027-03-04');
  });
});
