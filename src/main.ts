/**
 * The Apps Script entry: only the global functions Apps Script calls (simple triggers, menu
 * items, time-driven triggers, sidebar calls). Each is a few lines into src/app/; the build
 * exposes every export here as a real top-level function of Code.js.
 */
import { type DailyResult, runDailyJob as daily } from './app/daily/job';
import {
  installTriggers as install,
  removeTriggers as remove,
  type TriggersResult,
} from './app/daily/triggers';
import { runDiagnostics as diagnostics } from './app/diagnostics/diagnostics';
import { recordTimeDrivenProbe } from './app/diagnostics/triggers';
import { buildMenu } from './app/menu';
import { onboardClient as onboard } from './app/onboard/onboard';
import { planClient as plan } from './app/plan';
import { previewRetime as previewDates, retimeClient as retime } from './app/retime-client';
import { type SetupOptions, type SetupResult, setupTracker as setup } from './app/setup';
import { listClients as clients, getClientView as clientView } from './app/sidebar/clients';
import { updateSetting as setSetting, getSettingsView as settingsView } from './app/sidebar/settings';
import {
  showHelp as help,
  openSidebar as open,
  getSidebarContext as sidebarContext,
} from './app/sidebar/sidebar';
import { type StatusResult, getStatus as status } from './app/status';
import { type RefreshResult, refreshMilestones as refresh } from './app/tracker/refresh';
import type { ClientInput } from './shared/client';
import type { DiagnosticsReport } from './shared/diagnostics';
import type { PlanResult } from './shared/plan';
import type {
  ClientSummary,
  ClientView,
  OnboardResult,
  RetimeResult,
  SettingsView,
  SidebarContext,
  UpdateSettingResult,
} from './shared/rpc';

/** Simple trigger: builds the menu. May run under AuthMode.NONE, so it does nothing else. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs when the add-on is installed: the same menu, at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu: opens the sidebar. */
export function openSidebar(): void {
  open();
}

/** Menu: shows the help text. */
export function showHelp(): void {
  help();
}

/** Menu, sidebar and `launch-desk init`: creates the tracker's missing sheets and settings. */
export function setupTracker(options?: SetupOptions): SetupResult {
  return setup(options ?? {});
}

/** Sidebar and `launch-desk status`: clients and milestones by status. */
export function getStatus(): StatusResult {
  return status();
}

/**
 * Sidebar and menu: re-plans every active client's milestones from the Clients and Playbook
 * sheets (after dates or rules were edited there), keeping notes and Done ticks.
 */
export function refreshMilestones(today?: string): RefreshResult {
  // From the menu Apps Script may pass an event object: only a day string is a day.
  return refresh(typeof today === 'string' ? today : undefined);
}

/** Sidebar: language and time zone on load. */
export function getSidebarContext(): SidebarContext {
  return sidebarContext();
}

/** Sidebar and `launch-desk plan`: validates and plans a client without writing anything. */
export function planClient(input: ClientInput, today?: string): PlanResult {
  return plan(input, today);
}

/** Sidebar: the clients of the Clients sheet, dates as strings. */
export function listClients(): ClientSummary[] {
  return clients();
}

/** Sidebar: one client with its milestones, today and health. */
export function getClientView(id: string): ClientView {
  return clientView(id);
}

/** Sidebar: the Settings sheet, the triggers and the last daily run. */
export function getSettingsView(): SettingsView {
  return settingsView();
}

/** Sidebar: writes one known setting's value. */
export function updateSetting(key: string, value: string): UpdateSettingResult {
  return setSetting(key, value);
}

/** Sidebar: which of a client's milestones would move with new dates; writes nothing. */
export function previewRetime(clientId: string, dates: Record<string, string>): RetimeResult {
  return previewDates(clientId, dates);
}

/** Sidebar: moves a client's dates and re-dates its open milestones. */
export function retimeClient(clientId: string, dates: Record<string, string>): RetimeResult {
  return retime(clientId, dates);
}

/**
 * Time-driven trigger, menu and `launch-desk daily`: statuses, reminders and digests, each mail
 * once. A trigger's event names the trigger, which names the tracker to open (a time-driven run
 * has no active spreadsheet); a menu call's event, if any, has no `triggerUid`.
 */
export function runDailyJob(e?: GoogleAppsScript.Events.TimeDriven): DailyResult {
  return daily(typeof e?.triggerUid === 'string' ? e.triggerUid : undefined);
}

/** Menu, sidebar and `launch-desk triggers install`: one daily trigger at the configured hour. */
export function installTriggers(): TriggersResult {
  return install();
}

/** Menu, sidebar and `launch-desk triggers remove`: removes the daily job's triggers. */
export function removeTriggers(): TriggersResult {
  return remove();
}

/** Menu Help → Run diagnostics: checks what the local hosts assume of Apps Script, row by row in the Log. */
export function runDiagnostics(): DiagnosticsReport {
  return diagnostics();
}

/** The diagnostics' one-off trigger: records what a time-driven run sees and whether it opens its tracker. */
export function diagnosticsProbe(e?: GoogleAppsScript.Events.TimeDriven): void {
  recordTimeDrivenProbe(typeof e?.triggerUid === 'string' ? e.triggerUid : undefined);
}

/** Sidebar and `launch-desk onboard`: the client's row, Drive folder, documents and milestones. */
export function onboardClient(input: ClientInput, today?: string): OnboardResult {
  return onboard(input, today);
}
