import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskBackend } from '../disk/disk-backend.js';
import { workspaceLayout } from '../disk/layout.js';
import { createWorkspace } from '../disk/workspace.js';
import { largeTrackerState } from './disk-fixture.js';

const CLIENTS = 5000;
const MILESTONES_PER_CLIENT = 30;

/**
 * Measures the local host's disk backend on a busy team's tracker (5,000 clients, 150,000
 * milestone rows): the first flush that writes tracker.xlsx, a load that reads it back, and a
 * flush after a run that changed nothing (the tracker is not rewritten).
 */
export async function benchDisk(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'launch-desk-bench-'));
  try {
    await createWorkspace(dir);
    const backend = new DiskBackend(dir);
    const large = largeTrackerState(CLIENTS, MILESTONES_PER_CLIENT);
    const first = await backend.load();
    first.spreadsheet = large.spreadsheet;
    let start = performance.now();
    await backend.flush(first);
    const writeMs = performance.now() - start;
    const { size } = await stat(workspaceLayout(dir).tracker);
    start = performance.now();
    const loaded = await backend.load();
    const loadMs = performance.now() - start;
    start = performance.now();
    await backend.flush(loaded);
    const idleFlushMs = performance.now() - start;
    const rows = loaded.spreadsheet.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    return [
      `disk: tracker of ${CLIENTS} clients (${rows} rows, ${(size / 1_048_576).toFixed(1)} MB): ` +
        `write ${Math.round(writeMs)} ms, load ${Math.round(loadMs)} ms, flush unchanged ${Math.round(idleFlushMs)} ms`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
