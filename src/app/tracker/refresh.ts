import { planClient } from '../../core/plan';
import { DEFAULT_PLAYBOOK } from '../../core/validation';
import { withTrackerLock } from '../../gas/lock';
import { today as todayIn } from '../../gas/spreadsheet';
import type { FieldProblem } from '../../shared/i18n';
import { format, formatBoth } from '../../shared/messages';
import { clientInputOf, clientRecords, onboardingDayOf } from './clients';
import { RunLog } from './log';
import {
  type ClientMilestones,
  type MilestoneWriteResult,
  readMilestonesTable,
  withMilestoneColumn,
  writeMilestones,
} from './milestones';
import { readTracker, trackerProblems } from './problems';

/** What a refresh did: rows by kind, and the clients it could not plan. */
export type RefreshResult =
  | ({
      ok: true;
      today: string;
      clients: number;
      /** Problems of a client carry its id; problems of the sheets (a cell to fix) an empty one. */
      problems: Array<FieldProblem & { clientId: string }>;
    } & MilestoneWriteResult)
  | { ok: false; message: string };

/**
 * Re-plans the milestones of every active client from its row in Clients and the Playbook
 * sheet, and writes them in one batch: after a person moved dates in the Clients sheet or edited
 * the playbook. Notes, Done ticks and due days moved by hand stay; statuses follow `day`
 * (default: today in the spreadsheet's zone). A client whose row no longer validates, whose
 * playbook the Playbook sheet spoils, or whose id another row holds too, is listed and left as
 * it is. Reads each sheet once; the writes do not grow with the number of rows. The problems go
 * to the Log too.
 */
export function refreshMilestones(day?: string): RefreshResult {
  const locked = withTrackerLock(() => refreshLogged(day), 30_000);
  if (locked.ran) return locked.value;
  return {
    ok: false,
    message: formatBoth('refreshBusy'),
  };
}

function refreshLogged(day: string | undefined): RefreshResult {
  const log = new RunLog();
  try {
    const result = refresh(day);
    // Only problems: a re-plan with nothing to say writes nothing, not even to the Log.
    if (result.ok) {
      for (const problem of result.problems) log.add('refresh', problem.clientId, problem.message, 'warning');
    }
    return result;
  } finally {
    log.flush();
  }
}

function refresh(day: string | undefined): RefreshResult {
  const reading = readTracker();
  const { domain, app } = reading.settings;
  const { playbooks, refused } = reading.playbooks;
  const today = day ?? todayIn(app.timeZone);
  const milestones = withMilestoneColumn(readMilestonesTable(), 'planned', domain.language);
  const plans: ClientMilestones[] = [];
  const problems: Array<FieldProblem & { clientId: string }> = trackerProblems(reading).map((problem) => ({
    clientId: '',
    ...problem,
  }));
  for (const record of clientRecords(reading.clients)) {
    // Partial clients are finished by their onboarding; paused and closed ones keep their rows.
    if (record.status && record.status !== 'active') continue;
    if (reading.ambiguous.ids.has(record.id)) continue;
    const input = clientInputOf(reading.clients, record.row, app.timeZone);
    const playbook = input.playbook || DEFAULT_PLAYBOOK;
    if (refused.includes(playbook)) {
      problems.push({
        clientId: record.id,
        field: 'playbook',
        message: format(domain.language, 'playbookRefused', {
          client: record.clientName,
          id: record.id,
          playbook,
        }),
      });
      continue;
    }
    const onboardedOn = onboardingDayOf(reading.clients, record.row, app.timeZone, today);
    const plan = planClient(input, today, { mode: 'plan', settings: domain, playbooks }, onboardedOn);
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
    keepMovedDues: true,
  });
  return { ok: true, today, clients: plans.length, problems, ...written };
}
