/**
 * The contract between the sidebar and the server's public globals. Everything here is JSON:
 * no Date crosses the wire (google.script.run would fail), days are `YYYY-MM-DD` strings.
 */
import type { ClientInput } from './client';
import type { DiagnosticsReport } from './diagnostics';
import type { FieldProblem, Language, Localized } from './i18n';
import type { PlanResult } from './plan';
import type { AnchorDef } from './playbook';

/** A playbook as the onboarding form needs it: its name and the dates it asks for. */
export interface PlaybookChoice {
  id: string;
  name: Localized;
  anchors: Pick<AnchorDef, 'id' | 'label' | 'kind' | 'required' | 'mayBeVague'>[];
}

/** What the sidebar learns when it opens. */
export interface SidebarContext {
  language: Language;
  timeZone: string;
  locale: string;
  /** The playbooks of the workspace (the Playbook sheet's, then the built-in ones). */
  playbooks?: PlaybookChoice[];
  /** The Settings sheet's defaults for new clients. */
  defaults?: { language: Language; currency: string };
}

/** One document made for a new client. */
export interface OnboardDocument {
  kind: string;
  name: string;
  url: string;
}

/** The answer of `onboardClient`: done, refused with field problems, or stopped half-way. */
export type OnboardResult =
  | { ok: true; clientId: string; folderUrl: string; documents: OnboardDocument[]; milestones: number }
  | { ok: false; problems: FieldProblem[]; partial?: false }
  | { ok: false; partial: true; message: string };

/** One row of the Clients sheet as the sidebar lists it; days are `YYYY-MM-DD`, shipping `YYYY-MM`. */
export interface ClientSummary {
  id: string;
  clientName: string;
  projectName: string;
  tier: string;
  serviceLevel: string;
  status: string;
  health: string;
  folderUrl: string;
  launch: string;
  end: string;
  shipping: string;
}

/** One milestone of a client as the Milestones sheet holds it. */
export interface ClientMilestone {
  milestoneId: string;
  title: string;
  due: string;
  /** upcoming | due-soon | overdue | done */
  status: string;
  done: boolean;
  audience: string;
}

/** A client with its milestones, today and its health. */
export type ClientView =
  | { ok: true; client: ClientSummary; milestones: ClientMilestone[]; today: string; health: string }
  | { ok: false; message: string };

/** A milestone whose due day would change (or changed) with new dates. */
interface RetimeMove {
  id: string;
  title?: string;
  from: string;
  to: string;
}

/** A milestone that appears or vanishes with new dates. */
interface RetimeItem {
  id: string;
  title?: string;
  due?: string;
  dueDate?: string;
}

/** The answer of `previewRetime` and `retimeClient`. */
export interface RetimeResult {
  ok: boolean;
  moved?: RetimeMove[];
  appeared?: RetimeItem[];
  vanished?: RetimeItem[];
  problems?: FieldProblem[];
  message?: string;
}

/** One row of the Settings sheet. */
export interface SettingRow {
  key: string;
  value: string;
  description: string;
}

/** The Settings view: the sheet's rows, the triggers and the last daily run. */
export interface SettingsView {
  settings: SettingRow[];
  triggers: { id: string; handler: string }[];
  /** The `lastDailyRun` document property, or '' when the daily job never ran. */
  lastDailyRun: string;
  /** The daily reminders: installed or not, at which hour, and what is wrong, in words. */
  reminders?: { installed: boolean; hour: number | null; problems: string[] };
}

/** The answer of `updateSetting`. */
export type UpdateSettingResult = { ok: true; key: string; value: string } | { ok: false; message: string };

/** What the sidebar shows of a daily run: the counts the daily job reports. */
interface DailyRunSummary {
  ok: boolean;
  /** Another run held the lock: this one did nothing. */
  busy?: boolean;
  dryRun?: boolean;
  sent?: number;
  deferred?: number;
  skipped?: number;
  failed?: number;
  pending?: number;
  message?: string;
}

/** The answer of `installTriggers`, as far as the sidebar reads it. */
type InstallTriggersSummary = { ok: true; changed: boolean } | { ok: false; message: string };

/** The public globals the sidebar may call, with their argument and result types. */
export interface ServerApi {
  getSidebarContext(): SidebarContext;
  planClient(input: ClientInput, today?: string): PlanResult;
  onboardClient(input: ClientInput): OnboardResult;
  listClients(): ClientSummary[];
  getClientView(id: string): ClientView;
  previewRetime(clientId: string, dates: Record<string, string>): RetimeResult;
  retimeClient(clientId: string, dates: Record<string, string>): RetimeResult;
  getSettingsView(): SettingsView;
  updateSetting(key: string, value: string): UpdateSettingResult;
  runDailyJob(): DailyRunSummary;
  installTriggers(): InstallTriggersSummary;
  runDiagnostics(): DiagnosticsReport;
}
