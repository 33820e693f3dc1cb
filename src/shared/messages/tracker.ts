import { defineMessages } from './catalogue';

/**
 * The tracker's header words. Sheet names stay English (links and formulas use them); a header
 * is written in the workspace's language and read in either.
 */

/** The `Clients` sheet. */
export const CLIENT_HEADERS = defineMessages({
  id: { 'zh-TW': '客戶編號', en: 'Client ID' },
  clientName: { 'zh-TW': '客戶名稱', en: 'Client name' },
  projectName: { 'zh-TW': '專案名稱', en: 'Project name' },
  contactName: { 'zh-TW': '聯絡人', en: 'Contact name' },
  contactEmail: { 'zh-TW': '聯絡信箱', en: 'Contact email' },
  ccEmails: { 'zh-TW': '副本信箱', en: 'CC emails' },
  language: { 'zh-TW': '語言', en: 'Language' },
  currency: { 'zh-TW': '幣別', en: 'Currency' },
  targetAmount: { 'zh-TW': '目標金額', en: 'Target amount' },
  tier: { 'zh-TW': '等級', en: 'Tier' },
  serviceLevel: { 'zh-TW': '服務方案', en: 'Service level' },
  playbook: { 'zh-TW': '流程範本', en: 'Playbook' },
  prepStart: { 'zh-TW': '準備開始', en: 'Prep start' },
  survey: { 'zh-TW': '前測問卷', en: 'Survey' },
  launch: { 'zh-TW': '上線日', en: 'Launch' },
  end: { 'zh-TW': '結束日', en: 'End' },
  shipping: { 'zh-TW': '出貨月份', en: 'Shipping month' },
  contractStart: { 'zh-TW': '合約開始', en: 'Contract start' },
  renewal: { 'zh-TW': '續約日', en: 'Renewal' },
  folderId: { 'zh-TW': '資料夾編號', en: 'Folder ID' },
  folderUrl: { 'zh-TW': '資料夾', en: 'Folder' },
  status: { 'zh-TW': '狀態', en: 'Status' },
  health: { 'zh-TW': '健康度', en: 'Health' },
  notes: { 'zh-TW': '備註', en: 'Notes' },
  createdAt: { 'zh-TW': '建立時間', en: 'Created' },
  updatedAt: { 'zh-TW': '更新時間', en: 'Updated' },
});

/** The `Milestones` sheet. */
export const MILESTONE_HEADERS = defineMessages({
  clientId: { 'zh-TW': '客戶編號', en: 'Client ID' },
  clientName: { 'zh-TW': '客戶', en: 'Client' },
  milestoneId: { 'zh-TW': '里程碑編號', en: 'Milestone ID' },
  title: { 'zh-TW': '里程碑', en: 'Milestone' },
  audience: { 'zh-TW': '對象', en: 'Audience' },
  areas: { 'zh-TW': '工作範疇', en: 'Areas' },
  due: { 'zh-TW': '到期日', en: 'Due' },
  planned: { 'zh-TW': '原訂到期日', en: 'Planned due' },
  status: { 'zh-TW': '狀態', en: 'Status' },
  done: { 'zh-TW': '完成', en: 'Done' },
  reminder: { 'zh-TW': '提醒', en: 'Reminder' },
  note: { 'zh-TW': '備註', en: 'Note' },
  sentLog: { 'zh-TW': '提醒紀錄', en: 'Reminders sent' },
});

/** The `Settings` sheet. */
export const SETTINGS_HEADERS = defineMessages({
  key: { 'zh-TW': '設定鍵', en: 'Key' },
  value: { 'zh-TW': '設定值', en: 'Value' },
  description: { 'zh-TW': '說明', en: 'Description' },
});

/** The `Log` sheet. */
export const LOG_HEADERS = defineMessages({
  time: { 'zh-TW': '時間', en: 'Time' },
  action: { 'zh-TW': '動作', en: 'Action' },
  client: { 'zh-TW': '客戶', en: 'Client' },
  detail: { 'zh-TW': '內容', en: 'Detail' },
  result: { 'zh-TW': '結果', en: 'Result' },
});

/** The `Playbook` sheet: one rule a row. */
export const PLAYBOOK_HEADERS = defineMessages({
  playbook: { 'zh-TW': '流程範本', en: 'Playbook' },
  ruleId: { 'zh-TW': '規則編號', en: 'Rule ID' },
  titleZh: { 'zh-TW': '標題（中文）', en: 'Title (zh-TW)' },
  titleEn: { 'zh-TW': '標題（英文）', en: 'Title (en)' },
  anchor: { 'zh-TW': '基準日', en: 'Anchor' },
  offsetDays: { 'zh-TW': '相差天數', en: 'Offset days' },
  audience: { 'zh-TW': '對象', en: 'Audience' },
  areas: { 'zh-TW': '工作範疇', en: 'Areas' },
  levels: { 'zh-TW': '服務方案', en: 'Levels' },
  leadDays: { 'zh-TW': '提前提醒天數', en: 'Lead days' },
  everyDays: { 'zh-TW': '重複間隔天數', en: 'Every days' },
  until: { 'zh-TW': '重複至', en: 'Until' },
  reminderZh: { 'zh-TW': '提醒內容（中文）', en: 'Reminder (zh-TW)' },
  reminderEn: { 'zh-TW': '提醒內容（英文）', en: 'Reminder (en)' },
});

/** What a person reads when a sheet's headers cannot be used. */
export const HEADER_PROBLEMS = defineMessages({
  header: { 'zh-TW': '「{{name}}」({{other}})', en: '"{{name}}" ({{other}})' },
  missing: { 'zh-TW': '缺少必要欄位{{headers}}', en: 'required header {{headers}} is missing' },
  doubled: { 'zh-TW': '欄位{{headers}}重複出現', en: 'header {{headers}} appears more than once' },
  separator: { 'zh-TW': '，', en: '; ' },
  sheet: {
    'zh-TW': '工作表「{{sheet}}」{{problems}}。請修正標題列後再執行；尚未寫入任何資料。',
    en: 'Sheet "{{sheet}}": {{problems}}. Fix the header row and run again; nothing was written.',
  },
});

/** Client statuses, as the Clients sheet shows them. */
export const CLIENT_STATUS_LABELS = defineMessages({
  active: { 'zh-TW': '進行中', en: 'Active' },
  partial: { 'zh-TW': '未完成建立', en: 'Partial' },
  paused: { 'zh-TW': '暫停', en: 'Paused' },
  closed: { 'zh-TW': '已結案', en: 'Closed' },
});
