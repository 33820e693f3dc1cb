import type { ClientInput } from '../shared/client';
import type { PlanResult } from '../shared/plan';
import { checkTimeline } from './checks';
import { BUILT_IN_PLAYBOOKS } from './playbooks';
import { buildSchedule } from './schedule';
import { type ValidationOptions, validateClient } from './validation';

/**
 * Plans a client in one call, as the sidebar and the CLI need it: validates the input, then
 * builds its schedule fitted to the day it was (or would be) onboarded, `onboardedOn` (today
 * unless told; a re-plan gives the client's own day) and runs the timeline checks on `today`.
 * Nothing is written anywhere.
 */
export function planClient(
  input: ClientInput,
  today: string,
  options: ValidationOptions,
  onboardedOn: string = today,
): PlanResult {
  const validation = validateClient(input, options);
  if (!validation.ok) return { ok: false, problems: validation.problems };
  const { client } = validation;
  // validateClient only accepts a client whose playbook is among these.
  const playbook = (options.playbooks ?? BUILT_IN_PLAYBOOKS).find((p) => p.id === client.playbook);
  const milestones = playbook
    ? buildSchedule(client, playbook, today, { onboardedOn, settings: options.settings })
    : [];
  return { ok: true, client, milestones, checks: checkTimeline(client, today, options.settings) };
}
