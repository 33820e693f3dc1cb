import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { newSheetState, newWorkspaceState } from '../../../local/host/new-state.js';
import type { SheetState, WorkspaceState } from '../../../local/host/state.js';

const made: string[] = [];

/** A fresh temporary folder, removed after the test. */
export async function tempDir(prefix = 'launch-desk-disk-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A Clients sheet with what the add-on puts in one: headers, CJK and emoji, dates, rules. */
function clientsSheet(sheetId = 1): SheetState {
  const sheet = newSheetState('Clients', sheetId);
  sheet.rows = [
    ['Client', 'Owner', 'Start', 'Seats', 'Status', 'Done', 'Note'],
    ['台灣積體電路 🚀', 'Ana', { wall: '2025-03-05T00:00:00' }, 120, 'Late', false, '=1+1'],
    ['Acme, Inc.', '山田 太郎', { wall: '2024-12-31T23:30:00' }, 7.5, 'Done', true, '+886 2 1234'],
    ['Zoë & "Co" <x>', '', { wall: '1999-01-01T12:00:00' }, -3, 'On track', false, '@mention'],
  ];
  sheet.frozenRows = 1;
  sheet.boldRanges = [{ row: 1, column: 1, numRows: 1, numColumns: 7 }];
  sheet.numberFormats = [
    { range: { row: 2, column: 3, numRows: 999, numColumns: 1 }, format: 'yyyy-mm-dd' },
    { range: { row: 2, column: 4, numRows: 999, numColumns: 1 }, format: '#,##0.00' },
  ];
  sheet.validations = [
    { range: { row: 2, column: 6, numRows: 999, numColumns: 1 }, rule: { kind: 'checkbox' } },
    {
      range: { row: 2, column: 5, numRows: 999, numColumns: 1 },
      rule: { kind: 'list', values: ['On track', 'Late', 'Done'], allowInvalid: false },
    },
  ];
  sheet.conditionalRules = [
    {
      ranges: [{ row: 2, column: 5, numRows: 999, numColumns: 1 }],
      whenTextEqualTo: 'Done',
      background: '#b7e1cd',
    },
    {
      ranges: [{ row: 2, column: 1, numRows: 999, numColumns: 7 }],
      formula: '=$E2="Late"',
      background: '#f4c7c3',
      fontColor: '#990000',
    },
  ];
  sheet.protections = [
    { range: { row: 1, column: 1, numRows: 1, numColumns: 7 }, description: 'Headers', warningOnly: true },
  ];
  sheet.columnWidths = { 1: 220, 2: 120, 7: 300 };
  return sheet;
}

/** A workspace state with the Clients sheet and a second, plain sheet. */
export function sampleState(): WorkspaceState {
  const state = newWorkspaceState({ timeZone: 'Pacific/Auckland', userEmail: 'ana@example.com' });
  const log = newSheetState('日誌 Log', 2);
  log.rows = [
    ['When', 'What'],
    [{ wall: '2025-01-01T08:15:30' }, 'Started ✅'],
  ];
  state.spreadsheet.sheets = [clientsSheet(), log];
  return state;
}
