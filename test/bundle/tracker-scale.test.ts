import { describe, expect, it } from 'vitest';
import { memoryHost } from '../support/bundle-host.js';
import { addRows, CLIENTS_SHEET, clientRow, sheetNamed } from '../support/tracker-fixture.js';

const TODAY = '2027-03-01';
/** Two tracker sizes, the second eight times the first (about 2,500 and 20,000 milestone rows). */
const SMALL = 100;
const LARGE = 8 * SMALL;
/**
 * Work in proportion to the clients takes at most eight times longer at eight times the clients
 * (less, measured: what every run does whatever its size weighs more in the small one). Work
 * that grows with the square of the clients (a lookup through every row for each row) takes up
 * to 64 times longer, and fails; the best of two runs keeps a busy machine's noise out.
 */
const GROWTH_BOUND = 16;

/** What an operation of the add-on costs on a tracker: its Sheets calls and its best time of two. */
interface Cost {
  calls: Record<string, number>;
  ms: number;
}

/**
 * The costs of the add-on's heavy operations on a tracker of `count` clients, through the built
 * Code.js: writing every client's milestones, the same refresh when nothing changed (it reads
 * and compares every row), and reading the whole tracker for the sidebar.
 */
async function costs(count: number): Promise<Record<string, Cost>> {
  const measured: Record<string, Cost> = {};
  for (let round = 0; round < 2; round++) {
    const { host, backend } = memoryHost({ locale: 'en_US' });
    await host.run('setupTracker', [{}], { now: `${TODAY}T01:00:00Z` });
    const launches = ['2027-04-20', '2027-05-15', '2027-06-10'];
    addRows(
      sheetNamed(backend.state, 'Clients'),
      CLIENTS_SHEET,
      Array.from({ length: count }, (_, i) => clientRow(i + 1, launches[i % launches.length] as string)),
    );
    for (const [label, fn, args] of [
      ['write milestones', 'refreshMilestones', [TODAY]],
      ['refresh, nothing changed', 'refreshMilestones', [TODAY]],
      ['read the tracker', 'getStatus', []],
    ] as const) {
      const started = performance.now();
      const result = await host.run(fn, [...args], { now: `${TODAY}T01:00:00Z` });
      const ms = performance.now() - started;
      if (!result.ok) throw new Error(`${label}: ${result.error?.message}`);
      const best = measured[label];
      measured[label] = { calls: result.calls, ms: Math.min(ms, best?.ms ?? ms) };
    }
  }
  return measured;
}

describe('the add-on on a tracker eight times larger', () => {
  // Its own time limit: a lookup that grows with the square of the rows must fail on the bound
  // below, saying so, not on the suite's time limit.
  it('makes the same Sheets calls and takes time in proportion to the clients, not their square', {
    timeout: 300_000,
  }, async () => {
    const small = await costs(SMALL);
    const large = await costs(LARGE);
    for (const [label, cost] of Object.entries(large)) {
      const before = small[label] as Cost;
      expect(cost.calls, label).toEqual(before.calls);
      expect(
        cost.ms / before.ms,
        `${label}: ${Math.round(before.ms)} ms, then ${Math.round(cost.ms)} ms`,
      ).toBeLessThan(GROWTH_BOUND);
    }
  });
});
