/**
 * Which spreadsheet this run works on, and its time zone and locale. Every use case reaches the
 * tracker through {@link trackerSpreadsheet}: a UI run (menu, sidebar, onboarding) has it open as
 * the active spreadsheet; a time-driven run of an editor add-on has no document around it
 * (`getActiveSpreadsheet()` is null there), so it opens its tracker by the id stored when its
 * trigger was installed ({@link openTracker}), which needs the `spreadsheets` scope.
 */

/** The tracker of this execution, once found (Apps Script starts every execution afresh). */
let opened: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
/** Its id, read once: every tracker-keyed property of the run is keyed by it. */
let openedId: string | undefined;

/**
 * Opens the tracker by id: how a time-driven run, which has no active spreadsheet, reaches it.
 * The id counts as this run's tracker even when opening fails, so what the run found can still
 * be kept in the tracker's properties.
 */
export function openTracker(id: string): void {
  openedId = id;
  opened = SpreadsheetApp.openById(id);
}

/** The tracker of this run: the one opened by id, else the active spreadsheet (asked once). */
export function trackerSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  if (opened) return opened;
  // Null only in a run with no document open (a time-driven run) that did not open its tracker.
  const active = SpreadsheetApp.getActiveSpreadsheet() as GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  if (!active) throw new Error('No spreadsheet is open in this run, and none was opened by id.');
  opened = active;
  return active;
}

/** The tracker's id: it keys the Drive files, triggers and stored state of two trackers apart. */
export function spreadsheetId(): string {
  openedId ??= trackerSpreadsheet().getId();
  return openedId;
}

/** The spreadsheet's time zone and locale: "today" and date formats follow them. */
export function spreadsheetLocale(): { timeZone: string; locale: string } {
  const spreadsheet = trackerSpreadsheet();
  return { timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() };
}

/** A calendar day `YYYY-MM-DD` of an instant, in a time zone. */
export function dayOf(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
}

/** Today as a calendar day in the spreadsheet's time zone. */
export function today(timeZone: string): string {
  return dayOf(new Date(), timeZone);
}

/** A short message in the corner of the spreadsheet (progress of long work). */
export function toast(message: string, title: string): void {
  trackerSpreadsheet().toast(message, title, 5);
}

/**
 * Applies the writes Sheets still holds back. Apps Script batches sheet writes until the
 * execution ends, while a property write is immediate: anything that must not run ahead of the
 * sheet (clearing a journal the sheet now records) comes after this.
 */
export function flushSheetWrites(): void {
  SpreadsheetApp.flush();
}
