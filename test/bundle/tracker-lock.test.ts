import { describe, expect, it } from 'vitest';
import type { WorkspaceState } from '../../local/host/state.js';
import { memoryHost } from '../support/bundle-host.js';
import { clientInput, NOW } from '../support/onboard-fixtures.js';

/** The writes people see: the sheets, the Drive and the mail (not the lock state itself). */
const visible = (state: WorkspaceState) => JSON.stringify([state.spreadsheet, state.drive, state.mail.sent]);

/** A tracker with one onboarded client, C0001. */
async function onboarded() {
  const { host, backend } = memoryHost({ locale: 'en_US' });
  await host.run('setupTracker', [{}], { now: NOW });
  const first = await host.run('onboardClient', [clientInput()], { now: NOW });
  expect(first.value).toMatchObject({ ok: true });
  return { host, state: backend.state };
}

/** The three writers of the tracker besides the daily job, each as a person starts it. */
const WRITERS: Array<[string, unknown[]]> = [
  ['onboardClient', [clientInput({ clientName: 'Birch Studio', contactEmail: 'birch@example.com' })]],
  ['refreshMilestones', ['2026-12-01']],
  ['retimeClient', ['C0001', { launch: '2027-03-09', end: '2027-04-08', shipping: '2027-06' }]],
];

/** The ways another execution can hold the tracker. */
const HOLDS: Array<[string, (state: WorkspaceState, until: number) => void]> = [
  ['another person at the spreadsheet (the document lock)', (state, until) => (state.locks.document = until)],
  [
    'a time-driven daily run (its lease)',
    (state, until) => (state.properties.script[`trackerLease.${state.spreadsheet.id}`] = String(until)),
  ],
];

describe('the tracker lock of onboarding, re-plan and re-time', () => {
  for (const [fn, args] of WRITERS) {
    for (const [who, hold] of HOLDS) {
      it(`${fn} writes nothing while ${who} holds the tracker, and works once it is free`, async () => {
        const { host, state } = await onboarded();
        const until = Date.parse(NOW) + 10 * 60_000;
        hold(state, until);
        const before = visible(state);
        const busy = await host.run(fn, args, { now: NOW });
        expect(busy.ok).toBe(true);
        expect(busy.value).toMatchObject({ ok: false });
        expect(JSON.stringify(busy.value)).toMatch(/busy|try again/i);
        expect(visible(state)).toBe(before);
        const free = await host.run(fn, args, { now: until + 60_000 });
        expect(free.value).toMatchObject({ ok: true });
      });
    }
  }
});
