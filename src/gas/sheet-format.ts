import { columnLetters } from '../core/a1';
import type { SheetFormat } from '../core/tracker/format-spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Dresses a new tracker sheet: plain-text, date and checkbox columns, dropdowns, status colours,
 * column widths and warning-only protection of id columns. Each column is one range from row 2
 * to the end, so the number of calls depends on the columns, never on the rows.
 */
export function applySheetFormat(sheet: Sheet, index: Record<string, number>, format: SheetFormat): void {
  const rows = sheet.getMaxRows() - 1;
  const column = (key: string) => {
    const at = index[key];
    return at === undefined ? null : sheet.getRange(2, at + 1, rows, 1);
  };
  const each = (keys: string[], apply: (range: GoogleAppsScript.Spreadsheet.Range) => void) => {
    for (const key of keys) {
      const range = column(key);
      if (range) apply(range);
    }
  };
  each(format.textKeys, (range) => range.setNumberFormat('@'));
  each(format.dateKeys, (range) => range.setNumberFormat(format.dateFormat));
  each(format.dateTimeKeys, (range) => range.setNumberFormat(format.dateTimeFormat));
  each(format.checkboxKeys, (range) => range.insertCheckboxes());
  for (const dropdown of format.dropdowns) {
    const range = column(dropdown.key);
    if (!range) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(dropdown.values, true)
      .setAllowInvalid(true)
      .build();
    range.setDataValidation(rule);
  }
  const width = Math.max(sheet.getLastColumn(), 1);
  const rules = format.colours.flatMap((colour) => {
    const at = index[colour.key];
    if (at === undefined) return [];
    const cellRef = `$${columnLetters(at + 1)}2`;
    const formulas = colour.texts.length
      ? colour.texts.map((text) => `=${cellRef}="${text}"`)
      : [`=${cellRef}=TRUE`];
    return formulas.map((formula) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(colour.background)
        .setFontColor(colour.fontColor)
        .setRanges([sheet.getRange(2, 1, rows, width)])
        .build(),
    );
  });
  if (rules.length) sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().concat(rules));
  for (const [key, pixels] of Object.entries(format.widths)) {
    const at = index[key];
    if (at !== undefined) sheet.setColumnWidth(at + 1, pixels);
  }
  each(format.protectedKeys, (range) => {
    range.protect().setDescription('Launch Desk ids: editing them unlinks rows').setWarningOnly(true);
  });
}
