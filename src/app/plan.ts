import { planClient as plan } from '../core/plan';
import { today } from '../gas/spreadsheet';
import type { ClientInput } from '../shared/client';
import type { PlanResult } from '../shared/plan';
import { readSettings } from './settings';
import { readPlaybooks } from './tracker/playbooks';

/**
 * Plans a client without writing anything: validation, tier and level, milestones and the
 * timeline checks, against the Settings sheet and "today" in the spreadsheet's time zone.
 */
export function planClient(input: ClientInput, day?: string): PlanResult {
  const { domain, app } = readSettings();
  return plan(input, day ?? today(app.timeZone), {
    mode: 'plan',
    settings: domain,
    playbooks: readPlaybooks(domain.language).playbooks,
  });
}
