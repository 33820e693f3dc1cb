import { type ExecutionOptions, type ExecutionResult, runExecution } from '../../../local/host/execution.js';
import { type NewStateOptions, newWorkspaceState } from '../../../local/host/new-state.js';
import type { SheetState, WorkspaceState } from '../../../local/host/state.js';
import { scriptBundle } from '../../support/script-bundle.js';

/** A fresh workspace: one empty `Sheet1` in Asia/Taipei unless told otherwise. */
export function workspace(options: NewStateOptions = {}): WorkspaceState {
  return newWorkspaceState(options);
}

/**
 * Runs `fn` of a small script (not the add-on bundle) as one execution over `state`, through the
 * real vm host and the real services.
 */
export function run(
  state: WorkspaceState,
  source: string,
  fn = 'main',
  args: unknown[] = [],
  options: ExecutionOptions = {},
): ExecutionResult {
  return runExecution(scriptBundle(source), state, fn, args, options);
}

/** Like `run`, but fails the test with the script's error when the execution did not succeed. */
export function runOk(
  state: WorkspaceState,
  source: string,
  fn = 'main',
  args: unknown[] = [],
  options: ExecutionOptions = {},
): ExecutionResult {
  const result = run(state, source, fn, args, options);
  if (!result.ok) throw new Error(`script failed: ${result.error?.message}\n${result.error?.stack ?? ''}`);
  return result;
}

/** The first sheet of the state. */
export function firstSheet(state: WorkspaceState): SheetState {
  const sheet = state.spreadsheet.sheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

/** Script prelude: `sheet()` is the first tab of the active spreadsheet. */
export const SHEET = 'function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }\n';
