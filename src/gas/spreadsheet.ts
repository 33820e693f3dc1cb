/** The spreadsheet the add-on is bound to, and its time zone and locale. */

/** The bound spreadsheet (the `spreadsheets.currentonly` scope reaches only this one). */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The bound spreadsheet's id: it keeps the Drive files of two trackers apart. */
export function spreadsheetId(): string {
  return activeSpreadsheet().getId();
}

/** The spreadsheet's time zone and locale: "today" and date formats follow them. */
export function spreadsheetLocale(): { timeZone: string; locale: string } {
  const spreadsheet = activeSpreadsheet();
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
  activeSpreadsheet().toast(message, title, 5);
}

/**
 * Applies the writes Sheets still holds back. Apps Script batches sheet writes until the
 * execution ends, while a property write is immediate: anything that must not run ahead of the
 * sheet (clearing a journal the sheet now records) comes after this.
 */
export function flushSheetWrites(): void {
  SpreadsheetApp.flush();
}
