import { defineMessages } from './catalogue';

/** The local host's mail delivery, as the diagnostics report it. */
export const LOCAL_MAIL_TEXT = defineMessages({
  lost: {
    'zh-TW':
      '郵件未送達（{{destination}}）：被拒收 {{refused}} 封、結果不確定 {{uncertain}} 封。{{problems}}',
    en: 'Mail not delivered ({{destination}}): {{refused}} refused, {{uncertain}} uncertain. {{problems}}',
  },
  lostFix: {
    'zh-TW':
      '執行 launch-desk status 查看。被拒收的信在 outbox/failed/，結果不確定的在 outbox/uncertain/：修正地址或伺服器設定（launch-desk mail --smtp URL），確認後刪除該檔案。',
    en: 'Run launch-desk status. Refused mail is in outbox/failed/, uncertain mail in outbox/uncertain/: fix the address or the server (launch-desk mail --smtp URL), then delete each file once decided.',
  },
  waiting: {
    'zh-TW': '{{waiting}} 封郵件等待重寄（{{destination}}）。{{problems}}',
    en: '{{waiting}} messages wait for the mail server ({{destination}}). {{problems}}',
  },
  waitingFix: {
    'zh-TW': '每次執行都會再寄一次；伺服器一直拒絕時，請檢查伺服器。',
    en: 'Every run tries again; if the server keeps answering so, check the server.',
  },
  delivered: {
    'zh-TW': '郵件已送達（{{destination}}）：最近一天 {{sent}} 封。',
    en: 'Mail delivered ({{destination}}): {{sent}} in the last day.',
  },
});

/** What is wrong with the daily job's trigger. */
export const TRIGGER_PROBLEMS = defineMessages({
  missing: {
    'zh-TW': '每日提醒沒有開啟：請執行「安裝提醒」。',
    en: 'Daily reminders are off: run "Install reminders".',
  },
  duplicate: {
    'zh-TW': '每日提醒的觸發條件不只一個：請重新執行「安裝提醒」。',
    en: 'The daily job has more than one trigger: run "Install reminders" again.',
  },
  'hour-changed': {
    'zh-TW': '設定的每日檢查時間或試算表時區與觸發條件不同：請重新執行「安裝提醒」。',
    en: 'The reminder hour in Settings or the spreadsheet time zone differs from the trigger: run "Install reminders" again.',
  },
  'not-running': {
    'zh-TW': '每日提醒已超過兩天沒有執行，觸發條件可能被停用：請重新執行「安裝提醒」。',
    en: 'The daily job has not run for over two days; its trigger may be disabled: run "Install reminders" again.',
  },
});
