import { spreadsheetLocale } from '../../gas/spreadsheet';
import { alert, showSidebar } from '../../gas/ui';
import { languageForLocale } from '../../shared/i18n';
import { format } from '../../shared/messages';
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

/** Shows a short help text in the user's language. */
export function showHelp(): void {
  alert(format(languageForLocale(spreadsheetLocale().locale), 'help'));
}
