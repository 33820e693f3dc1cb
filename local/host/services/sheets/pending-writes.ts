import type { SpreadsheetState, WorkspaceState } from '../../state.js';

/**
 * Sheets writes an execution makes are pending until the spreadsheet service's flush or the end
 * of the execution: the execution itself reads them at once, other executions only once they are
 * applied. In the host an execution always ends, and ends alone, so the difference shows only when
 * an execution is killed (Apps Script stops it at its time limit, or its process dies): what it
 * had not flushed is lost, while what it wrote to properties or sent by mail is not.
 *
 * Keeping the applied copy costs a copy of the spreadsheet per execution and per flush, so only
 * a workspace whose tests kill executions asks for it ({@link keepAppliedWrites}).
 */
const applied = new WeakMap<WorkspaceState, SpreadsheetState | undefined>();

/** From now on, executions over `state` keep the spreadsheet as other executions see it. */
export function keepAppliedWrites(state: WorkspaceState): void {
  applied.set(state, undefined);
}

/**
 * Applies every pending write: called at the start of an execution (its predecessor ended, so
 * all it wrote is applied) and by the service's flush.
 */
export function applyPendingWrites(state: WorkspaceState): void {
  if (applied.has(state)) applied.set(state, structuredClone(state.spreadsheet));
}

/** The spreadsheet as another execution would read it now (the live one when not kept). */
export function appliedSpreadsheet(state: WorkspaceState): SpreadsheetState {
  return applied.get(state) ?? state.spreadsheet;
}

/**
 * Ends an execution as killed: the spreadsheet goes back to what was applied, losing the writes
 * it had not flushed. Call it after the execution returned (a fault plan that fails every call
 * from the kill on stands for the stop itself).
 */
export function loseUnappliedWrites(state: WorkspaceState): void {
  const copy = applied.get(state);
  if (copy === undefined) throw new Error('loseUnappliedWrites: call keepAppliedWrites(state) first');
  state.spreadsheet = copy;
  applied.set(state, structuredClone(copy));
}
