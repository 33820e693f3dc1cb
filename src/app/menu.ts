import type { Language } from '../core/tracker/schema';
import { userLocale } from '../gas/session';
import { addMenu } from '../gas/ui';
import { languageForLocale } from './language';

const CAPTIONS: Record<Language, Record<string, string>> = {
  en: {
    openSidebar: 'Open sidebar',
    setupTracker: 'Set up tracker',
    installTriggers: 'Install reminders',
    runDailyJob: 'Run the daily check now',
    help: 'Help',
    showHelp: 'How Launch Desk works',
  },
  'zh-TW': {
    openSidebar: '開啟側邊欄',
    setupTracker: '建立追蹤表',
    installTriggers: '安裝提醒',
    runDailyJob: '立即執行每日檢查',
    help: '說明',
    showHelp: 'Launch Desk 使用說明',
  },
};

/**
 * Builds the Launch Desk menu. Runs under AuthMode.NONE in an add-on, so it only builds the menu
 * and reads nothing from the spreadsheet.
 */
export function buildMenu(): void {
  const text = CAPTIONS[languageForLocale(userLocale())];
  const item = (functionName: string) => ({ caption: text[functionName] ?? functionName, functionName });
  addMenu([item('openSidebar'), item('setupTracker'), item('installTriggers'), item('runDailyJob')], {
    title: text.help ?? 'Help',
    items: [item('showHelp')],
  });
}
