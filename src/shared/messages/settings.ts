import { defineMessages } from './catalogue';

/** What each row of the Settings sheet means, written beside it. */
export const SETTING_DESCRIPTIONS = defineMessages({
  language: {
    'zh-TW': '新客戶、文件與信件的預設語言：zh-TW 或 en',
    en: 'Language of new clients, documents and mail: zh-TW or en',
  },
  timeZone: {
    'zh-TW': '所有日期使用的時區（與試算表相同）',
    en: 'Time zone of all dates (the spreadsheet’s)',
  },
  currency: { 'zh-TW': '目標金額預設幣別（ISO 4217）', en: 'Default currency of target amounts (ISO 4217)' },
  csmName: { 'zh-TW': '您的名字，署名於提醒信', en: 'Your name, signed under reminders' },
  csmEmail: {
    'zh-TW': '摘要寄送信箱（空白則寄給您的帳號）',
    en: 'Where the digest goes (empty: your account)',
  },
  senderName: { 'zh-TW': '寄件者名稱', en: 'Sender name on outgoing mail' },
  tierT1: { 'zh-TW': '目標金額（新台幣）達此數為 T1', en: 'Tier T1 from this target amount (TWD)' },
  tierT2: { 'zh-TW': '目標金額（新台幣）達此數為 T2', en: 'Tier T2 from this target amount (TWD)' },
  tierT3: {
    'zh-TW': '目標金額（新台幣）達此數為 T3，以下為 T4',
    en: 'Tier T3 from this target amount (TWD); below: T4',
  },
  minPrepDaysAdvanced: {
    'zh-TW': '進階方案上線前最少準備天數',
    en: 'Fewest preparation days before launch, advanced level',
  },
  minPrepDaysBasic: {
    'zh-TW': '基本方案上線前最少準備天數',
    en: 'Fewest preparation days before launch, basic level',
  },
  minPrepDaysSimple: {
    'zh-TW': '簡易方案上線前最少準備天數',
    en: 'Fewest preparation days before launch, simple level',
  },
  maxLeadDays: {
    'zh-TW': '上線日超過此天數視為太遠',
    en: 'A launch further away than this many days is "too far"',
  },
  campaignDaysMin: { 'zh-TW': '募資期最短天數', en: 'Shortest campaign in days' },
  campaignDaysRecommended: { 'zh-TW': '建議募資天數', en: 'Recommended campaign length in days' },
  campaignDaysMax: { 'zh-TW': '募資期最長天數', en: 'Longest campaign in days' },
  minShippingSlackDays: {
    'zh-TW': '結束日至出貨月份最少天數',
    en: 'Fewest days from the end to the shipping month',
  },
  overdueNoticeDays: {
    'zh-TW': '逾期通知於到期後幾天內寄出',
    en: 'Overdue notices go out for this many days after the due day',
  },
  atRiskOverdueClient: {
    'zh-TW': '客戶逾期里程碑達此數即列為高風險',
    en: 'Overdue client milestones that make a client "at risk"',
  },
  holidays: {
    'zh-TW':
      '週末以外的休假日（YYYY-MM-DD，以逗號分隔）：客戶的截止日會移到前一個工作日。預設為臺灣 2027 年國定假日，請每年檢查並補上',
    en: 'Days off besides weekends (YYYY-MM-DD, comma-separated): client deadlines move to the working day before. Prefilled with Taiwan’s 2027 public holidays; check and extend it each year',
  },
  compressFromDays: {
    'zh-TW': '客戶較晚加入時，已過期的里程碑壓縮排在加入後第幾天起至基準日之間',
    en: 'A client onboarded late: milestones already past are compressed from this many days after onboarding up to their anchor',
  },
  reminderHour: { 'zh-TW': '每日檢查時間（0-23 點）', en: 'Hour of the daily check (0-23)' },
  digestWeekday: {
    'zh-TW': '每週摘要寄送日（0 週日 … 6 週六）',
    en: 'Weekday of the weekly digest (0 Sunday … 6 Saturday)',
  },
  dryRun: {
    'zh-TW': 'TRUE：不寄信，只記錄於 Log',
    en: 'TRUE: write would-be mails to the Log instead of sending',
  },
  dailyMailBudget: { 'zh-TW': '每日最多寄出的信件數', en: 'Most mails the daily job sends in a day' },
  folderNameRule: { 'zh-TW': '客戶資料夾名稱規則', en: 'Name of a client folder' },
  shareFolderRole: {
    'zh-TW': '與客戶聯絡人共用資料夾：none、reader、commenter 或 writer',
    en: 'Share the client folder with the contact: none, reader, commenter or writer',
  },
});
