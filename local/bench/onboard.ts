import { projectBundle } from '../cli/bundle.js';
import { MemoryBackend } from '../host/backend.js';
import type { ExecutionResult } from '../host/execution.js';
import { Host } from '../host/host.js';
import { newWorkspaceState } from '../host/new-state.js';

const AREAS = 8;
const DOCUMENTS = 7;
const TODAY = '2026-12-01';
const NOW = '2026-12-01T02:00:00Z';

function input(n: number) {
  return {
    clientName: `Client ${n}`,
    projectName: `Project ${n}`,
    contactEmail: `client${n}@example.com`,
    targetAmount: 1_200_000,
    dates: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' },
  };
}

/** Drive and Docs calls of an execution. */
function driveDocs(result: ExecutionResult): number {
  return Object.entries(result.calls)
    .filter(([name]) => /^(Drive|Docs)\./.test(name))
    .reduce((sum, [, count]) => sum + count, 0);
}

function line(label: string, result: ExecutionResult, ms: number): string {
  return `  ${label.padEnd(34)} ${String(result.totalCalls).padStart(4)} calls, ${String(driveDocs(result)).padStart(3)} Drive/Docs, ${ms.toFixed(0)} ms`;
}

/**
 * Service calls of an onboarding in the memory host: the first (which also sets up the Drive
 * root and the 14 masters), a later one, a rerun on a complete client, and the 50th client, to
 * show the count does not grow with the tracker. The bound is 1 + areas + 2 x documents + a
 * small constant for Drive and Docs.
 */
export async function benchOnboard(): Promise<string[]> {
  const host = new Host(projectBundle(), new MemoryBackend(newWorkspaceState()));
  await host.run('setupTracker', [{}], { now: NOW });
  const timed = async (n: number) => {
    const start = performance.now();
    // A minute apart, as a person onboards: the Docs API takes 60 writes a user a minute.
    const result = await host.run('onboardClient', [input(n), TODAY], { now: Date.parse(NOW) + n * 60_000 });
    if (!result.ok || !(result.value as { ok: boolean }).ok) throw new Error(`onboarding ${n} failed`);
    return { result, ms: performance.now() - start };
  };
  const first = await timed(1);
  const second = await timed(2);
  const rerun = await timed(2);
  for (let n = 3; n < 50; n++) await timed(n);
  const fiftieth = await timed(50);
  const bound = 1 + AREAS + 2 * DOCUMENTS;
  return [
    `Onboarding (memory host; ${AREAS} areas, ${DOCUMENTS} documents; Drive/Docs bound 1 + areas + 2 x documents = ${bound} + constant):`,
    line('first client (with Drive setup)', first.result, first.ms),
    line('second client', second.result, second.ms),
    line('rerun on a complete client', rerun.result, rerun.ms),
    line('50th client', fiftieth.result, fiftieth.ms),
  ];
}
