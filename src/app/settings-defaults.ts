import { DEFAULT_FOLDER_RULE } from '../core/folder-name';
import { DEFAULT_SETTINGS } from '../core/settings';
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
 * setup adds keys that are missing and never overwrites a value. Numbers mirror the domain
 * defaults of `core/settings` (DEFAULT_SETTINGS).
 */
export function defaultSettings(language: Language, timeZone: string): SettingDef[] {
  const s = (key: string, value: SettingDef['value'], en: string, zh: string): SettingDef => ({
    key,
    value,
    en,
    zh,
  });
  return [
    s(
      'language',
      language,
      'Language of new clients, documents and mail: zh-TW or en',
      '新客戶、文件與信件的預設語言：zh-TW 或 en',
    ),
    s(
      'timeZone',
      timeZone,
      'Time zone of all dates (the spreadsheet’s)',
      '所有日期使用的時區（與試算表相同）',
    ),
    s('currency', 'TWD', 'Default currency of target amounts (ISO 4217)', '目標金額預設幣別（ISO 4217）'),
    s('csmName', '', 'Your name, signed under reminders', '您的名字，署名於提醒信'),
    s('csmEmail', '', 'Where the digest goes (empty: your account)', '摘要寄送信箱（空白則寄給您的帳號）'),
    s('senderName', 'Launch Desk', 'Sender name on outgoing mail', '寄件者名稱'),
    s('tierT1', 5000000, 'Tier T1 from this target amount (TWD)', '目標金額（新台幣）達此數為 T1'),
    s('tierT2', 1000000, 'Tier T2 from this target amount (TWD)', '目標金額（新台幣）達此數為 T2'),
    s(
      'tierT3',
      300000,
      'Tier T3 from this target amount (TWD); below: T4',
      '目標金額（新台幣）達此數為 T3，以下為 T4',
    ),
    s(
      'minPrepDaysAdvanced',
      42,
      'Fewest preparation days before launch, advanced level',
      '進階方案上線前最少準備天數',
    ),
    s(
      'minPrepDaysBasic',
      28,
      'Fewest preparation days before launch, basic level',
      '基本方案上線前最少準備天數',
    ),
    s(
      'minPrepDaysSimple',
      21,
      'Fewest preparation days before launch, simple level',
      '簡易方案上線前最少準備天數',
    ),
    s(
      'maxLeadDays',
      180,
      'A launch further away than this many days is "too far"',
      '上線日超過此天數視為太遠',
    ),
    s('campaignDaysMin', 14, 'Shortest campaign in days', '募資期最短天數'),
    s('campaignDaysRecommended', 30, 'Recommended campaign length in days', '建議募資天數'),
    s('campaignDaysMax', 60, 'Longest campaign in days', '募資期最長天數'),
    s(
      'minShippingSlackDays',
      30,
      'Fewest days from the end to the shipping month',
      '結束日至出貨月份最少天數',
    ),
    s(
      'overdueNoticeDays',
      7,
      'Overdue notices go out for this many days after the due day',
      '逾期通知於到期後幾天內寄出',
    ),
    s(
      'atRiskOverdueClient',
      2,
      'Overdue client milestones that make a client "at risk"',
      '客戶逾期里程碑達此數即列為高風險',
    ),
    s(
      'holidays',
      DEFAULT_SETTINGS.holidays.join(', '),
      'Days off besides weekends (YYYY-MM-DD, comma-separated): client deadlines move to the working day before. Prefilled with Taiwan’s 2027 public holidays; check and extend it each year',
      '週末以外的休假日（YYYY-MM-DD，以逗號分隔）：客戶的截止日會移到前一個工作日。預設為臺灣 2027 年國定假日，請每年檢查並補上',
    ),
    s(
      'compressFromDays',
      DEFAULT_SETTINGS.compressFromDays,
      'A client onboarded late: milestones already past are compressed from this many days after onboarding up to their anchor',
      '客戶較晚加入時，已過期的里程碑壓縮排在加入後第幾天起至基準日之間',
    ),
    s('reminderHour', 9, 'Hour of the daily check (0-23)', '每日檢查時間（0-23 點）'),
    s(
      'digestWeekday',
      1,
      'Weekday of the weekly digest (0 Sunday … 6 Saturday)',
      '每週摘要寄送日（0 週日 … 6 週六）',
    ),
    s(
      'dryRun',
      false,
      'TRUE: write would-be mails to the Log instead of sending',
      'TRUE：不寄信，只記錄於 Log',
    ),
    s('dailyMailBudget', 80, 'Most mails the daily job sends in a day', '每日最多寄出的信件數'),
    s('folderNameRule', DEFAULT_FOLDER_RULE, 'Name of a client folder', '客戶資料夾名稱規則'),
    s(
      'shareFolderRole',
      'none',
      'Share the client folder with the contact: none, reader, commenter or writer',
      '與客戶聯絡人共用資料夾：none、reader、commenter 或 writer',
    ),
  ];
}
