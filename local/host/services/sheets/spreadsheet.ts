import { newSheetState } from '../../new-state.js';
import { counted, type ServiceContext } from '../../service-context.js';
import type { SpreadsheetState } from '../../state.js';
import { contextArray } from './context-values.js';
import { serviceError, signatureError } from './errors.js';
import { Sheet } from './sheet.js';
import { assertNameFree, findSheet } from './sheet-names.js';
import { isKnownTimeZone } from './time-zone.js';

/** The spreadsheet the add-on is bound to, live over `state.spreadsheet`. */
export class Spreadsheet {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: SpreadsheetState,
  ) {
    counted(ctx, 'Spreadsheet', this);
  }

  /** The file id. */
  getId(): string {
    return this.book.id;
  }

  /** The file id for the host's own services (not an Apps Script method: `_` leaves it uncounted). */
  _id(): string {
    return this.book.id;
  }

  /** The file name. */
  getName(): string {
    return this.book.name;
  }

  /** The file's edit URL. */
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }

  /** The zone date cells are read in (an IANA id). */
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }

  /**
   * Changes the zone; date cells keep their wall times, so their instants move, as in Sheets.
   * An id the zone database does not know is refused, since every date cell is read through it.
   */
  setSpreadsheetTimeZone(timezone: string): void {
    const zone = String(timezone);
    if (!isKnownTimeZone(zone)) throw serviceError(this.ctx, `Invalid argument: ${zone}`);
    this.book.timeZone = zone;
  }

  /** The spreadsheet's locale, e.g. `zh_TW`. */
  getSpreadsheetLocale(): string {
    return this.book.locale;
  }

  /** All tabs, in order. */
  getSheets(): Sheet[] {
    return contextArray(
      this.ctx.realm,
      this.book.sheets.map((sheet) => new Sheet(this.ctx, this.book, sheet)),
    );
  }

  /** The tab with this name (case-insensitive, as Sheets names are), or null. */
  getSheetByName(name: string): Sheet | null {
    const sheet = findSheet(this.book, String(name));
    return sheet === undefined ? null : new Sheet(this.ctx, this.book, sheet);
  }

  /** Adds an empty 1000 x 26 tab at the end; a taken name is refused. */
  insertSheet(sheetName: unknown): Sheet {
    if (typeof sheetName !== 'string' || sheetName === '') {
      throw signatureError(this.ctx, 'SpreadsheetApp.Spreadsheet.insertSheet', [sheetName]);
    }
    assertNameFree(this.ctx, this.book, sheetName);
    const sheetId = Math.max(-1, ...this.book.sheets.map((sheet) => sheet.sheetId)) + 1;
    const state = newSheetState(sheetName, sheetId);
    this.book.sheets.push(state);
    return new Sheet(this.ctx, this.book, state);
  }

  /** Removes a tab; the last one cannot go. */
  deleteSheet(sheet: unknown): void {
    const index = sheet instanceof Sheet ? this.book.sheets.indexOf(sheet.state) : -1;
    if (index < 0) throw signatureError(this.ctx, 'SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    if (this.book.sheets.length === 1) {
      throw serviceError(this.ctx, "You can't remove all the sheets in a document.");
    }
    this.book.sheets.splice(index, 1);
  }

  /** Shows a toast; the host records it (`title: message` when there is a title). */
  toast(msg: unknown, title?: unknown, _timeoutSeconds?: number): void {
    const text = String(msg);
    this.ctx.ui.toasts.push(
      title === undefined || title === null || title === '' ? text : `${title}: ${text}`,
    );
  }
}
