import { describe, expect, it } from 'vitest';
import { isBusinessDay, workCalendar } from '../../../src/core/business-days.js';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.js';
import { ACME, cli } from './run-cli.js';

interface PlannedRow {
  id: string;
  due: string;
  audience: string;
  catchUp: boolean;
}

/** The anchor events the client pinned: they keep their day. */
const EVENTS = ['launch', 'campaign-end', 'shipping-notice'];

describe('launch-desk plan for a client onboarded ten days before launch', () => {
  it('puts no client milestone before the onboarding day, on a weekend or on a Taiwan holiday', async () => {
    // Onboarded Friday 29 January 2027, launching Monday 8 February, amid the Lunar New Year days off.
    const client = { ...ACME, dates: { launch: '2027-02-08', end: '2027-03-09', shipping: '2027-05' } };
    const run = await cli(
      ['plan', '--client', '-', '--today', '2027-01-29', '--json'],
      JSON.stringify(client),
    );
    expect(run.code).toBe(0);
    const milestones = JSON.parse(run.out).milestones as PlannedRow[];
    const calendar = workCalendar(DEFAULT_SETTINGS.holidays);
    const forClient = milestones.filter((m) => m.audience !== 'csm' && !m.catchUp);
    expect(forClient.length).toBeGreaterThan(15);
    const misplaced = forClient
      .filter((m) => m.due < '2027-01-29' || (!EVENTS.includes(m.id) && !isBusinessDay(m.due, calendar)))
      .map((m) => `${m.id} ${m.due}`);
    expect(misplaced).toEqual([]);
    const due = (id: string) => milestones.find((m) => m.id === id)?.due ?? '';
    expect(due('copy-draft') < due('platform-review')).toBe(true);
    expect(due('platform-review') < due('launch')).toBe(true);
    expect(milestones.some((m) => m.catchUp)).toBe(false);
  });
});
