import { addDays } from '../../src/core/dates';
import { planClient } from '../../src/core/plan';
import type { ClientProgress } from '../../src/core/reminders';
import { selectReminders } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { ClientInput } from '../../src/shared/client';

const CLIENTS = 5000;
const TODAY = '2027-03-01';

/** A small deterministic generator, so every run plans the same clients. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** `count` deterministic clients whose kickoffs fall from 90 days before `today` to 30 after. */
export function syntheticClients(count: number, today = TODAY): ClientInput[] {
  const next = random(42);
  return Array.from({ length: count }, (_, i) => {
    const prepStart = addDays(today, Math.floor(next() * 120) - 90);
    const launch = addDays(prepStart, 21 + Math.floor(next() * 90));
    const end = addDays(launch, 14 + Math.floor(next() * 46));
    const shipping = addDays(end, 20 + Math.floor(next() * 120)).slice(0, 7);
    return {
      clientName: `Client ${i}`,
      projectName: `Project ${i}`,
      contactEmail: `client${i}@example.com`,
      language: i % 3 === 0 ? 'en' : 'zh-TW',
      targetAmount: Math.round(50_000 + next() * 8_000_000),
      dates: { prepStart, launch, end, shipping },
    };
  });
}

/**
 * Measures the core in Node: planning (validate + schedule + timeline checks) and the daily
 * reminder selection for 5,000 synthetic clients. Target: each under one second.
 */
export async function benchCore(): Promise<string[]> {
  const inputs = syntheticClients(CLIENTS);
  const planStart = performance.now();
  const progress: ClientProgress[] = [];
  let milestoneCount = 0;
  for (const [i, input] of inputs.entries()) {
    const plan = planClient(input, TODAY, { mode: 'plan', settings: DEFAULT_SETTINGS });
    if (!plan.ok) throw new Error(`synthetic client ${i} is invalid: ${plan.problems[0]?.message}`);
    milestoneCount += plan.milestones.length;
    // Milestones due more than a week ago count as done, as in a tracker kept up to date.
    const doneBefore = addDays(TODAY, -7);
    progress.push({
      clientId: `c${i}`,
      milestones: plan.milestones.map((m) => ({ ...m, done: m.dueDate < doneBefore })),
    });
  }
  const planMs = performance.now() - planStart;

  const selectStart = performance.now();
  const due = selectReminders(progress, TODAY, new Set(), DEFAULT_SETTINGS);
  const selectMs = performance.now() - selectStart;

  return [
    `core: plan ${CLIENTS} clients ${Math.round(planMs)} ms; select reminders ${Math.round(selectMs)} ms`,
    `core: ${milestoneCount} milestones planned, ${due.length} reminders due on ${TODAY}`,
  ];
}
