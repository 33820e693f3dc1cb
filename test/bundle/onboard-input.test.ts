import { describe, expect, it } from 'vitest';
import type { OnboardResult } from '../../src/shared/rpc.js';
import { memoryHost } from '../support/bundle-host.js';
import { clientInput, dataRows, NOW, TODAY } from '../support/onboard-fixtures.js';

async function onboardBoth(first: string, second: string): Promise<{ ids: unknown[]; clients: unknown[][] }> {
  const { host, backend } = memoryHost();
  await host.run('setupTracker', [{}], { now: NOW });
  const ids: unknown[] = [];
  for (const name of [first, second]) {
    const run = await host.run('onboardClient', [clientInput({ clientName: name }), TODAY], { now: NOW });
    const value = run.value as OnboardResult;
    ids.push(value.ok && 'clientId' in value ? value.clientId : value);
  }
  return { ids, clients: dataRows(backend.state, 'Clients') };
}

describe('onboarding matches a client by its normalised name', () => {
  it('a decomposed (NFD) name with a zero-width space finds the composed one', async () => {
    const { ids, clients } = await onboardBoth('Café Studio', 'Cafe\u0301\u200b Studio');
    expect(ids).toEqual(['C0001', 'C0001']);
    expect(clients).toHaveLength(1);
    expect(clients[0]?.[1]).toBe('Café Studio');
  });

  it('a name with bidi controls, a byte-order mark and other case and spacing finds its twin', async () => {
    const { ids, clients } = await onboardBoth('Acme Labs', '\ufeff\u202dACME\u00a0 labs\u202c');
    expect(ids).toEqual(['C0001', 'C0001']);
    expect(clients).toHaveLength(1);
  });
});
