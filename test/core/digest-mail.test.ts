import { describe, expect, it } from 'vitest';
import { composeDailyDigest, composeWeeklyDigest, type DailyDigestInput } from '../../src/core/digest-mail';

const FULL: DailyDigestInput = {
  language: 'en',
  today: '2027-03-10',
  overdue: [
    { clientId: 'C1', clientName: 'Acme', milestone: 'Ad plan', dueDate: '2027-03-08', daysLeft: -2 },
  ],
  dueSoon: [
    { clientId: 'C2', clientName: 'Bolt', milestone: 'Copy', dueDate: '2027-03-10', daysLeft: 0 },
    { clientId: 'C3', clientName: 'Cove', milestone: 'Survey', dueDate: '2027-03-11', daysLeft: 1 },
  ],
  followUps: [
    {
      clientId: 'C1',
      clientName: 'Acme',
      milestone: 'Call',
      dueDate: '2027-03-13',
      daysLeft: 3,
      prepare: 'Numbers',
    },
  ],
  atRisk: [{ clientId: 'C1', clientName: 'Acme', overdue: 2 }],
  review: [
    {
      clientId: 'C4',
      clientName: 'Dune',
      milestone: 'Launch',
      dueDate: '2027-03-09',
      kind: 'overdue',
      since: '2027-03-09',
    },
  ],
  tooManyCc: [{ clientId: 'C5', clientName: 'Echo', count: 60 }],
  delivery: [
    { status: 'waiting', to: 'a@x.com', subject: 'S1', reason: '451 later', at: '' },
    { status: 'refused', to: 'b@x.com', subject: 'S2', reason: '550 no', at: '' },
    { status: 'uncertain', to: 'c@x.com', subject: 'S3', reason: 'reset', at: '' },
  ],
  sent: 3,
  deferred: 1,
  skipped: 2,
  dryRun: false,
};

const EMPTY: DailyDigestInput = {
  ...FULL,
  overdue: [],
  dueSoon: [],
  followUps: [],
  atRisk: [],
  review: [],
  tooManyCc: [],
  delivery: [],
};

describe('composeDailyDigest', () => {
  it('reports the counts, then what to check, mail that did not go, and each list of milestones', () => {
    const digest = composeDailyDigest(FULL);
    expect(digest.subject).toBe('Launch Desk daily digest 10 Mar 2027');
    expect(digest.text.split('\n')).toEqual([
      'Today 3 client reminders went out, 1 were deferred (mail quota or time; the next run sends them) and 2 rows with bad data were skipped (see the Log sheet).',
      '',
      'These sends were interrupted and are never retried blindly. Check your Sent folder: if the mail went out, change pending to sent in the "Reminders sent" column of the Milestones sheet; if not, delete that entry and the next run sends it.',
      '',
      'To check: reminders whose send is unconfirmed (1)',
      '- C4 Dune | Launch | overdue 2027-03-09 (unconfirmed since 2027-03-09)',
      '',
      'Not sent: clients with too many CC addresses (reminders skipped) (1)',
      '- C5 Echo: 60 CC addresses, a message carries at most 49; shorten "CC emails" in the Clients sheet',
      '',
      'What the mail server did with your mail (3)',
      '- waiting, tried again on the next run: a@x.com | S1 (451 later)',
      '- refused for good, not retried: b@x.com | S2 (550 no)',
      '- may or may not have gone (see outbox/uncertain/), never re-sent by itself: c@x.com | S3 (reset)',
      '',
      'Overdue (1)',
      '- C1 Acme | Ad plan | Mon 8 Mar 2027 (2 days late)',
      '',
      'Due soon (2)',
      '- C2 Bolt | Copy | Wed 10 Mar 2027 (today)',
      '- C3 Cove | Survey | Thu 11 Mar 2027 (1 day left)',
      '',
      'Your follow-ups (1)',
      '- C1 Acme | Call | Sat 13 Mar 2027 (3 days left) — Numbers',
      '',
      'At-risk clients (1)',
      '- C1 Acme: 2 client milestones overdue',
    ]);
    expect(digest.html).toContain(
      '<h3>Due soon (2)</h3><ul><li>C2 Bolt | Copy | Wed 10 Mar 2027 (today)</li><li>C3 Cove | Survey | Thu 11 Mar 2027 (1 day left)</li></ul>',
    );
  });

  it('says the same in zh-TW', () => {
    const digest = composeDailyDigest({ ...FULL, language: 'zh-TW' });
    expect(digest.subject).toBe('Launch Desk 每日摘要 2027年3月10日');
    const lines = digest.text.split('\n');
    expect(lines[0]).toBe(
      '今天寄出 3 封客戶提醒，延後 1 封（額度或時間不足，下次執行補寄），略過 2 筆資料有誤的列（見 Log 工作表）。',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        '需要確認：寄送結果不明的提醒 (1)',
        '- C4 Dune｜Launch｜overdue 2027-03-09（2027-03-09 起未確認）',
        '無法寄出：副本太多的客戶（提醒已略過） (1)',
        '- C5 Echo：60 個副本，一封信最多 49 個；請在 Clients 工作表刪減副本信箱',
        '郵件伺服器的寄送結果 (3)',
        '- 等待重寄：a@x.com｜S1（451 later）',
        '- 被拒收，不會重寄：b@x.com｜S2（550 no）',
        '- 不確定是否寄達（見 outbox/uncertain/），不會自動重寄：c@x.com｜S3（reset）',
        '已逾期 (1)',
        '- C1 Acme｜Ad plan｜2027年3月8日（一）（逾期 2 天）',
        '即將到期 (2)',
        '- C2 Bolt｜Copy｜2027年3月10日（三）（今天）',
        '- C3 Cove｜Survey｜2027年3月11日（四）（還有 1 天）',
        '您的待辦追蹤 (1)',
        '- C1 Acme｜Call｜2027年3月13日（六）（還有 3 天） — Numbers',
        '高風險客戶 (1)',
        '- C1 Acme：2 個客戶里程碑逾期',
      ]),
    );
  });

  it('says a dry run sent nothing, and that nothing needs the CSM when every list is empty', () => {
    expect(composeDailyDigest({ ...EMPTY, dryRun: true }).text).toBe(
      'Dry run: no client reminder was sent; the would-be mails are in the Log sheet.\n\nNothing needs you today.',
    );
    expect(composeDailyDigest({ ...EMPTY, tooManyCc: undefined, delivery: undefined }).text).toContain(
      'Nothing needs you today.',
    );
    const onlyRisk = composeDailyDigest({ ...EMPTY, atRisk: FULL.atRisk }).text;
    expect(onlyRisk).not.toContain('Nothing needs you today.');
  });
});

describe('composeWeeklyDigest', () => {
  it('lists the week, up to 300 milestones', () => {
    const week = composeWeeklyDigest({
      language: 'en',
      from: '2027-03-11',
      to: '2027-03-17',
      entries: FULL.dueSoon,
    });
    expect(week).toEqual({
      subject: 'Launch Desk: the coming week 11 Mar 2027-17 Mar 2027',
      text: 'Milestones due from 11 Mar 2027 to 17 Mar 2027:\n\nDue in the coming week (2)\n- C2 Bolt | Copy | Wed 10 Mar 2027 (today)\n- C3 Cove | Survey | Thu 11 Mar 2027 (1 day left)',
      html: '<div lang="en"><p>Milestones due from 11 Mar 2027 to 17 Mar 2027:</p>\n<h3>Due in the coming week (2)</h3><ul><li>C2 Bolt | Copy | Wed 10 Mar 2027 (today)</li><li>C3 Cove | Survey | Thu 11 Mar 2027 (1 day left)</li></ul></div>',
    });
    const many = Array.from({ length: 301 }, (_, i) => ({
      clientId: `C${i}`,
      clientName: 'Acme',
      milestone: 'Ad plan',
      dueDate: '2027-03-12',
      daysLeft: 2,
    }));
    const long = composeWeeklyDigest({ language: 'en', from: '2027-03-11', to: '2027-03-17', entries: many });
    expect(long.text.split('\n').filter((line) => line.startsWith('- C'))).toHaveLength(300);
    expect(long.text).toContain('… and 1 more: see the Milestones sheet');
  });

  it('says when no milestone is due, in both languages', () => {
    const empty = { from: '2027-03-11', to: '2027-03-17', entries: [] };
    expect(composeWeeklyDigest({ ...empty, language: 'en' }).text).toBe(
      'No milestone is due in the coming week.',
    );
    expect(composeWeeklyDigest({ ...empty, language: 'zh-TW' }).text).toBe('下週沒有到期的里程碑。');
  });
});
