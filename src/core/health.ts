import type { Health, MilestoneProgress } from '../shared/schedule';
import { milestoneStatus } from './reminders';
import type { Settings } from './settings';

/** A client's health flag and the counts behind it. */
export interface ClientHealth {
  health: Health;
  /** Open milestones past due whose audience includes the client (`client` or `both`). */
  overdueClient: number;
  /** Open milestones past due that only the CSM owns. */
  overdueCsm: number;
  dueSoon: number;
}

/**
 * A client's health on `today`. The rule: `at-risk` when at least `atRiskOverdueClient` (2)
 * client milestones are overdue: the client is falling behind, and a client who drifts usually
 * drifts away; `attention` when anything is overdue, the CSM's own work included; `on-track`
 * otherwise. Due-soon milestones are normal work and do not lower the flag.
 */
export function clientHealth(
  milestones: readonly MilestoneProgress[],
  today: string,
  settings: Settings,
): ClientHealth {
  let overdueClient = 0;
  let overdueCsm = 0;
  let dueSoon = 0;
  for (const m of milestones) {
    const status = milestoneStatus(m, today);
    if (status === 'due-soon') dueSoon++;
    if (status !== 'overdue') continue;
    if (m.audience === 'csm') overdueCsm++;
    else overdueClient++;
  }
  const health: Health =
    overdueClient >= settings.atRiskOverdueClient
      ? 'at-risk'
      : overdueClient + overdueCsm > 0
        ? 'attention'
        : 'on-track';
  return { health, overdueClient, overdueCsm, dueSoon };
}
