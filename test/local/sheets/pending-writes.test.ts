import { describe, expect, it } from 'vitest';
import type { FaultPlan } from '../../../local/host/service-context.js';
import {
  appliedSpreadsheet,
  keepAppliedWrites,
  loseUnappliedWrites,
} from '../../../local/host/services/sheets/pending-writes.js';
import type { WorkspaceState } from '../../../local/host/state.js';
import { firstSheet, run, runOk, SHEET, workspace } from './harness.js';

/** A1 of the first tab as another execution reads it now. */
const appliedA1 = (state: WorkspaceState) => appliedSpreadsheet(state).sheets[0]?.rows[0]?.[0];

/** Killed at the first call named `at`: it and every later call fail, like a stopped execution. */
function killedAt(at: string): FaultPlan {
  let killed = false;
  return ({ name }) => {
    killed ||= name === at;
    return killed ? 'execution killed' : undefined;
  };
}

describe('pending sheet writes', () => {
  it('are read back at once by the execution that made them, before any flush', () => {
    const state = workspace();
    keepAppliedWrites(state);
    const result = runOk(
      state,
      `${SHEET}function main() {
        sheet().getRange('A1').setValue('mine');
        return sheet().getRange('A1').getValue();
      }`,
    );
    expect(result.value).toBe('mine');
  });

  it('reach other executions only at flush', () => {
    const state = workspace();
    keepAppliedWrites(state);
    const seen: unknown[] = [];
    const plan: FaultPlan = ({ name }) => {
      if (name === 'Properties.getProperty') seen.push(appliedA1(state));
      return undefined;
    };
    runOk(
      state,
      `${SHEET}function main() {
        var props = PropertiesService.getScriptProperties();
        sheet().getRange('A1').setValue('first');
        props.getProperty('look');
        SpreadsheetApp.flush();
        props.getProperty('look');
        sheet().getRange('A1').setValue('second');
        props.getProperty('look');
      }`,
      'main',
      [],
      { fail: plan },
    );
    expect(seen).toEqual([undefined, 'first', 'first']);
    // The execution ended: the next one starts with all of it applied.
    runOk(state, `${SHEET}function main() {}`);
    expect(appliedA1(state)).toBe('second');
  });

  it('are lost when the execution is killed before it flushed them; properties and flushed writes stay', () => {
    const state = workspace();
    keepAppliedWrites(state);
    const result = run(
      state,
      `${SHEET}function main() {
        sheet().getRange('A1').setValue('flushed');
        SpreadsheetApp.flush();
        PropertiesService.getScriptProperties().setProperty('journal', 'kept');
        sheet().getRange('A2').setValue('pending');
        Session.getActiveUser();
      }`,
      'main',
      [],
      { fail: killedAt('Session.getActiveUser') },
    );
    expect(result.error?.message).toBe('execution killed');
    expect(firstSheet(state).rows.map((row) => row[0])).toEqual(['flushed', 'pending']);
    loseUnappliedWrites(state);
    expect(firstSheet(state).rows.map((row) => row[0])).toEqual(['flushed']);
    expect(state.properties.script.journal).toBe('kept');
  });
});
