import { defineMessages } from './catalogue';

/**
 * The labels of the client input's fields: the sidebar's form shows them, and the server's
 * messages about a field name it by them, so both say the same.
 */
export const FIELD_LABELS = defineMessages({
  clientName: { 'zh-TW': '客戶名稱', en: 'Client name' },
  projectName: { 'zh-TW': '專案名稱', en: 'Project name' },
  contactName: { 'zh-TW': '聯絡人', en: 'Contact name' },
  contactEmail: { 'zh-TW': '聯絡人 Email', en: 'Contact email' },
  ccEmails: { 'zh-TW': '副本收件人', en: 'CC addresses' },
  language: { 'zh-TW': '語言', en: 'Language' },
  targetAmount: { 'zh-TW': '目標金額', en: 'Target amount' },
  currency: { 'zh-TW': '幣別', en: 'Currency' },
  tier: { 'zh-TW': '等級', en: 'Tier' },
  serviceLevel: { 'zh-TW': '服務方案', en: 'Service level' },
  playbook: { 'zh-TW': '流程', en: 'Playbook' },
  dates: { 'zh-TW': '日期', en: 'Dates' },
  notes: { 'zh-TW': '備註', en: 'Notes' },
});
