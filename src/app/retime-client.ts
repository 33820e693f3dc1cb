import { retime } from '../core/retime';
import { buildSchedule } from '../core/schedule';
import { CLIENTS_SHEET } from '../core/tracker/schema';
import { validateClient } from '../core/validation';
import { withTrackerLock } from '../gas/lock';
import { spreadsheetLocale, today as todayIn } from '../gas/spreadsheet';
import { type CellValue, type Table, updateCells } from '../gas/table';
import type { ClientInput, NormalizedClient } from '../shared/client';
import { errorMessage } from '../shared/error-message';
import type { Language } from '../shared/i18n';
import { format } from '../shared/messages';
import type { RetimeResult } from '../shared/rpc';
import type { Retiming, TrackedMilestone } from '../shared/schedule';
import { readSettings } from './settings';
import {
  clientCells,
  clientInputOf,
  clientRecords,
  findClient,
  onboardingDayOf,
  readClientsTable,
} from './tracker/clients';
import { RunLog } from './tracker/log';
import {
  type MilestoneRecord,
  milestonesOf,
  readMilestonesTable,
  writeClientMilestones,
} from './tracker/milestones';
import { readPlaybooks } from './tracker/playbooks';

/** Everything a re-timing needs, read once: the client's row, its milestone rows and the new plan. */
interface RetimePlan {
  clients: Table;
  milestones: Table;
  clientIndex: number;
  clientId: string;
  clientName: string;
  language: Language;
  timeZone: string;
  today: string;
  client: NormalizedClient;
  records: MilestoneRecord[];
  retiming: Retiming;
}

/**
 * The milestones a client has now, shaped for `retime`: each row's day and Done tick, with the
 * planned details of the current schedule where the rule still exists (a row whose rule is gone
 * keeps its own title).
 */
function currentMilestones(records: readonly MilestoneRecord[], planned: readonly TrackedMilestone[]) {
  const byId = new Map(planned.map((m) => [m.id, m]));
  return records.map((record): TrackedMilestone => {
    const known = byId.get(record.milestoneId);
    const base = known ?? {
      id: record.milestoneId,
      ruleId: record.milestoneId,
      title: { 'zh-TW': record.title, en: record.title },
      audience: 'both' as const,
      areas: [],
      reminderLeadDays: 0,
    };
    return { ...base, id: record.milestoneId, dueDate: record.dueDate, done: record.done };
  });
}

/** Reads the tracker and plans the client with the changed dates; a refusal when that cannot be done. */
function planRetime(clientId: string, changed: Record<string, string>): RetimePlan | RetimeResult {
  const { domain } = readSettings();
  const language = domain.language;
  const { timeZone } = spreadsheetLocale();
  const today = todayIn(timeZone);
  const clients = readClientsTable();
  const record = findClient(clientRecords(clients), {
    clientId: String(clientId ?? '').trim(),
    clientName: '',
    projectName: '',
  });
  if (!record) return { ok: false, message: format(language, 'clientUnknown', { id: String(clientId) }) };
  const before = clientInputOf(clients, record.row, timeZone);
  const dates = { ...before.dates };
  for (const [anchor, value] of Object.entries(changed ?? {})) {
    const typed = String(value ?? '').trim();
    if (typed) dates[anchor] = typed;
    else delete dates[anchor];
  }
  const playbooks = readPlaybooks(language).playbooks;
  // The kickoff stays where the row has it; a row without one plans from today, as onboarding did.
  const options = {
    mode: 'onboard' as const,
    today: before.dates.prepStart ?? today,
    settings: domain,
    playbooks,
  };
  const after: ClientInput = { ...before, dates };
  const checked = validateClient(after, options);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const playbook = playbooks.find((p) => p.id === checked.client.playbook);
  const old = validateClient(before, options);
  // Fitted to the client's own onboarding day, as its rows were: moving a date re-times, it does not compress again.
  const start = { onboardedOn: onboardingDayOf(clients, record.row, timeZone, today), settings: domain };
  const oldPlan = old.ok && playbook ? buildSchedule(old.client, playbook, today, start) : [];
  const next = playbook ? buildSchedule(checked.client, playbook, today, start) : [];
  const milestones = readMilestonesTable();
  const records = milestonesOf(milestones, record.id, timeZone);
  const current = currentMilestones(
    records,
    oldPlan.map((m) => ({ ...m, done: false })),
  );
  return {
    clients,
    milestones,
    clientIndex: record.index,
    clientId: record.id,
    clientName: record.clientName,
    language,
    timeZone,
    today,
    client: checked.client,
    records,
    retiming: retime(current, next),
  };
}

/** What moves, appears and vanishes, in the workspace's language, days as `YYYY-MM-DD`. */
function summary(plan: RetimePlan): RetimeResult {
  const { retiming, language } = plan;
  const titles = new Map(retiming.milestones.map((m) => [m.id, m.title[language]]));
  return {
    ok: true,
    moved: retiming.moved.map((m) => ({ ...m, title: titles.get(m.id) ?? m.id })),
    appeared: retiming.appeared.map((m) => ({ id: m.id, title: m.title[language], due: m.dueDate })),
    vanished: retiming.vanished.map((m) => ({ id: m.id, title: m.title[language], due: m.dueDate })),
  };
}

const isPlan = (value: RetimePlan | RetimeResult): value is RetimePlan => 'retiming' in value;

/**
 * Which milestones of a client would move if its dates changed (`dates` holds only the anchors
 * that change; an empty value clears an optional one). Nothing is written.
 */
export function previewRetime(clientId: string, dates: Record<string, string>): RetimeResult {
  const plan = planRetime(clientId, dates);
  return isPlan(plan) ? summary(plan) : plan;
}

/**
 * Writes a re-timing: the client's anchor cells, then its milestones through the tracker's
 * writer (moved rows rewritten where they differ, notes and Done ticks kept, new ones appended,
 * vanished open ones removed).
 */
function write(plan: RetimePlan): void {
  const { clients, milestones, retiming, language, today, timeZone } = plan;
  const cells = clientCells(plan.client, plan.clientId, 'active', language, timeZone);
  // Only the anchor columns change: the day columns of the sheet, and the shipping month.
  const anchors: Record<string, CellValue> = { updatedAt: new Date() };
  for (const column of CLIENTS_SHEET.columns) {
    if (column.kind === 'date' || column.key === 'shipping') anchors[column.key] = cells[column.key] ?? '';
  }
  updateCells(clients, new Map([[plan.clientIndex, anchors]]));
  writeClientMilestones(milestones, { id: plan.clientId, name: plan.clientName }, retiming.milestones, {
    language,
    today,
    timeZone,
  });
}

/**
 * Re-times a client under the tracker lock: the same plan as {@link previewRetime}, then written
 * (one write for the client row, one per run of changed milestone rows) and logged.
 */
export function retimeClient(clientId: string, dates: Record<string, string>): RetimeResult {
  const outcome = withTrackerLock(() => {
    const plan = planRetime(clientId, dates);
    if (!isPlan(plan)) return plan;
    const log = new RunLog();
    try {
      write(plan);
      const result = summary(plan);
      log.add('retime', plan.clientId, `${result.moved?.length ?? 0} moved`);
      return result;
    } catch (error) {
      log.add('retime', plan.clientId, errorMessage(error), 'error');
      throw error;
    } finally {
      log.flush();
    }
  });
  if (outcome.ran) return outcome.value;
  return { ok: false, message: format(readSettings().domain.language, 'retimeBusy') };
}
