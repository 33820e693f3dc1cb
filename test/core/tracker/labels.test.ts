import { describe, expect, it } from 'vitest';
import { clientRowStatus, countStatus, isTicked, milestoneRowStatus } from '../../../src/core/tracker/counts';
import { CLIENT_STATUSES, codeOf, labelOf, MILESTONE_STATUSES } from '../../../src/core/tracker/labels';

describe('status labels', () => {
  it('shows a code in the workspace language, and an unknown code as itself', () => {
    expect(labelOf(MILESTONE_STATUSES, 'due-soon', 'en')).toBe('Due soon');
    expect(labelOf(MILESTONE_STATUSES, 'due-soon', 'zh-TW')).toBe('即將到期');
    expect(labelOf(CLIENT_STATUSES, 'partial', 'zh-TW')).toBe('未完成建立');
    expect(labelOf(CLIENT_STATUSES, 'archived' as 'closed', 'en')).toBe('archived');
  });

  it('reads a cell as its code in either language, as the code, in any case and padded', () => {
    expect(codeOf(CLIENT_STATUSES, ' PAUSED ')).toBe('paused');
    expect(codeOf(CLIENT_STATUSES, '已結案')).toBe('closed');
    expect(codeOf(MILESTONE_STATUSES, 'due-soon')).toBe('due-soon');
    expect(codeOf(MILESTONE_STATUSES, null)).toBeUndefined();
    expect(codeOf(MILESTONE_STATUSES, 'soon')).toBeUndefined();
  });
});

describe('row statuses', () => {
  it('counts a Done tick as a checkbox or the text TRUE only', () => {
    expect([true, 'true', ' TRUE ', 'True'].map(isTicked)).toEqual([true, true, true, true]);
    expect([false, 'yes', 'TRUE!', 'not true', 1, null, undefined].map(isTicked)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads blank and absent cells as upcoming and active, and unknown words as other', () => {
    expect(milestoneRowStatus(null, undefined)).toBe('upcoming');
    expect(milestoneRowStatus('   ', false)).toBe('upcoming');
    expect(milestoneRowStatus(' overdue ', false)).toBe('overdue');
    expect(clientRowStatus(undefined)).toBe('active');
    expect(clientRowStatus(' ')).toBe('active');
    expect(clientRowStatus('Closed')).toBe('closed');
    expect(clientRowStatus('on hold')).toBe('other');
  });

  it('adds up statuses from zero', () => {
    const counts = {};
    for (const status of ['done', 'other', 'done']) countStatus(counts, status);
    expect(counts).toEqual({ done: 2, other: 1 });
  });
});
