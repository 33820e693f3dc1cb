import { defineMessages } from './catalogue';

/** The CSM's daily and weekly digests. */
export const DIGEST_MAIL = defineMessages({
  dailySubject: { 'zh-TW': 'Launch Desk 每日摘要 {{date}}', en: 'Launch Desk daily digest {{date}}' },
  weeklySubject: {
    'zh-TW': 'Launch Desk 下週預告 {{from}}–{{to}}',
    en: 'Launch Desk: the coming week {{from}}-{{to}}',
  },
  counts: {
    'zh-TW':
      '今天寄出 {{sent}} 封客戶提醒，延後 {{deferred}} 封（額度或時間不足，下次執行補寄），略過 {{skipped}} 筆資料有誤的列（見 Log 工作表）。',
    en: 'Today {{sent}} client reminders went out, {{deferred}} were deferred (mail quota or time; the next run sends them) and {{skipped}} rows with bad data were skipped (see the Log sheet).',
  },
  dryRun: {
    'zh-TW': '試跑模式：沒有寄出任何客戶提醒，預計寄出的信件記錄在 Log 工作表。',
    en: 'Dry run: no client reminder was sent; the would-be mails are in the Log sheet.',
  },
  review: { 'zh-TW': '需要確認：寄送結果不明的提醒', en: 'To check: reminders whose send is unconfirmed' },
  reviewHow: {
    'zh-TW':
      '以下提醒在寄送途中中斷，不會自動重寄。請到寄件備份確認：若已寄出，把 Milestones 工作表「提醒紀錄」欄的 pending 改為 sent；若沒有，刪掉該筆紀錄，下次執行會再寄。',
    en: 'These sends were interrupted and are never retried blindly. Check your Sent folder: if the mail went out, change pending to sent in the "Reminders sent" column of the Milestones sheet; if not, delete that entry and the next run sends it.',
  },
  tooManyCc: {
    'zh-TW': '無法寄出：副本太多的客戶（提醒已略過）',
    en: 'Not sent: clients with too many CC addresses (reminders skipped)',
  },
  tooManyCcItem: {
    'zh-TW': '{{id}} {{name}}：{{count}} 個副本，一封信最多 {{max}} 個；請在 Clients 工作表刪減副本信箱',
    en: '{{id}} {{name}}: {{count}} CC addresses, a message carries at most {{max}}; shorten "CC emails" in the Clients sheet',
  },
  delivery: { 'zh-TW': '郵件伺服器的寄送結果', en: 'What the mail server did with your mail' },
  deliveryItem: {
    'zh-TW': '{{status}}：{{to}}｜{{subject}}（{{reason}}）',
    en: '{{status}}: {{to}} | {{subject}} ({{reason}})',
  },
  waiting: { 'zh-TW': '等待重寄', en: 'waiting, tried again on the next run' },
  refused: { 'zh-TW': '被拒收，不會重寄', en: 'refused for good, not retried' },
  uncertain: {
    'zh-TW': '不確定是否寄達（見 outbox/uncertain/），不會自動重寄',
    en: 'may or may not have gone (see outbox/uncertain/), never re-sent by itself',
  },
  overdue: { 'zh-TW': '已逾期', en: 'Overdue' },
  dueSoon: { 'zh-TW': '即將到期', en: 'Due soon' },
  followUps: { 'zh-TW': '您的待辦追蹤', en: 'Your follow-ups' },
  catchUp: {
    'zh-TW': '待補進度：客戶加入前就已過期的里程碑（不會寄信給客戶）',
    en: 'Catch-up: milestones already past when the client was onboarded (the client is not mailed)',
  },
  atRisk: { 'zh-TW': '高風險客戶', en: 'At-risk clients' },
  atRiskItem: {
    'zh-TW': '{{id}} {{name}}：{{count}} 個客戶里程碑逾期',
    en: '{{id}} {{name}}: {{count}} client milestones overdue',
  },
  item: {
    'zh-TW': '{{id}} {{name}}｜{{milestone}}｜{{date}}（{{when}}）',
    en: '{{id}} {{name}} | {{milestone}} | {{date}} ({{when}})',
  },
  reviewItem: {
    'zh-TW': '{{id}} {{name}}｜{{milestone}}｜{{kind}} {{date}}（{{since}} 起未確認）',
    en: '{{id}} {{name}} | {{milestone}} | {{kind}} {{date}} (unconfirmed since {{since}})',
  },
  left: { 'zh-TW': '還有 {{days}}', en: '{{days}} left' },
  today: { 'zh-TW': '今天', en: 'today' },
  late: { 'zh-TW': '逾期 {{days}}', en: '{{days}} late' },
  nothing: { 'zh-TW': '今天沒有需要處理的項目。', en: 'Nothing needs you today.' },
  weekIntro: {
    'zh-TW': '{{from}} 到 {{to}} 到期的里程碑：',
    en: 'Milestones due from {{from}} to {{to}}:',
  },
  weekNothing: { 'zh-TW': '下週沒有到期的里程碑。', en: 'No milestone is due in the coming week.' },
  week: { 'zh-TW': '下週到期', en: 'Due in the coming week' },
});

/** A client's reminder of one milestone. */
export const REMINDER_MAIL = defineMessages({
  subjectSoon: {
    'zh-TW': '【{{project}}】{{milestone}}：{{date}} 到期（還有 {{days}}）',
    en: '[{{project}}] {{milestone}}: due {{date}} ({{days}} left)',
  },
  subjectToday: {
    'zh-TW': '【{{project}}】{{milestone}}：今天到期',
    en: '[{{project}}] {{milestone}}: due today',
  },
  subjectOverdue: {
    'zh-TW': '【{{project}}】{{milestone}}：已逾期 {{days}}（原訂 {{date}}）',
    en: '[{{project}}] {{milestone}}: {{days}} overdue (was due {{date}})',
  },
  greeting: { 'zh-TW': '{{name}} 您好：', en: 'Dear {{name}},' },
  soon: {
    'zh-TW': '提醒您，「{{project}}」的里程碑「{{milestone}}」將於 {{date}} 到期，還有 {{days}}。',
    en: 'A reminder: the milestone "{{milestone}}" of "{{project}}" is due on {{date}}, {{days}} from now.',
  },
  today: {
    'zh-TW': '提醒您，「{{project}}」的里程碑「{{milestone}}」今天（{{date}}）到期。',
    en: 'A reminder: the milestone "{{milestone}}" of "{{project}}" is due today, {{date}}.',
  },
  overdue: {
    'zh-TW':
      '「{{project}}」的里程碑「{{milestone}}」原訂 {{date}} 完成，已經過了 {{days}}。若已完成請回信告訴我；若需要調整時程，我們一起討論。',
    en: 'The milestone "{{milestone}}" of "{{project}}" was due on {{date}}, {{days}} ago. If it is done, reply and tell me; if the schedule needs to move, let us talk it over.',
  },
  prepare: { 'zh-TW': '需要準備：{{prepare}}', en: 'What to prepare: {{prepare}}' },
  noPrepare: {
    'zh-TW': '如果不確定要準備什麼，直接回覆這封信就好。',
    en: 'If you are unsure what to prepare, just reply to this mail.',
  },
  signature: { 'zh-TW': '{{csm}} 敬上', en: 'Best regards,\n{{csm}}' },
});

/** The pieces every mail shares. */
export const MAIL_PARTS = defineMessages({
  andMore: {
    'zh-TW': '……還有 {{count}} 項，請見 Milestones 工作表',
    en: '… and {{count}} more: see the Milestones sheet',
  },
});
