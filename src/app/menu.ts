import { userLocale } from '../gas/session';
import { addMenu } from '../gas/ui';
import { type Language, languageForLocale } from '../shared/i18n';

type Item = { functionName: string } & Record<Language, string>;

/** The menu's items in order: the public global each calls, and its caption in both languages. */
const ITEMS: readonly Item[] = [
  { functionName: 'openSidebar', en: 'Open sidebar', 'zh-TW': '開啟側邊欄' },
  { functionName: 'setupTracker', en: 'Set up tracker', 'zh-TW': '建立追蹤表' },
  { functionName: 'runDailyJob', en: 'Run daily check now', 'zh-TW': '立即執行每日檢查' },
  {
    functionName: 'refreshMilestones',
    en: 'Re-plan milestones from the sheets',
    'zh-TW': '依工作表重新排定里程碑',
  },
  { functionName: 'installTriggers', en: 'Install reminders', 'zh-TW': '安裝提醒排程' },
];
const HELP: { title: Record<Language, string>; items: readonly Item[] } = {
  title: { en: 'Help', 'zh-TW': '說明' },
  items: [
    { functionName: 'showHelp', en: 'How Launch Desk works', 'zh-TW': 'Launch Desk 使用說明' },
    { functionName: 'runDiagnostics', en: 'Run diagnostics', 'zh-TW': '執行診斷' },
  ],
};

/**
 * Builds the Launch Desk menu. Runs under AuthMode.NONE in an add-on, so it only builds the menu
 * and reads nothing from the spreadsheet (the user's locale is allowed, and falls back to English).
 */
export function buildMenu(): void {
  const language = languageForLocale(userLocale());
  const entries = (items: readonly Item[]) =>
    items.map((item) => ({ caption: item[language], functionName: item.functionName }));
  addMenu(entries(ITEMS), { title: HELP.title[language], items: entries(HELP.items) });
}
