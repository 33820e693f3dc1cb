import { describe, expect, it } from 'vitest';
import { clientRowStatus, isTicked, milestoneRowStatus } from '../../../src/core/tracker/counts';
import { formatForKeys, sheetFormat } from '../../../src/core/tracker/format-spec';
import { MILESTONES_SHEET } from '../../../src/core/tracker/schema';

describe('status of a row', () => {
  it('reads statuses in either language; the Done tick wins; blank is upcoming', () => {
    expect(milestoneRowStatus('即將到期', false)).toBe('due-soon');
    expect(milestoneRowStatus('Overdue', '')).toBe('overdue');
    expect(milestoneRowStatus('Overdue', true)).toBe('done');
    expect(milestoneRowStatus('', 'TRUE')).toBe('done');
    expect(milestoneRowStatus('', false)).toBe('upcoming');
    expect(milestoneRowStatus('Done', false)).toBe('upcoming');
    expect(milestoneRowStatus('waiting on client', false)).toBe('other');
    expect(clientRowStatus('暫停')).toBe('paused');
    expect(clientRowStatus('')).toBe('active');
    expect(isTicked('false')).toBe(false);
  });
});

describe('sheetFormat', () => {
  it('colours due soon, overdue and done in both languages, and a ticked Done box', () => {
    const format = sheetFormat(MILESTONES_SHEET, 'zh-TW');
    const texts = format.colours.flatMap((c) => c.texts);
    expect(texts).toEqual(
      expect.arrayContaining(['Due soon', '即將到期', 'Overdue', '已逾期', 'Done', '已完成']),
    );
    expect(format.colours.find((c) => c.key === 'done')?.texts).toEqual([]);
    expect(format.dateFormat).toBe('yyyy"年"m"月"d"日"');
    expect(sheetFormat(MILESTONES_SHEET, 'en').dateFormat).toBe('d mmm yyyy');
    expect(format.protectedKeys).toEqual(['clientId', 'milestoneId']);
  });

  it('narrows to the columns setup adds', () => {
    const format = formatForKeys(sheetFormat(MILESTONES_SHEET, 'en'), ['note', 'reminder']);
    expect(format.textKeys).toEqual(['reminder', 'note']);
    expect(format.colours).toEqual([]);
    expect(format.protectedKeys).toEqual([]);
  });
});
