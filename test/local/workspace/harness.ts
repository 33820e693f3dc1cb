import { type ExecutionOptions, type ExecutionResult, runExecution } from '../../../local/host/execution.js';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { WorkspaceState } from '../../../local/host/state.js';
import { scriptBundle } from '../../support/script-bundle.js';

/** Monday 2024-05-06, 09:00 in Asia/Taipei (the default workspace's zone). */
export const MONDAY_9AM_TAIPEI = '2024-05-06T01:00:00.000Z';

/** What one execution of a test script left behind. */
export interface Outcome {
  state: WorkspaceState;
  result: ExecutionResult;
  /** The function's return value (copied out of the context). */
  value: unknown;
}

/**
 * Runs `body` as the body of `function main(a, b, c)` in a fresh vm execution over `state`
 * (a new workspace by default), at MONDAY_9AM_TAIPEI unless told otherwise.
 */
export function runScript(
  body: string,
  options: { state?: WorkspaceState; args?: unknown[]; execution?: ExecutionOptions } = {},
): Outcome {
  const state = options.state ?? newWorkspaceState();
  const bundle = scriptBundle(`function main(a, b, c) {\n${body}\n}`);
  const result = runExecution(bundle, state, 'main', options.args ?? [], {
    now: MONDAY_9AM_TAIPEI,
    ...options.execution,
  });
  return { state, result, value: result.value };
}

/** Like runScript, but fails the test with the script's error if the execution threw. */
export function runOk(
  body: string,
  options: { state?: WorkspaceState; args?: unknown[]; execution?: ExecutionOptions } = {},
): Outcome {
  const outcome = runScript(body, options);
  if (!outcome.result.ok) {
    throw new Error(`script failed: ${outcome.result.error?.name}: ${outcome.result.error?.message}`);
  }
  return outcome;
}

/** The error message of an execution that must have failed. */
export function failure(outcome: Outcome): string {
  if (outcome.result.ok) throw new Error(`script succeeded with ${JSON.stringify(outcome.value)}`);
  return outcome.result.error?.message ?? '';
}
