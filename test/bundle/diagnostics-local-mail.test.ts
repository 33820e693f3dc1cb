import { describe, expect, it } from 'vitest';
import type { DiagnosticCheck, DiagnosticsReport } from '../../src/shared/diagnostics';
import { DELIVERY_STATE_PROPERTY, type DeliveryState } from '../../src/shared/mail-delivery';
import { memoryHost } from '../support/bundle-host.js';

const NOW = Date.parse('2027-03-01T01:00:00.000Z');

/**
 * The diagnostics' mail-delivery row of a tracker whose local host left `state` (undefined: none,
 * as in Apps Script), in the language of `locale`.
 */
async function deliveryCheck(state: Partial<DeliveryState> | undefined, locale = 'en_US') {
  const { host, backend } = memoryHost({ locale });
  await host.run('setupTracker', [{}], { now: NOW });
  if (state !== undefined) {
    const key = `tracker.${backend.state.spreadsheet.id}.${DELIVERY_STATE_PROPERTY}`;
    backend.state.properties.user[key] = JSON.stringify({
      destination: 'smtp://mail.example:25',
      counts: { sent: 0, waiting: 0, refused: 0, uncertain: 0 },
      uncertainFiles: 0,
      problems: [],
      ...state,
    });
  }
  const report = (await host.run('runDiagnostics', [], { now: NOW })).value as DiagnosticsReport;
  return report.checks.filter((check) => check.id === 'local-mail-delivery');
}

const counts = (changes: Partial<DeliveryState['counts']>) => ({
  counts: { sent: 0, waiting: 0, refused: 0, uncertain: 0, ...changes },
});

describe("the diagnostics' row for the local host's mail delivery", () => {
  it('is absent where the host leaves no delivery state (Apps Script)', async () => {
    expect(await deliveryCheck(undefined)).toEqual([]);
  });

  it('passes when every message went, saying how many and where', async () => {
    const [check] = await deliveryCheck(counts({ sent: 4 }));
    expect(check).toEqual<DiagnosticCheck>({
      id: 'local-mail-delivery',
      area: 'mail',
      status: 'pass',
      message: 'Mail delivered (smtp://mail.example:25): 4 in the last day.',
    });
  });

  it('warns while messages wait for the server, naming the problems', async () => {
    const [check] = await deliveryCheck({ ...counts({ sent: 2, waiting: 1 }), problems: ['451 try later'] });
    expect(check).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(
        /^1 messages? waits? for the mail server \(smtp:\/\/mail\.example:25\)\. 451 try later$/,
      ),
    });
    expect(check?.fix).toMatch(/^Every run tries again/);
  });

  it('fails on a refused or uncertain message, or an uncertain file left in the outbox', async () => {
    const refused = await deliveryCheck({ ...counts({ refused: 1, waiting: 3 }), problems: ['a', 'b'] });
    expect(refused[0]).toMatchObject({
      status: 'fail',
      message: 'Mail not delivered (smtp://mail.example:25): 1 refused, 0 uncertain. a; b',
    });
    expect(refused[0]?.fix).toMatch(/^Run launch-desk status\./);
    // With no problems to name, the message ends at its last sentence.
    const uncertain = await deliveryCheck(counts({ uncertain: 1 }));
    expect(uncertain[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/1 uncertain\.$/) });
    // Files kept in outbox/uncertain/ for a person count though the last run's counts are clean.
    const files = await deliveryCheck({ ...counts({ sent: 3 }), uncertainFiles: 2 });
    expect(files[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/2 uncertain\.$/) });
  });

  it("speaks the tracker's language", async () => {
    const [check] = await deliveryCheck(counts({ sent: 1 }), 'zh_TW');
    expect(check?.message).toBe('郵件已送達（smtp://mail.example:25）：最近一天 1 封。');
  });
});
