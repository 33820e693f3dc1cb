/**
 * The tracker's sheets and their columns. Columns are found by header text, never by position,
 * and a header may be written in either language: setup writes the workspace's language, a read
 * accepts both, so a team may switch language without breaking its tracker.
 */
import type { Language } from '../../shared/i18n';
import { PLAYBOOK_COLUMNS } from '../playbook-rows';

/** One column of a tracker sheet. */
export interface ColumnDef {
  /** The stable key the code uses. */
  key: string;
  en: string;
  zh: string;
  /** A run refuses to start when a required column is missing. */
  required: boolean;
  kind?: 'text' | 'date' | 'number' | 'checkbox' | 'datetime';
}

/** One sheet of the tracker. */
export interface SheetDef {
  key: 'clients' | 'milestones' | 'playbook' | 'settings' | 'log';
  /** Sheet names are fixed (English) so links and formulas a team writes keep working. */
  name: string;
  columns: ColumnDef[];
}

const col = (
  key: string,
  en: string,
  zh: string,
  kind: ColumnDef['kind'] = 'text',
  required = true,
): ColumnDef => ({ key, en, zh, required, kind });

/** `Clients`: one row per client. */
export const CLIENTS_SHEET: SheetDef = {
  key: 'clients',
  name: 'Clients',
  columns: [
    col('id', 'Client ID', '客戶編號'),
    col('clientName', 'Client name', '客戶名稱'),
    col('projectName', 'Project name', '專案名稱'),
    col('contactName', 'Contact name', '聯絡人', 'text', false),
    col('contactEmail', 'Contact email', '聯絡信箱'),
    col('ccEmails', 'CC emails', '副本信箱', 'text', false),
    col('language', 'Language', '語言'),
    col('currency', 'Currency', '幣別'),
    col('targetAmount', 'Target amount', '目標金額', 'number'),
    col('tier', 'Tier', '等級'),
    col('serviceLevel', 'Service level', '服務方案'),
    col('playbook', 'Playbook', '流程範本'),
    col('prepStart', 'Prep start', '準備開始', 'date', false),
    col('survey', 'Survey', '前測問卷', 'date', false),
    col('launch', 'Launch', '上線日', 'date', false),
    col('end', 'End', '結束日', 'date', false),
    col('shipping', 'Shipping month', '出貨月份', 'text', false),
    col('contractStart', 'Contract start', '合約開始', 'date', false),
    col('renewal', 'Renewal', '續約日', 'date', false),
    col('folderId', 'Folder ID', '資料夾編號', 'text', false),
    col('folderUrl', 'Folder', '資料夾', 'text', false),
    col('status', 'Status', '狀態'),
    col('health', 'Health', '健康度', 'text', false),
    col('notes', 'Notes', '備註', 'text', false),
    col('createdAt', 'Created', '建立時間', 'datetime', false),
    col('updatedAt', 'Updated', '更新時間', 'datetime', false),
  ],
};

/** `Milestones`: one row per client milestone. */
export const MILESTONES_SHEET: SheetDef = {
  key: 'milestones',
  name: 'Milestones',
  columns: [
    col('clientId', 'Client ID', '客戶編號'),
    col('clientName', 'Client', '客戶', 'text', false),
    col('milestoneId', 'Milestone ID', '里程碑編號'),
    col('title', 'Milestone', '里程碑'),
    col('audience', 'Audience', '對象'),
    col('areas', 'Areas', '工作範疇', 'text', false),
    col('due', 'Due', '到期日', 'date'),
    // The day the playbook gave when the app last wrote the row: a Due that differs was moved by
    // hand, and a re-plan keeps it (empty: a row written before this column existed). Beside Due,
    // so a re-timed row is one block of cells to write.
    col('planned', 'Planned due', '原訂到期日', 'date', false),
    col('status', 'Status', '狀態'),
    col('done', 'Done', '完成', 'checkbox'),
    col('reminder', 'Reminder', '提醒', 'text', false),
    col('note', 'Note', '備註', 'text', false),
    // The daily job's sent log of the row (see core/reminder-marks): a person may read and clear it.
    col('sentLog', 'Reminders sent', '提醒紀錄', 'text', false),
  ],
};

/** Header words of each Playbook column; the keys are core's PLAYBOOK_COLUMNS, one rule a row. */
const PLAYBOOK_HEADERS: Readonly<Record<(typeof PLAYBOOK_COLUMNS)[number], [string, string, boolean]>> = {
  playbook: ['Playbook', '流程範本', true],
  ruleId: ['Rule ID', '規則編號', true],
  titleZh: ['Title (zh-TW)', '標題（中文）', true],
  titleEn: ['Title (en)', '標題（英文）', true],
  anchor: ['Anchor', '基準日', true],
  offsetDays: ['Offset days', '相差天數', true],
  audience: ['Audience', '對象', true],
  areas: ['Areas', '工作範疇', true],
  levels: ['Levels', '服務方案', true],
  leadDays: ['Lead days', '提前提醒天數', false],
  everyDays: ['Every days', '重複間隔天數', false],
  until: ['Until', '重複至', false],
  reminderZh: ['Reminder (zh-TW)', '提醒內容（中文）', false],
  reminderEn: ['Reminder (en)', '提醒內容（英文）', false],
};

/** `Playbook`: the rules of every playbook, editable by the team; seeded with the built-ins. */
export const PLAYBOOK_SHEET: SheetDef = {
  key: 'playbook',
  name: 'Playbook',
  columns: PLAYBOOK_COLUMNS.map((key) => {
    const [en, zh, required] = PLAYBOOK_HEADERS[key];
    return col(
      key,
      en,
      zh,
      key === 'offsetDays' || key === 'leadDays' || key === 'everyDays' ? 'number' : 'text',
      required,
    );
  }),
};

/** `Settings`: key / value with a description. */
export const SETTINGS_SHEET: SheetDef = {
  key: 'settings',
  name: 'Settings',
  columns: [
    col('key', 'Key', '設定鍵'),
    col('value', 'Value', '設定值'),
    col('description', 'Description', '說明', 'text', false),
  ],
};

/** `Log`: every folder, document, mail and error. */
export const LOG_SHEET: SheetDef = {
  key: 'log',
  name: 'Log',
  columns: [
    col('time', 'Time', '時間', 'datetime'),
    col('action', 'Action', '動作'),
    col('client', 'Client', '客戶', 'text', false),
    col('detail', 'Detail', '內容', 'text', false),
    col('result', 'Result', '結果'),
  ],
};

/** The header text a column gets in a language. */
export function headerLabel(column: ColumnDef, language: Language): string {
  return language === 'zh-TW' ? column.zh : column.en;
}

/** Every sheet of the tracker, in the order setup creates them. */
export const TRACKER_SHEETS: readonly SheetDef[] = [
  CLIENTS_SHEET,
  MILESTONES_SHEET,
  PLAYBOOK_SHEET,
  SETTINGS_SHEET,
  LOG_SHEET,
];
