import { spreadsheetLocale } from '../gas/spreadsheet';
import { alert, showSidebar } from '../gas/ui';
import type { SidebarContext } from '../shared/rpc';
import { languageForLocale } from './language';

/** Opens the Launch Desk sidebar. */
export function openSidebar(): void {
  showSidebar('Launch Desk');
}

/** What the sidebar needs on load: the language and time zone to show dates in. */
export function getSidebarContext(): SidebarContext {
  const { timeZone, locale } = spreadsheetLocale();
  return { language: languageForLocale(locale), timeZone, locale };
}

const HELP = {
  en: 'Launch Desk keeps one folder, a set of documents and a milestone plan per client. Open the sidebar to onboard a client; the Clients and Milestones sheets are the tracker; Settings holds thresholds and reminder hours.',
  'zh-TW':
    'Launch Desk 為每位客戶建立資料夾、文件與里程碑計畫。開啟側邊欄即可新增客戶；Clients 與 Milestones 工作表是追蹤表；Settings 存放等級門檻與提醒時間。',
};

/** Shows a short help text in the user's language. */
export function showHelp(): void {
  alert(HELP[languageForLocale(spreadsheetLocale().locale)]);
}
