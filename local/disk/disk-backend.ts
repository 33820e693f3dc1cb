import { randomBytes } from 'node:crypto';
import type { Backend } from '../host/backend.js';
import type { WorkspaceState } from '../host/state.js';
import { WorkspaceError } from './errors.js';
import { type WorkspaceLayout, workspaceLayout } from './layout.js';
import { mailDeliveryOf } from './mail-destination.js';
import { noticeDeliveries, publishDeliveryState } from './mail-report.js';
import type { SmtpTimeouts } from './outbox.js';
import { recoverSave } from './save-journal.js';
import { type FlushContext, readWorkspaceState, writeWorkspaceState } from './workspace-files.js';
import { acquireWorkspaceLock, type WorkspaceLock } from './workspace-lock.js';

/**
 * A tag unique to one load: `-` (Utilities.getUuid reads the counter before it), the time in
 * base 36 and a few random bytes, so two loads, even of two copies of one workspace, differ.
 */
function loadTag(): string {
  return `-${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
}

/** How a disk backend behaves beyond its folder. */
export interface DiskBackendOptions {
  /** How long a load waits for another process's run on the same workspace (ms, default 10,000). */
  lockWaitMs?: number;
  /**
   * An SMTP server for sent mail (`smtp://host:port`, or '' for outbox/*.eml) instead of the one
   * the workspace names (`launch-desk mail`): for tests and embedding. The environment plays no part.
   */
  smtpUrl?: string;
  /** SMTP timeouts other than outbox.ts's SMTP_TIMEOUTS (tests of a stalling server). */
  smtpTimeouts?: SmtpTimeouts;
}

/**
 * A workspace folder as a backend: each execution loads the folder (holding its lock), runs in
 * memory, and flushes back, so two processes on one workspace take turns and a person's edits
 * to tracker.xlsx or a .docx between runs are what the next run sees.
 */
export class DiskBackend implements Backend {
  readonly label: string;
  private readonly layout: WorkspaceLayout;
  private readonly held = new WeakMap<WorkspaceState, { lock: WorkspaceLock; context: FlushContext }>();

  constructor(
    readonly dir: string,
    private readonly options: DiskBackendOptions = {},
  ) {
    this.label = dir;
    this.layout = workspaceLayout(dir);
  }

  /** Takes the workspace's lock and reads it; a broken file is refused with its fix, unlocked. */
  async load(): Promise<WorkspaceState> {
    const lock = await acquireWorkspaceLock(this.dir, { waitMs: this.options.lockWaitMs ?? 10_000 });
    try {
      // A run that crashed while saving is finished or undone before anything is read.
      await recoverSave(this.dir);
      const { state, context } = await readWorkspaceState(this.layout, Date.now());
      state.idTag = loadTag();
      const delivery = await mailDeliveryOf(this.layout, this.options);
      noticeDeliveries(state);
      await publishDeliveryState(state, this.layout, delivery.kind === 'smtp' ? delivery.url : undefined);
      this.held.set(state, { lock, context: { ...context, delivery } });
      return state;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Writes what the execution changed and lets the workspace go, whether the writing worked or not. */
  async flush(state: WorkspaceState): Promise<void> {
    const held = this.held.get(state);
    if (held === undefined) {
      throw new WorkspaceError('not-loaded', 'This state was not loaded from this workspace.', this.dir);
    }
    this.held.delete(state);
    try {
      await writeWorkspaceState(this.layout, state, held.context);
    } finally {
      await held.lock.release();
    }
  }
}
