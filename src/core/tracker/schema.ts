/**
 * The tracker's sheets and their columns. Columns are found by header text, never by position,
 * and a header may be written in either language: setup writes the workspace's language, a read
 * accepts both, so a team may switch language without breaking its tracker.
 */
import type { Language, Localized } from '../../shared/i18n';
import {
  CLIENT_HEADERS,
  LOG_HEADERS,
  MILESTONE_HEADERS,
  PLAYBOOK_HEADERS,
  SETTINGS_HEADERS,
} from '../../shared/messages/tracker';
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
  header: Localized,
  kind: ColumnDef['kind'] = 'text',
  required = true,
): ColumnDef => ({
  key,
  en: header.en,
  zh: header['zh-TW'],
  required,
  kind,
});

/** `Clients`: one row per client. */
export const CLIENTS_SHEET: SheetDef = {
  key: 'clients',
  name: 'Clients',
  columns: [
    col('id', CLIENT_HEADERS.id),
    col('clientName', CLIENT_HEADERS.clientName),
    col('projectName', CLIENT_HEADERS.projectName),
    col('contactName', CLIENT_HEADERS.contactName, 'text', false),
    col('contactEmail', CLIENT_HEADERS.contactEmail),
    col('ccEmails', CLIENT_HEADERS.ccEmails, 'text', false),
    col('language', CLIENT_HEADERS.language),
    col('currency', CLIENT_HEADERS.currency),
    col('targetAmount', CLIENT_HEADERS.targetAmount, 'number'),
    col('tier', CLIENT_HEADERS.tier),
    col('serviceLevel', CLIENT_HEADERS.serviceLevel),
    col('playbook', CLIENT_HEADERS.playbook),
    col('prepStart', CLIENT_HEADERS.prepStart, 'date', false),
    col('survey', CLIENT_HEADERS.survey, 'date', false),
    col('launch', CLIENT_HEADERS.launch, 'date', false),
    col('end', CLIENT_HEADERS.end, 'date', false),
    col('shipping', CLIENT_HEADERS.shipping, 'text', false),
    col('contractStart', CLIENT_HEADERS.contractStart, 'date', false),
    col('renewal', CLIENT_HEADERS.renewal, 'date', false),
    col('folderId', CLIENT_HEADERS.folderId, 'text', false),
    col('folderUrl', CLIENT_HEADERS.folderUrl, 'text', false),
    col('status', CLIENT_HEADERS.status),
    col('health', CLIENT_HEADERS.health, 'text', false),
    col('notes', CLIENT_HEADERS.notes, 'text', false),
    col('createdAt', CLIENT_HEADERS.createdAt, 'datetime', false),
    col('updatedAt', CLIENT_HEADERS.updatedAt, 'datetime', false),
  ],
};

/** `Milestones`: one row per client milestone. */
export const MILESTONES_SHEET: SheetDef = {
  key: 'milestones',
  name: 'Milestones',
  columns: [
    col('clientId', MILESTONE_HEADERS.clientId),
    col('clientName', MILESTONE_HEADERS.clientName, 'text', false),
    col('milestoneId', MILESTONE_HEADERS.milestoneId),
    col('title', MILESTONE_HEADERS.title),
    col('audience', MILESTONE_HEADERS.audience),
    col('areas', MILESTONE_HEADERS.areas, 'text', false),
    col('due', MILESTONE_HEADERS.due, 'date'),
    // The day the playbook gave when the app last wrote the row: a Due that differs was moved by
    // hand, and a re-plan keeps it (empty: a row written before this column existed). Beside Due,
    // so a re-timed row is one block of cells to write.
    col('planned', MILESTONE_HEADERS.planned, 'date', false),
    col('status', MILESTONE_HEADERS.status),
    col('done', MILESTONE_HEADERS.done, 'checkbox'),
    col('reminder', MILESTONE_HEADERS.reminder, 'text', false),
    col('note', MILESTONE_HEADERS.note, 'text', false),
    // The daily job's sent log of the row (see core/reminder-marks): a person may read and clear it.
    col('sentLog', MILESTONE_HEADERS.sentLog, 'text', false),
  ],
};

/** Header words of each Playbook column; the keys are core's PLAYBOOK_COLUMNS, one rule a row. */
/** The Playbook columns a rule may leave empty. */
const PLAYBOOK_OPTIONAL: ReadonlySet<string> = new Set([
  'leadDays',
  'everyDays',
  'until',
  'reminderZh',
  'reminderEn',
]);

/** `Playbook`: the rules of every playbook, editable by the team; seeded with the built-ins. */
export const PLAYBOOK_SHEET: SheetDef = {
  key: 'playbook',
  name: 'Playbook',
  columns: PLAYBOOK_COLUMNS.map((key) => {
    const kind = key === 'offsetDays' || key === 'leadDays' || key === 'everyDays' ? 'number' : 'text';
    return col(key, PLAYBOOK_HEADERS[key], kind, !PLAYBOOK_OPTIONAL.has(key));
  }),
};

/** `Settings`: key / value with a description. */
export const SETTINGS_SHEET: SheetDef = {
  key: 'settings',
  name: 'Settings',
  columns: [
    col('key', SETTINGS_HEADERS.key),
    col('value', SETTINGS_HEADERS.value),
    col('description', SETTINGS_HEADERS.description, 'text', false),
  ],
};

/** `Log`: every folder, document, mail and error. */
export const LOG_SHEET: SheetDef = {
  key: 'log',
  name: 'Log',
  columns: [
    col('time', LOG_HEADERS.time, 'datetime'),
    col('action', LOG_HEADERS.action),
    col('client', LOG_HEADERS.client, 'text', false),
    col('detail', LOG_HEADERS.detail, 'text', false),
    col('result', LOG_HEADERS.result),
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
