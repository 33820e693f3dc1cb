import { planClient } from '../../core/plan';
import { withTrackerLock } from '../../gas/lock';
import { today as todayIn } from '../../gas/spreadsheet';
import type { FieldProblem } from '../../shared/i18n';
import { readSettings } from '../settings';
import { clientInputOf, clientRecords, readClientsTable } from './clients';
import {
  type ClientMilestones,
  type MilestoneWriteResult,
  readMilestonesTable,
  writeMilestones,
} from './milestones';
import { readPlaybooks } from './playbooks';

/** What a refresh did: rows by kind, and the clients it could not plan. */
export type RefreshResult =
  | ({
      ok: true;
      today: string;
      clients: number;
      problems: Array<FieldProblem & { clientId: string }>;
    } & MilestoneWriteResult)
  | { ok: false; message: string };

/**
 * Re-plans the milestones of every active client from its row in Clients and the Playbook
 * sheet, and writes them in one batch: after a person moved dates in the Clients sheet or edited
 * the playbook. Notes and Done ticks stay; statuses follow `day` (default: today in the
 * spreadsheet's zone). A client whose row no longer validates is listed and left as it is.
 * Reads each sheet once; the writes do not grow with the number of rows.
 */
export function refreshMilestones(day?: string): RefreshResult {
  const locked = withTrackerLock(() => refresh(day), 30_000);
  if (locked.ran) return locked.value;
  return {
    ok: false,
    message:
      'Launch Desk 正在執行其他工作，請稍後再試。 / Launch Desk is busy with another run; try again shortly.',
  };
}

function refresh(day: string | undefined): RefreshResult {
  const { domain, app } = readSettings();
  const today = day ?? todayIn(app.timeZone);
  const { playbooks } = readPlaybooks(domain.language);
  const clients = readClientsTable();
  const milestones = readMilestonesTable();
  const plans: ClientMilestones[] = [];
  const problems: Array<FieldProblem & { clientId: string }> = [];
  for (const record of clientRecords(clients)) {
    // Partial clients are finished by their onboarding; paused and closed ones keep their rows.
    if (record.status && record.status !== 'active') continue;
    const input = clientInputOf(clients, record.row, app.timeZone);
    const plan = planClient(input, today, { mode: 'plan', settings: domain, playbooks });
    if (!plan.ok) {
      for (const problem of plan.problems) problems.push({ clientId: record.id, ...problem });
      continue;
    }
    plans.push({
      client: { id: record.id, name: record.clientName },
      milestones: plan.milestones.map((milestone) => ({ ...milestone, done: false })),
    });
  }
  const written = writeMilestones(milestones, plans, {
    language: domain.language,
    today,
    timeZone: app.timeZone,
  });
  return { ok: true, today, clients: plans.length, problems, ...written };
}
