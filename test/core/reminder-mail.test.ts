import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeDailyDigest, composeWeeklyDigest } from '../../src/core/digest-mail';
import { oneLine, utf8Bytes } from '../../src/core/mail-safety';
import { composeReminder, type ReminderMailInput } from '../../src/core/reminder-mail';
import { formatMarks, parseMarks, withMark } from '../../src/core/reminder-marks';

const input: ReminderMailInput = {
  language: 'en',
  kind: 'reminder',
  daysLeft: 3,
  dueDate: '2027-03-12',
  contactName: 'Sam',
  clientName: 'Acme',
  projectName: 'Pocket speaker',
  milestone: 'Ad plan, budget and first ad posts',
  prepare: 'Budget & "first posts"',
  csmName: 'Mei',
};

describe('composeReminder', () => {
  it('says the milestone, its day, the days left, what to prepare and who signs, in the client language', () => {
    const en = composeReminder(input);
    expect(en.subject).toBe(
      '[Pocket speaker] Ad plan, budget and first ad posts: due Fri 12 Mar 2027 (3 days left)',
    );
    expect(en.text).toContain('What to prepare: Budget & "first posts"');
    expect(en.text).toMatch(/Best regards,\nMei$/);
    expect(en.html).toContain('What to prepare: Budget &amp; &quot;first posts&quot;');
    const zh = composeReminder({ ...input, language: 'zh-TW', kind: 'overdue', daysLeft: -1, prepare: '' });
    expect(zh.subject).toBe(
      '【Pocket speaker】Ad plan, budget and first ad posts：已逾期 1 天（原訂 2027年3月12日（五））',
    );
    expect(zh.text).toContain('Sam 您好：');
    expect(zh.text).toContain('直接回覆這封信');
    expect(composeReminder({ ...input, daysLeft: 0 }).subject).toContain(': due today');
  });

  it('words the body for a day ahead, the due day itself and an unsigned reminder', () => {
    expect(composeReminder(input).text).toContain(
      'A reminder: the milestone "Ad plan, budget and first ad posts" of "Pocket speaker" is due on Fri 12 Mar 2027, 3 days from now.',
    );
    const today = composeReminder({ ...input, daysLeft: 0, csmName: '' });
    expect(today.text).toContain(
      'A reminder: the milestone "Ad plan, budget and first ad posts" of "Pocket speaker" is due today, Fri 12 Mar 2027.',
    );
    expect(today.text).toMatch(/Best regards,\nLaunch Desk$/);
  });

  it('never lets typed values into the HTML as markup nor a line break into the subject', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (project, milestone, name) => {
        const mail = composeReminder({ ...input, projectName: project, milestone, contactName: name });
        expect(mail.subject).not.toMatch(/[\r\n]/);
        const typed = mail.html.replace(/<\/?(div|p|br)( lang="en")?>/g, '');
        expect(typed).not.toMatch(/[<>]/);
      }),
    );
  });
});

describe('digests', () => {
  const entry = (n: number) => ({
    clientId: `C${n}`,
    clientName: `<i>${n}</i>`,
    milestone: 'm',
    dueDate: '2027-03-09',
    daysLeft: -1,
  });

  it('caps each section and escapes names', () => {
    const digest = composeDailyDigest({
      language: 'en',
      today: '2027-03-10',
      dueSoon: [],
      overdue: Array.from({ length: 150 }, (_, i) => entry(i)),
      followUps: [],
      atRisk: [],
      review: [],
      sent: 2,
      deferred: 1,
      skipped: 0,
      dryRun: false,
    });
    expect(digest.text).toContain('Overdue (150)');
    expect(digest.text).toContain('… and 50 more: see the Milestones sheet');
    expect(digest.text.split('\n').filter((line) => line.startsWith('- C'))).toHaveLength(100);
    expect(digest.html).toContain('&lt;i&gt;0&lt;/i&gt;');
    expect(digest.html).not.toContain('<i>');
  });

  it('says when nothing needs the CSM, and words the week in both languages', () => {
    const empty = {
      language: 'zh-TW' as const,
      today: '2027-03-10',
      dueSoon: [],
      overdue: [],
      followUps: [],
      atRisk: [],
      review: [],
      sent: 0,
      deferred: 0,
      skipped: 0,
      dryRun: false,
    };
    expect(composeDailyDigest(empty).text).toContain('今天沒有需要處理的項目。');
    expect(
      composeWeeklyDigest({ language: 'zh-TW', from: '2027-03-11', to: '2027-03-17', entries: [] }).subject,
    ).toBe('Launch Desk 下週預告 2027年3月11日–2027年3月17日');
  });
});

describe('the sent log of a milestone row', () => {
  it('reads and writes entries, ignoring a person’s notes, and replaces one entry by kind and day', () => {
    const marks = parseMarks(
      'reminder 2027-03-01: sent 2027-02-26; checked by Mei; OVERDUE 2027-03-01 : pending',
    );
    expect(marks).toEqual([
      { kind: 'reminder', dueDate: '2027-03-01', state: 'sent', on: '2027-02-26' },
      { kind: 'overdue', dueDate: '2027-03-01', state: 'pending', on: '' },
    ]);
    const next = withMark(marks, 'overdue', '2027-03-01', 'sent', '2027-03-03');
    expect(formatMarks(next)).toBe(
      'reminder 2027-03-01: sent 2027-02-26; overdue 2027-03-01: sent 2027-03-03',
    );
    expect(formatMarks(withMark(next, 'reminder', '2027-03-01', null, ''))).toBe(
      'overdue 2027-03-01: sent 2027-03-03',
    );
    expect(parseMarks(formatMarks(next))).toEqual(next);
  });
});

describe('mail safety', () => {
  it('flattens subjects and counts UTF-8 bytes', () => {
    expect(oneLine('a\r\n b\tc  d')).toBe('a b c d');
    expect(oneLine('x'.repeat(300))).toHaveLength(200);
    expect(utf8Bytes('aé露🚀')).toBe(1 + 2 + 3 + 4);
  });
});
