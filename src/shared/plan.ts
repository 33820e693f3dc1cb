import type { TimelineCheck } from './checks';
import type { NormalizedClient } from './client';
import type { FieldProblem } from './i18n';
import type { Milestone } from './schedule';

/** The answer to "plan this client": validation problems, or the client with its schedule and checks. */
export type PlanResult =
  | { ok: true; client: NormalizedClient; milestones: Milestone[]; checks: TimelineCheck[] }
  | { ok: false; problems: FieldProblem[] };
