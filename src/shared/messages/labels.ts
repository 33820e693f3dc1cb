import { defineMessages } from './catalogue';

/** The work areas of a checklist (domain.md §1 and §3). */
export const WORK_AREA_LABELS = defineMessages({
  strategy: { 'zh-TW': '行銷策略', en: 'Strategy' },
  ads: { 'zh-TW': '廣告', en: 'Advertising' },
  design: { 'zh-TW': '設計', en: 'Design' },
  pr: { 'zh-TW': '公關（媒體／KOL）', en: 'PR (media/KOL)' },
  video: { 'zh-TW': '影片', en: 'Video' },
  shipping: { 'zh-TW': '生產與出貨', en: 'Production & shipping' },
  customised: { 'zh-TW': '客製建議', en: 'Customised advice' },
  account: { 'zh-TW': '客戶經營', en: 'Account care' },
});

/** The areas of a client's Drive folder, in the order the folders are created. */
export const FOLDER_AREA_LABELS = defineMessages({
  meetings: { 'zh-TW': '會議紀錄', en: 'Meetings' },
  documents: { 'zh-TW': '文件', en: 'Documents' },
  marketing: { 'zh-TW': '行銷', en: 'Marketing' },
  design: { 'zh-TW': '設計', en: 'Design' },
  ads: { 'zh-TW': '廣告', en: 'Advertising' },
  'pr-kol': { 'zh-TW': '公關與 KOL', en: 'PR & KOL' },
  video: { 'zh-TW': '影片', en: 'Video' },
  'production-shipping': { 'zh-TW': '生產與出貨', en: 'Production & shipping' },
});

/** What each client document is called (masters and copies are named from it). */
export const DOCUMENT_TITLE_LABELS = defineMessages({
  'launch-email': { 'zh-TW': '上線公告信', en: 'Launch announcement email' },
  'shipping-email': { 'zh-TW': '出貨通知信', en: 'Backer shipping notification' },
  newsletter: { 'zh-TW': '電子報', en: 'Newsletter' },
  'pr-letter': { 'zh-TW': '公關洽談信（媒體／KOL）', en: 'PR & KOL outreach letter' },
  strategy: { 'zh-TW': '初期行銷策略', en: 'Initial marketing strategy' },
  timeline: { 'zh-TW': '專案時程表', en: 'Project timeline' },
  'meeting-notes': { 'zh-TW': '會議紀錄', en: 'Meeting notes' },
});

/** Who does a milestone, as the client's timeline table says it. */
export const AUDIENCE_TEXT = defineMessages({
  client: { 'zh-TW': '客戶', en: 'You' },
  both: { 'zh-TW': '客戶與顧問', en: 'You and your consultant' },
  csm: { 'zh-TW': '顧問', en: 'Consultant' },
});

/** The placeholders documents may use, each with what it is filled with. */
export const PLACEHOLDER_LABELS = defineMessages({
  clientName: { 'zh-TW': '客戶名稱', en: 'Client name' },
  projectName: { 'zh-TW': '專案名稱', en: 'Project name' },
  contactName: { 'zh-TW': '聯絡人姓名', en: 'Contact name' },
  contactEmail: { 'zh-TW': '聯絡人 Email', en: 'Contact email' },
  targetAmount: {
    'zh-TW': '目標金額（含幣別，如 NT$1,000,000）',
    en: 'Target amount with currency (NT$1,000,000)',
  },
  currency: { 'zh-TW': '幣別代碼（如 TWD）', en: 'Currency code (TWD)' },
  tier: { 'zh-TW': '等級（T1–T4）', en: 'Tier (T1-T4)' },
  serviceLevel: { 'zh-TW': '服務方案名稱', en: 'Service level' },
  checklist: { 'zh-TW': '服務方案涵蓋的工作項目', en: 'Work areas the service level covers' },
  playbookName: { 'zh-TW': '流程名稱', en: 'Playbook name' },
  prepStartDate: { 'zh-TW': '準備開始日', en: 'Preparation start' },
  copyDraftDate: { 'zh-TW': '文案初稿日', en: 'First copy draft' },
  surveyDate: { 'zh-TW': '前測問卷日', en: 'Pre-launch survey' },
  launchDate: { 'zh-TW': '上線日', en: 'Launch date' },
  endDate: { 'zh-TW': '結束日', en: 'End date' },
  campaignDays: { 'zh-TW': '募資天數', en: 'Campaign length in days' },
  daysToLaunch: { 'zh-TW': '距離上線天數', en: 'Days until launch' },
  shippingMonth: { 'zh-TW': '出貨月份', en: 'Shipping month' },
  contractStartDate: { 'zh-TW': '合約開始日', en: 'Contract start' },
  renewalDate: { 'zh-TW': '續約日', en: 'Renewal date' },
  csmName: { 'zh-TW': '負責的客戶成功經理', en: 'The CSM in charge' },
  csmEmail: { 'zh-TW': '客戶成功經理 Email', en: "The CSM's email" },
  folderUrl: { 'zh-TW': '客戶資料夾連結', en: "Link to the client's folder" },
  today: { 'zh-TW': '今天日期', en: "Today's date" },
  milestoneTable: {
    'zh-TW': '客戶里程碑表格（自成一段，時程表文件用）',
    en: "Table of the client's milestones (a paragraph of its own, for the timeline)",
  },
});

/** The header of the client's timeline table. */
export const TIMELINE_TABLE = defineMessages({
  date: { 'zh-TW': '日期', en: 'Date' },
  milestone: { 'zh-TW': '里程碑', en: 'Milestone' },
  who: { 'zh-TW': '負責', en: 'Who' },
});

/** The names of documents in Drive. */
export const DOCUMENT_NAMES = defineMessages({
  master: { 'zh-TW': '{{title}}（zh-TW）', en: '{{title}} (en)' },
});
