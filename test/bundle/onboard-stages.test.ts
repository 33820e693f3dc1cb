import { describe, expect, it } from 'vitest';
import type { Host } from '../../local/host/host.js';
import type { WorkspaceState } from '../../local/host/state.js';
import type { OnboardResult } from '../../src/shared/rpc.js';
import { memoryHost } from '../support/bundle-host.js';
import {
  clientInput,
  dataRows,
  liveFiles,
  NOW,
  pathOf,
  snapshot,
  TODAY,
} from '../support/onboard-fixtures.js';

const FOLDER = 'Launch Desk/Clients/T2 · 2027-03 · 山嵐工作室 — 城市折疊車';

async function tracker(): Promise<{ host: Host; state: () => WorkspaceState }> {
  const { host, backend } = memoryHost();
  await host.run('setupTracker', [{}], { now: NOW });
  return { host, state: () => backend.state };
}

async function onboard(host: Host, ...extra: unknown[]): Promise<OnboardResult> {
  const run = await host.run('onboardClient', [clientInput(), ...extra], { now: NOW });
  expect(run.error).toBeUndefined();
  return run.value as OnboardResult;
}

const paths = (state: WorkspaceState) => liveFiles(state).map((file) => pathOf(state, file));

describe('onboardClient in stages (the sidebar shows each step as it is really done)', () => {
  it('makes the folder, then the documents, then the tracker rows, and ends where one call ends', async () => {
    const { host, state } = await tracker();
    const folder = await onboard(host, TODAY, 'folder');
    expect(folder).toMatchObject({ ok: true, stage: 'folder', documents: [], milestones: 0 });
    expect(paths(state())).toContain(`${FOLDER}/文件`);
    expect(paths(state()).filter((path) => path.startsWith(`${FOLDER}/文件/`))).toEqual([]);
    expect(dataRows(state(), 'Milestones')).toEqual([]);

    const documents = await onboard(host, null, 'documents');
    expect(documents).toMatchObject({ ok: true, stage: 'documents', milestones: 0 });
    if (documents.ok) expect(documents.documents).toHaveLength(7);
    expect(dataRows(state(), 'Milestones')).toEqual([]);
    expect(JSON.stringify(dataRows(state(), 'Clients'))).toMatch(/Partial|未完成建立/);

    const done = await onboard(host, null);
    expect(done.ok && done.stage).toBe(undefined);
    expect(done).toMatchObject({ ok: true, clientId: 'C0001' });
    expect(dataRows(state(), 'Milestones').length).toBeGreaterThan(15);

    const { host: oneCall, state: oneState } = await tracker();
    await onboard(oneCall, TODAY);
    // The same Drive tree, documents, Clients and Milestones rows and properties as one call.
    expect(snapshot(state())).toEqual(snapshot(oneState()));
  });

  it('answers a stage call for a client onboarded before as complete, without a stage', async () => {
    const { host } = await tracker();
    await onboard(host, TODAY);
    const again = await onboard(host, TODAY, 'folder');
    expect(again).toMatchObject({ ok: true, clientId: 'C0001' });
    expect(again.ok && again.stage).toBe(undefined);
  });
});
