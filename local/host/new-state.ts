import manifest from '../../appsscript.json';
import { MANIFEST_SCOPES } from '../../src/core/manifest.js';
import type { SheetState, WorkspaceState } from './state.js';

/**
 * The script's time zone (the manifest's `timeZone`): Apps Script reads `atHour` in it when a
 * trigger names no zone, and `Session.getScriptTimeZone()` reports it.
 */
export const SCRIPT_TIME_ZONE: string = manifest.timeZone;

/** What a new workspace may be told. */
export interface NewStateOptions {
  timeZone?: string;
  locale?: string;
  userEmail?: string;
  spreadsheetName?: string;
  dailyMailQuota?: number;
}

/** An empty sheet named `name`, as `insertSheet` makes it (1000 x 26). */
export function newSheetState(name: string, sheetId: number): SheetState {
  return {
    sheetId,
    name,
    rows: [],
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    numberFormats: [],
    validations: [],
    conditionalRules: [],
    protections: [],
    boldRanges: [],
    columnWidths: {},
  };
}

/** A new spreadsheet with one empty `Sheet1`, a user and nothing else: what a CSM starts from. */
export function newWorkspaceState(options: NewStateOptions = {}): WorkspaceState {
  return {
    spreadsheet: {
      id: 'ss-local',
      name: options.spreadsheetName ?? 'Launch Desk tracker',
      timeZone: options.timeZone ?? 'Asia/Taipei',
      locale: options.locale ?? 'zh_TW',
      sheets: [newSheetState('Sheet1', 0)],
    },
    drive: { files: [] },
    properties: { document: {}, script: {}, user: {} },
    triggers: [],
    mail: { sent: [], dailyQuota: options.dailyMailQuota ?? 100 },
    locks: {},
    user: { email: options.userEmail ?? 'csm@example.com', locale: options.locale ?? 'zh_TW' },
    // A user authorising the add-on grants the manifest's scopes.
    grantedScopes: [...MANIFEST_SCOPES],
    advancedServices: ['Drive', 'Docs'],
    nextId: 0,
  };
}
