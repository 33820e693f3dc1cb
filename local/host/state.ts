/**
 * The workspace state that the Node hosts' Apps Script services read and write.
 *
 * It is plain JSON-friendly data in the Node realm, so the two backends can keep it in memory
 * (tests) or load it from and flush it to files on disk (tracker.xlsx, drive/, outbox/, state/).
 * The services in `local/host/services/` are the only code that turns it into Apps Script
 * objects inside the vm context.
 */

/** A date-time cell as Sheets keeps it: a wall-clock time in the spreadsheet's time zone. */
export interface WallDate {
  /** `YYYY-MM-DDTHH:mm:ss`, no offset: the spreadsheet's time zone gives it meaning. */
  readonly wall: string;
}

/** One cell's value; `''` is an empty cell, as `getValues()` reports it. */
export type Cell = string | number | boolean | WallDate;

/** A rectangle of a sheet, 1-based like `Sheet.getRange(row, column, numRows, numColumns)`. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A data-validation rule on a range (only the kinds the facade creates). */
export type ValidationRule = { kind: 'checkbox' } | { kind: 'list'; values: string[]; allowInvalid: boolean };

/** A conditional-format rule: a range is coloured when its cell text equals a value. */
export interface ConditionalRule {
  ranges: GridRange[];
  /** The rule fires when the cell's text equals this (SpreadsheetApp `whenTextEqualTo`). */
  whenTextEqualTo?: string;
  /** Or when this custom formula is true (`whenFormulaSatisfied`), kept as text. */
  formula?: string;
  background?: string;
  fontColor?: string;
}

/** A protected range; `warningOnly` asks before an edit instead of refusing it. */
export interface ProtectionState {
  range: GridRange;
  description: string;
  warningOnly: boolean;
}

/** One sheet (tab) of the spreadsheet. */
export interface SheetState {
  sheetId: number;
  name: string;
  /** Row-major cells from A1; rows may be ragged and shorter than `maxRows`: missing cells are `''`. */
  rows: Cell[][];
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  /** Number formats by range, last one wins where ranges overlap. */
  numberFormats: Array<{ range: GridRange; format: string }>;
  validations: Array<{ range: GridRange; rule: ValidationRule }>;
  conditionalRules: ConditionalRule[];
  protections: ProtectionState[];
  /** Bold header rows and the like: ranges whose font weight is bold. */
  boldRanges: GridRange[];
  columnWidths: Record<number, number>;
}

/** The spreadsheet the add-on is bound to (`getActiveSpreadsheet()`). */
export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetState[];
}

/** One paragraph or table of a Google Doc body. */
export type DocBlock =
  | {
      kind: 'paragraph';
      /** Docs `namedStyleType`: NORMAL_TEXT, TITLE, HEADING_1..HEADING_6. */
      style: string;
      text: string;
    }
  | { kind: 'table'; rows: string[][] };

/** The content of a Google Doc. */
export interface DocState {
  title: string;
  blocks: DocBlock[];
  revision: number;
}

/** A Drive permission (sharing). */
export interface PermissionState {
  id: string;
  type: 'user' | 'anyone' | 'domain' | 'group';
  role: 'owner' | 'writer' | 'commenter' | 'reader';
  emailAddress?: string;
  /** Drive mailed the grantee its sharing notification when the permission was made. */
  notified?: boolean;
}

/** A Drive file or folder. */
export interface DriveFileState {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  description?: string;
  appProperties: Record<string, string>;
  permissions: PermissionState[];
  /** Google Docs only: the document's content. */
  doc?: DocState;
  /** Other files: their bytes, base64. */
  contentBase64?: string;
}

/**
 * A time-driven trigger as ScriptApp keeps it. An add-on's triggers belong to a user AND the
 * document they were created in; `getProjectTriggers` lists the user's triggers of every
 * document. A workspace saved before these fields existed holds only its own triggers: an
 * absent `documentId`/`user` means this spreadsheet and this user, an absent `timeZone` the
 * script's (manifest) zone, which is where Apps Script read an hour given without `inTimezone`.
 */
export interface TriggerState {
  id: string;
  handler: string;
  /** The spreadsheet whose add-on installation created the trigger. */
  documentId?: string;
  /** The user who created it (and as whom it runs). */
  user?: string;
  schedule:
    | { kind: 'daily'; hour: number; everyDays: number; timeZone?: string }
    | { kind: 'weekly'; weekDay: number; hour: number; timeZone?: string }
    | { kind: 'once'; at: number };
  /** A trigger Apps Script disabled (for example after repeated failures). */
  disabled: boolean;
  /** Epoch ms of the last time the local scheduler fired it. */
  lastFired?: number;
}

/** One message MailApp sent. */
export interface MailState {
  id: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  /** Epoch ms. */
  sentAt: number;
  /** What the local host's delivery did with it (absent until a flush tried; never in memory hosts). */
  delivery?: MailDeliveryRecord;
}

/**
 * The last delivery attempt of a message: `sent` (written to outbox/ or taken by the SMTP
 * server), `waiting` (tried again at the next flush), `refused` for good, or `uncertain` (the
 * server may have taken it; never re-sent by itself).
 */
export interface MailDeliveryRecord {
  status: 'sent' | 'waiting' | 'refused' | 'uncertain';
  /** Epoch ms of the attempt. */
  at: number;
  /** The server's answer or the connection's error. */
  reason?: string;
  /** The addresses the answer was about. */
  address?: string;
  /** Set once the problem was handed to the add-on's digest, so it is reported once. */
  told?: true;
}

/** Everything one workspace holds. */
export interface WorkspaceState {
  spreadsheet: SpreadsheetState;
  drive: {
    files: DriveFileState[];
    /**
     * Addresses known to have a Google account, besides the user's own. Drive refuses to share
     * with any other address without its notification mail (see drive-permissions.ts).
     */
    googleAccounts?: string[];
  };
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, string>;
  };
  triggers: TriggerState[];
  mail: {
    /** Messages sent since the workspace was made, oldest first. */
    sent: MailState[];
    /** Recipients a day (consumer accounts 100, Workspace 1,500). */
    dailyQuota: number;
  };
  /** Locks held by other executions: epoch ms until which each is taken, or absent. */
  locks: { script?: number; document?: number; user?: number };
  user: { email: string; locale: string };
  /** The scopes the user granted and the advanced services enabled, as the manifest asks. */
  grantedScopes: string[];
  advancedServices: string[];
  /** A counter for ids the services hand out, so ids stay unique across executions. */
  nextId: number;
  /**
   * Appended to every id this load hands out (never saved): a run that crashed before saving
   * handed out the counter's next values too, so the tag keeps their ids from ever meeting.
   */
  idTag?: string;
}
