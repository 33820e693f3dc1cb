import type { Language } from '../core/tracker/schema';
import { userLocale } from '../gas/session';
import { addMenu } from '../gas/ui';
import { languageForLocale } from './language';

/** The menu's items in order: the public global each calls, and its caption in both languages. */
const ITEMS: ReadonlyArray<{ functionName: string } & Record<Language, string>> = [
  { functionName: 'openSidebar', en: 'Open sidebar', 'zh-TW': '開啟側邊欄' },
  { functionName: 'setupTracker', en: 'Set up tracker', 'zh-TW': '建立追蹤表' },
  { functionName: 'runDailyJob', en: 'Run daily check now', 'zh-TW': '立即執行每日檢查' },
  { functionName: 'installTriggers', en: 'Install reminders', 'zh-TW': '安裝提醒排程' },
  { functionName: 'showHelp', en: 'Help', 'zh-TW': '說明' },
];

/**
 * Builds the Launch Desk menu. Runs under AuthMode.NONE in an add-on, so it only builds the menu
 * and reads nothing from the spreadsheet (the user's locale is allowed, and falls back to English).
 */
export function buildMenu(): void {
  const language = languageForLocale(userLocale());
  addMenu(ITEMS.map((item) => ({ caption: item[language], functionName: item.functionName })));
}
