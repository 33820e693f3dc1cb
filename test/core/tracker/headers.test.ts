import { describe, expect, it } from 'vitest';
import { headerProblemMessage, mapHeaders } from '../../../src/core/tracker/headers';
import { MILESTONES_SHEET } from '../../../src/core/tracker/schema';

const EN = MILESTONES_SHEET.columns.map((c) => c.en);
const ZH = MILESTONES_SHEET.columns.map((c) => c.zh);

describe('mapHeaders', () => {
  it('finds columns by name in either language, reordered, beside columns of the user', () => {
    const header = ['My notes', ...[...ZH].reverse(), 'Owner'];
    const map = mapHeaders(header, MILESTONES_SHEET);
    expect(map.ok).toBe(true);
    if (!map.ok) return;
    expect(map.index.clientId).toBe(header.indexOf('客戶編號'));
    expect(map.index.done).toBe(header.indexOf('完成'));
  });

  it('mixes languages and forgives case, stray spaces and a line break', () => {
    const header = EN.map((h, i) => (i % 2 ? (ZH[i] as string) : ` ${h.toUpperCase().replace(' ', '\n')} `));
    expect(mapHeaders(header, MILESTONES_SHEET).ok).toBe(true);
  });

  it('reports a missing required header, not a missing optional one', () => {
    const header = EN.filter((h) => h !== 'Due' && h !== 'Note');
    expect(mapHeaders(header, MILESTONES_SHEET)).toEqual({ ok: false, missing: ['Due'], doubled: [] });
  });

  it('reports a header present twice, even once in each language', () => {
    const header = [...EN, '到期日'];
    expect(mapHeaders(header, MILESTONES_SHEET)).toEqual({ ok: false, missing: [], doubled: ['Due'] });
  });
});

describe('headerProblemMessage', () => {
  it('names the sheet and each header in both languages', () => {
    const text = headerProblemMessage(MILESTONES_SHEET, ['Due'], ['Status']);
    expect(text['zh-TW']).toContain('工作表「Milestones」');
    expect(text['zh-TW']).toContain('「到期日」(Due)');
    expect(text['zh-TW']).toContain('「狀態」(Status)');
    expect(text.en).toContain('"Due" (到期日) is missing');
    expect(text.en).toContain('"Status" (狀態) appears more than once');
    expect(text.en).toContain('nothing was written');
  });

  it('says only what is wrong: missing alone, doubled alone, several joined', () => {
    const missing = headerProblemMessage(MILESTONES_SHEET, ['Due', 'Status'], []);
    expect(missing).toEqual({
      'zh-TW':
        '工作表「Milestones」缺少必要欄位「到期日」(Due)、「狀態」(Status)。請修正標題列後再執行；尚未寫入任何資料。',
      en: 'Sheet "Milestones": required header "Due" (到期日), "Status" (狀態) is missing. Fix the header row and run again; nothing was written.',
    });
    const both = headerProblemMessage(MILESTONES_SHEET, ['Due'], ['Status']);
    expect(both['zh-TW']).toContain('缺少必要欄位「到期日」(Due)，欄位「狀態」(Status)重複出現。');
    expect(both.en).toContain(
      'required header "Due" (到期日) is missing; header "Status" (狀態) appears more than once.',
    );
    const doubled = headerProblemMessage(MILESTONES_SHEET, [], ['Mystery']);
    expect(doubled.en).toBe(
      'Sheet "Milestones": header "Mystery" (Mystery) appears more than once. Fix the header row and run again; nothing was written.',
    );
  });
});

describe('mapHeaders: spacing', () => {
  it('takes full-width spaces as spaces and an empty cell as no header', () => {
    const header = EN.map((h) => h.replace(' ', '\u3000\u3000'));
    const map = mapHeaders([null, ...header], MILESTONES_SHEET);
    expect(map.ok && map.index.clientId).toBe(1);
  });
});
