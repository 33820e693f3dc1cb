import type { Backend } from './backend.js';
import { type Bundle, type ExecutionOptions, type ExecutionResult, runExecution } from './execution.js';

/**
 * A host: one bundle over one backend. Each `run` is one execution in a fresh context:
 * load the state, run the function, flush, whether it threw or not.
 */
export class Host {
  constructor(
    readonly bundle: Bundle,
    readonly backend: Backend,
  ) {}

  /** Runs a global function of the bundle as one Apps Script execution. */
  async run(fn: string, args: unknown[] = [], options: ExecutionOptions = {}): Promise<ExecutionResult> {
    const state = await this.backend.load();
    const result = runExecution(this.bundle, state, fn, args, options);
    await this.backend.flush(state);
    return result;
  }
}
