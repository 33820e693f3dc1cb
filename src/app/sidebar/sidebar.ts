import { spreadsheetLocale } from '../../gas/spreadsheet';
import { alert, showSidebar } from '../../gas/ui';
import { languageForLocale } from '../../shared/i18n';
import type { SidebarContext } from '../../shared/rpc';
import { readSettings } from '../settings';
import { readPlaybooks } from '../tracker/playbooks';

/** Opens the Launch Desk sidebar. */
export function openSidebar(): void {
  showSidebar('Launch Desk');
}

/**
 * What the sidebar needs on load: the language (from the spreadsheet's locale) and time zone,
 * the playbooks with the dates each asks for, and the defaults of a new client.
 */
export function getSidebarContext(): SidebarContext {
  const { timeZone, locale } = spreadsheetLocale();
  const { domain } = readSettings();
  const playbooks = readPlaybooks(domain.language).playbooks.map((playbook) => ({
    id: playbook.id,
    name: playbook.name,
    anchors: playbook.anchors.map(({ id, label, kind, required, mayBeVague }) => ({
      id,
      label,
      kind,
      required,
      ...(mayBeVague ? { mayBeVague } : {}),
    })),
  }));
  return {
    language: languageForLocale(locale),
    timeZone,
    locale,
    playbooks,
    defaults: { language: domain.language, currency: domain.currency },
  };
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
