import type { ServiceLevel } from '../shared/client';
import type { Localized } from '../shared/i18n';
import type { FolderAreaId, WorkAreaId } from '../shared/playbook';

/** The work areas of a checklist, with their labels (domain.md §1 and §3). */
export const WORK_AREAS: Readonly<Record<WorkAreaId, Localized>> = {
  strategy: { 'zh-TW': '行銷策略', en: 'Strategy' },
  ads: { 'zh-TW': '廣告', en: 'Advertising' },
  design: { 'zh-TW': '設計', en: 'Design' },
  pr: { 'zh-TW': '公關（媒體／KOL）', en: 'PR (media/KOL)' },
  video: { 'zh-TW': '影片', en: 'Video' },
  shipping: { 'zh-TW': '生產與出貨', en: 'Production & shipping' },
  customised: { 'zh-TW': '客製建議', en: 'Customised advice' },
  account: { 'zh-TW': '客戶經營', en: 'Account care' },
};

/** The eight areas of a client's Drive folder, in the order the folders are created. */
export const FOLDER_AREAS: Readonly<Record<FolderAreaId, Localized>> = {
  meetings: { 'zh-TW': '會議紀錄', en: 'Meetings' },
  documents: { 'zh-TW': '文件', en: 'Documents' },
  marketing: { 'zh-TW': '行銷', en: 'Marketing' },
  design: { 'zh-TW': '設計', en: 'Design' },
  ads: { 'zh-TW': '廣告', en: 'Advertising' },
  'pr-kol': { 'zh-TW': '公關與 KOL', en: 'PR & KOL' },
  video: { 'zh-TW': '影片', en: 'Video' },
  'production-shipping': { 'zh-TW': '生產與出貨', en: 'Production & shipping' },
};

/** The service levels with their labels. */
export const SERVICE_LEVELS: Readonly<Record<ServiceLevel, Localized>> = {
  advanced: { 'zh-TW': '進階', en: 'Advanced' },
  basic: { 'zh-TW': '基本', en: 'Basic' },
  simple: { 'zh-TW': '簡易', en: 'Simple' },
};

/** What each level's checklist covers (domain.md §3). */
export const LEVEL_CHECKLISTS: Readonly<Record<ServiceLevel, readonly WorkAreaId[]>> = {
  advanced: ['strategy', 'ads', 'design', 'pr', 'video', 'shipping', 'customised'],
  basic: ['strategy', 'ads', 'design', 'pr', 'shipping'],
  simple: ['strategy', 'ads', 'design', 'shipping'],
};
