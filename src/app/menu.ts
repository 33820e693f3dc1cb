import { userLocale } from '../gas/session';
import { addMenu } from '../gas/ui';
import { languageForLocale } from '../shared/i18n';
import { format, type MessageKey } from '../shared/messages';

type Item = { functionName: string; caption: MessageKey };

/** The menu's items in order: the public global each calls, and its caption in both languages. */
const ITEMS: readonly Item[] = [
  { functionName: 'openSidebar', caption: 'menuOpenSidebar' },
  { functionName: 'setupTracker', caption: 'menuSetupTracker' },
  { functionName: 'runDailyJob', caption: 'menuRunDaily' },
  { functionName: 'refreshMilestones', caption: 'menuRefresh' },
  { functionName: 'installTriggers', caption: 'menuInstallTriggers' },
];
const HELP: { title: MessageKey; items: readonly Item[] } = {
  title: 'menuHelp',
  items: [
    { functionName: 'showHelp', caption: 'menuShowHelp' },
    { functionName: 'runDiagnostics', caption: 'menuDiagnostics' },
  ],
};

/**
 * Builds the Launch Desk menu. Runs under AuthMode.NONE in an add-on, so it only builds the menu
 * and reads nothing from the spreadsheet (the user's locale is allowed, and falls back to English).
 */
export function buildMenu(): void {
  const language = languageForLocale(userLocale());
  const entries = (items: readonly Item[]) =>
    items.map((item) => ({ caption: format(language, item.caption), functionName: item.functionName }));
  addMenu(entries(ITEMS), { title: format(language, HELP.title), items: entries(HELP.items) });
}
