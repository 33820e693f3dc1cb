import { newSheetState, newWorkspaceState } from '../host/new-state.js';
import type { Cell, WorkspaceState } from '../host/state.js';

const STATUSES = ['On track', 'Late', 'Done', 'Blocked'];

/**
 * A tracker the size of a busy team's: `clients` client rows and `milestonesPerClient` milestone
 * rows each (14 columns: text, CJK, numbers, dates, a checkbox), with the rules the add-on sets.
 */
export function largeTrackerState(clients: number, milestonesPerClient: number): WorkspaceState {
  const state = newWorkspaceState();
  const clientSheet = newSheetState('Clients', 0);
  const milestoneSheet = newSheetState('Milestones', 1);
  clientSheet.rows = [['Client ID', 'Client', 'Owner', 'Tier', 'Start', 'Seats', 'Status', 'Email']];
  milestoneSheet.rows = [
    [
      'Milestone ID',
      'Client ID',
      'Client',
      'Milestone',
      'Owner',
      'Due',
      'Planned',
      'Days',
      'Status',
      'Done',
      'Done on',
      'Doc',
      'Note',
      'Updated',
    ],
  ];
  for (let c = 0; c < clients; c++) {
    const start = day(c % 365);
    clientSheet.rows.push([
      `C${c}`,
      `客戶 ${c} Co. 🚀`,
      `owner${c % 40}@example.com`,
      c % 3 === 0 ? 'Gold' : 'Silver',
      start,
      10 + (c % 500),
      STATUSES[c % 4] ?? '',
      `client${c}@example.com`,
    ]);
    for (let m = 0; m < milestonesPerClient; m++) {
      const done = (c + m) % 3 === 0;
      const row: Cell[] = [
        `M${c}-${m}`,
        `C${c}`,
        `客戶 ${c} Co. 🚀`,
        `Milestone ${m}: kickoff and training`,
        `owner${c % 40}@example.com`,
        day((c + m * 7) % 365),
        day((c + m * 7) % 365),
        m * 7,
        STATUSES[(c + m) % 4] ?? '',
        done,
        done ? day((c + m * 7) % 365) : '',
        `https://docs.example.com/d/${c}-${m}`,
        m % 5 === 0 ? '=needs review' : '',
        { wall: `2025-06-01T${String(m % 24).padStart(2, '0')}:30:00` },
      ];
      milestoneSheet.rows.push(row);
    }
  }
  for (const sheet of [clientSheet, milestoneSheet]) {
    sheet.maxRows = Math.max(1000, sheet.rows.length + 100);
    sheet.frozenRows = 1;
    sheet.boldRanges = [{ row: 1, column: 1, numRows: 1, numColumns: sheet.rows[0]?.length ?? 1 }];
  }
  const dataRows = milestoneSheet.maxRows - 1;
  milestoneSheet.numberFormats = [6, 7, 11].map((column) => ({
    range: { row: 2, column, numRows: dataRows, numColumns: 1 },
    format: 'yyyy-mm-dd',
  }));
  milestoneSheet.validations = [
    { range: { row: 2, column: 10, numRows: dataRows, numColumns: 1 }, rule: { kind: 'checkbox' } },
    {
      range: { row: 2, column: 9, numRows: dataRows, numColumns: 1 },
      rule: { kind: 'list', values: STATUSES, allowInvalid: false },
    },
  ];
  milestoneSheet.conditionalRules = [
    {
      ranges: [{ row: 2, column: 9, numRows: dataRows, numColumns: 1 }],
      whenTextEqualTo: 'Late',
      background: '#f4c7c3',
    },
  ];
  state.spreadsheet.sheets = [clientSheet, milestoneSheet];
  return state;
}

function day(offset: number): { wall: string } {
  const date = new Date(Date.UTC(2025, 0, 1 + offset));
  return { wall: `${date.toISOString().slice(0, 10)}T00:00:00` };
}
