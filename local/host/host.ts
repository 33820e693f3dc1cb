import type { Backend } from './backend.js';
import { type Bundle, type ExecutionOptions, type ExecutionResult, runExecution } from './execution.js';
import type { WorkspaceState } from './state.js';

/**
 * A host: one bundle over one backend. Each `run` is one execution in a fresh context:
 * load the state, run the function, flush, whether it threw or not.
 */
export class Host {
  constructor(
    readonly bundle: Bundle,
    readonly backend: Backend,
  ) {}

  /**
   * Runs a global function of the bundle as one Apps Script execution. `prepare` may adjust the
   * loaded state first, as Apps Script does around a trigger (the scheduler marks it fired).
   */
  async run(
    fn: string,
    args: unknown[] = [],
    options: ExecutionOptions = {},
    prepare?: (state: WorkspaceState) => void,
  ): Promise<ExecutionResult> {
    const state = await this.backend.load();
    let result: ExecutionResult;
    try {
      prepare?.(state);
      result = runExecution(this.bundle, state, fn, args, options);
    } finally {
      // Writes made before a failure persist, and a disk backend lets go of the workspace.
      await this.backend.flush(state);
    }
    return result;
  }
}
