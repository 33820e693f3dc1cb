import type { Language } from '../core/tracker/schema';

/** One row of the Settings sheet: a key, its default and what it means in both languages. */
export interface SettingDef {
  key: string;
  value: string | number | boolean;
  en: string;
  zh: string;
}

/**
 * The settings a new tracker starts with. A person edits the values in the Settings sheet;
 * setup adds keys that are missing and never overwrites a value.
 */
export function defaultSettings(language: Language, timeZone: string): SettingDef[] {
  return [
    {
      key: 'language',
      value: language,
      en: 'Language of new documents and mail: zh-TW or en',
      zh: '文件與信件的預設語言：zh-TW 或 en',
    },
    { key: 'timeZone', value: timeZone, en: 'Time zone of all dates', zh: '所有日期使用的時區' },
    { key: 'csmName', value: '', en: 'Your name, signed under reminders', zh: '您的名字，署名於提醒信' },
    {
      key: 'csmEmail',
      value: '',
      en: 'Where the digest goes (empty: your account)',
      zh: '每日摘要寄送信箱（空白則寄給您的帳號）',
    },
    { key: 'senderName', value: 'Launch Desk', en: 'Sender name on outgoing mail', zh: '寄件者名稱' },
    { key: 'tierT1', value: 5000000, en: 'Tier T1 from this target amount', zh: '目標金額達此數為 T1' },
    { key: 'tierT2', value: 1000000, en: 'Tier T2 from this target amount', zh: '目標金額達此數為 T2' },
    {
      key: 'tierT3',
      value: 300000,
      en: 'Tier T3 from this target amount (below: T4)',
      zh: '目標金額達此數為 T3（以下為 T4）',
    },
    { key: 'reminderHour', value: 9, en: 'Hour of the daily check (0-23)', zh: '每日檢查時間（0-23 點）' },
    {
      key: 'dryRun',
      value: false,
      en: 'TRUE: write would-be mails to the Log instead of sending',
      zh: 'TRUE：不寄信，只記錄於 Log',
    },
    {
      key: 'dailyMailBudget',
      value: 80,
      en: 'Most mails the daily job sends in a day',
      zh: '每日最多寄出的信件數',
    },
  ];
}
