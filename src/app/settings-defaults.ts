import { DEFAULT_FOLDER_RULE } from '../core/folder-name';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { Language } from '../shared/i18n';
import { SETTING_DESCRIPTIONS } from '../shared/messages/settings';

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
  const s = (key: keyof typeof SETTING_DESCRIPTIONS, value: SettingDef['value']): SettingDef => ({
    key,
    value,
    en: SETTING_DESCRIPTIONS[key].en,
    zh: SETTING_DESCRIPTIONS[key]['zh-TW'],
  });
  return [
    s('language', language),
    s('timeZone', timeZone),
    s('currency', 'TWD'),
    s('csmName', ''),
    s('csmEmail', ''),
    s('senderName', 'Launch Desk'),
    s('tierT1', 5000000),
    s('tierT2', 1000000),
    s('tierT3', 300000),
    s('minPrepDaysAdvanced', 42),
    s('minPrepDaysBasic', 28),
    s('minPrepDaysSimple', 21),
    s('maxLeadDays', 180),
    s('campaignDaysMin', 14),
    s('campaignDaysRecommended', 30),
    s('campaignDaysMax', 60),
    s('minShippingSlackDays', 30),
    s('overdueNoticeDays', 7),
    s('atRiskOverdueClient', 2),
    s('holidays', DEFAULT_SETTINGS.holidays.join(', ')),
    s('compressFromDays', DEFAULT_SETTINGS.compressFromDays),
    s('reminderHour', 9),
    s('digestWeekday', 1),
    s('dryRun', false),
    s('dailyMailBudget', 80),
    s('folderNameRule', DEFAULT_FOLDER_RULE),
    s('shareFolderRole', 'none'),
  ];
}
