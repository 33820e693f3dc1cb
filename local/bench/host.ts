import vm from 'node:vm';
import { runExecution } from '../host/execution.js';
import { newWorkspaceState } from '../host/new-state.js';
import type { Cell } from '../host/state.js';

const ROWS = 150_000;
const COLUMNS = 15;

/** A tracker-sized first sheet: text, numbers, booleans and a date column. */
function bigWorkspace() {
  const state = newWorkspaceState({});
  const sheet = state.spreadsheet.sheets[0];
  if (sheet === undefined) throw new Error('a new workspace has a first sheet');
  sheet.maxRows = ROWS;
  sheet.maxColumns = COLUMNS;
  sheet.rows = Array.from({ length: ROWS }, (_, i): Cell[] =>
    Array.from({ length: COLUMNS }, (_, j): Cell => {
      if (j === 3) return { wall: `2027-${String((i % 12) + 1).padStart(2, '0')}-01T00:00:00` };
      if (j === 4) return i % 2 === 0;
      return j % 2 === 0 ? `client ${i} field ${j}` : i * COLUMNS + j;
    }),
  );
  return state;
}

/** One script execution over a big sheet: its Node time, or the script's error. */
function timed(label: string, body: string): string {
  const source = `function main() {
    var range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getDataRange();
    ${body}
  }`;
  const bundle = { script: new vm.Script(source, { filename: 'bench-host.js' }), globals: ['main'] };
  const start = performance.now();
  const result = runExecution(bundle, bigWorkspace(), 'main');
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`${label}: ${result.error?.message}`);
  return `host: ${label}: ${Math.round(ms)} ms`;
}

/**
 * Measures the vm host itself, without the add-on: one read and one write of a 150,000 x 15
 * sheet, each a single call (a per-cell cost or a quadratic copy would take minutes here).
 */
export async function benchHost(): Promise<string[]> {
  return [
    timed(`getValues of ${ROWS} x ${COLUMNS} cells`, 'range.getValues();'),
    timed(
      `getValues then setValues of ${ROWS} x ${COLUMNS} cells`,
      "var v = range.getValues(); for (var i = 0; i < v.length; i++) v[i][0] = 'row ' + i; range.setValues(v);",
    ),
  ];
}
