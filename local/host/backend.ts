import type { WorkspaceState } from './state.js';

/**
 * Where a workspace's state lives between executions. An execution is load (async), run (sync,
 * in memory), flush (async); the flush runs after a failed execution too, so writes made before
 * an exception persist, as they do in Apps Script.
 */
export interface Backend {
  /** A short name for messages: `memory` or the workspace folder. */
  readonly label: string;
  load(): Promise<WorkspaceState>;
  flush(state: WorkspaceState): Promise<void>;
}

/** Keeps the state in memory: the test backend. `state` is the live object tests inspect. */
export class MemoryBackend implements Backend {
  readonly label = 'memory';
  constructor(public state: WorkspaceState) {}

  /** Hands out the live state, so an execution's writes are visible at once. */
  async load(): Promise<WorkspaceState> {
    return this.state;
  }

  /** Nothing to write: the state is already the live object. */
  async flush(state: WorkspaceState): Promise<void> {
    this.state = state;
  }
}
