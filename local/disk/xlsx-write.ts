import ExcelJS, { type DataValidation, type Style } from 'exceljs';
import { xmlSafe } from '../../src/core/text-normal.js';
import type { Cell, SheetState, SpreadsheetState } from '../host/state.js';
import { parseRangeList, rangeToA1 } from './a1.js';
import { cellKey, collapseCells, rangeCells } from './cell-grid.js';
import { produceDurable } from './file-ops.js';
import { pushTo } from './multimap.js';
import { deriveAspects, fingerprintAspects, type XlsxSheetExtras } from './sheet-aspects.js';
import type { SheetMeta, SheetMetaFile } from './sheet-meta.js';
import { cellStyleLookup } from './sheet-styles.js';
import { isWallDate, wallToUtcDate } from './wall-date.js';
import { xlsxSheetNames } from './xlsx-names.js';
import { conditionalToXlsx, isDateFormat, pixelsToCharacters, validationToXlsx } from './xlsx-rules.js';

/**
 * Writes the spreadsheet to `path` as an xlsx workbook (flushed to the disk) and returns the
 * sidecar that goes with it. The save writes it under a temporary name and moves it into place
 * with the rest of its generation. Uses exceljs's streaming writer: the in-memory workbook needs
 * ~2 GB and 20 s for 150,000 rows, the stream a fraction of both.
 */
export async function writeTracker(path: string, spreadsheet: SpreadsheetState): Promise<SheetMetaFile> {
  const meta: SheetMetaFile = {
    version: 1,
    spreadsheet: {
      id: spreadsheet.id,
      name: spreadsheet.name,
      timeZone: spreadsheet.timeZone,
      locale: spreadsheet.locale,
    },
    sheets: {},
  };
  await produceDurable(path, async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: true,
    });
    workbook.creator = 'Launch Desk';
    const names = xlsxSheetNames(spreadsheet.sheets.map((sheet) => sheet.name));
    spreadsheet.sheets.forEach((sheet, i) => {
      const xlsxName = names[i] ?? sheet.name;
      const extras = writeSheet(workbook, xlsxName, sheet);
      meta.sheets[sheet.name] = sheetMeta(sheet, xlsxName, extras);
    });
    await workbook.commit();
  });
  return meta;
}

function sheetMeta(sheet: SheetState, xlsxName: string, extras: XlsxSheetExtras): SheetMeta {
  return {
    sheetId: sheet.sheetId,
    xlsxName,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    protections: sheet.protections,
    aspects: {
      frozenRows: sheet.frozenRows,
      columnWidths: sheet.columnWidths,
      numberFormats: sheet.numberFormats,
      boldRanges: sheet.boldRanges,
      validations: sheet.validations,
      conditionalRules: sheet.conditionalRules,
    },
    written: fingerprintAspects(deriveAspects(extras)),
  };
}

type StreamWorkbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** The exceljs members of a streamed worksheet that its type declarations leave out. */
interface StreamWorksheetExtras {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

/** Streams one sheet and returns what it wrote besides values, for the fingerprints. */
function writeSheet(workbook: StreamWorkbook, xlsxName: string, sheet: SheetState): XlsxSheetExtras {
  const frozen = Math.max(0, sheet.frozenRows);
  const worksheet = workbook.addWorksheet(xlsxName, {
    views: frozen > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}` }] : [],
  });
  const extras: XlsxSheetExtras = {
    frozenRows: frozen,
    columnWidths: new Map(),
    numberFormatCells: new Map(),
    boldCells: [],
    validations: [],
    conditionals: [],
  };
  // Widths go first: the streaming writer emits <cols> with the first row.
  for (const [key, pixels] of Object.entries(sheet.columnWidths)) {
    const column = Number(key);
    if (!Number.isInteger(column) || column < 1 || !(pixels > 0)) continue;
    const width = pixelsToCharacters(pixels);
    worksheet.getColumn(column).width = width;
    extras.columnWidths.set(column, width);
  }
  writeCells(worksheet, sheet, extras);
  writeValidations(worksheet as unknown as StreamWorksheetExtras, sheet, extras);
  sheet.conditionalRules.forEach((rule, i) => {
    const xlsxRule = conditionalToXlsx(rule, i + 1);
    const ref = rule.ranges
      .filter((range) => range.numRows > 0 && range.numColumns > 0)
      .map(rangeToA1)
      .join(' ');
    if (xlsxRule === undefined || ref === '') return;
    worksheet.addConditionalFormatting({ ref, rules: [xlsxRule] });
    extras.conditionals.push({ ranges: parseRangeList(ref), rule: xlsxRule });
  });
  worksheet.commit();
  return extras;
}

/** A date cell shows as a date only with a date format: this one when the sheet gave none. */
function defaultDateFormat(wall: string): string {
  return wall.endsWith('T00:00:00') ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: SheetState, extras: XlsxSheetExtras): void {
  const styles = cellStyleLookup(sheet);
  // One style object per combination: exceljs maps a style object it has seen to its id at once.
  const styleCache = new Map<string, Partial<Style>>();
  const styleFor = (format: string | undefined, bold: boolean): Partial<Style> => {
    const key = `${format ?? ''}\u0000${bold ? 1 : 0}`;
    let style = styleCache.get(key);
    if (style === undefined) {
      style = {};
      if (format !== undefined) style.numFmt = format;
      if (bold) style.font = { bold: true };
      styleCache.set(key, style);
    }
    return style;
  };
  for (let r = 1; r <= styles.lastRow; r++) {
    const values = sheet.rows[r - 1] ?? [];
    // exceljs's streaming writer drops a row without a value, styles and all: so do we.
    if (!values.some((value) => toXlsxValue(value) !== null)) continue;
    const row = worksheet.getRow(r);
    for (let c = 1; c <= styles.lastColumn; c++) {
      const value: Cell = values[c - 1] ?? '';
      let format = styles.format(r, c);
      const bold = styles.bold(r, c);
      const xlsxValue = toXlsxValue(value);
      if (isWallDate(value) && xlsxValue instanceof Date && !isDateFormat(format)) {
        format = defaultDateFormat(value.wall);
      }
      if (xlsxValue === null && format === undefined && !bold) continue;
      const cell = row.getCell(c);
      cell.value = xlsxValue;
      if (format !== undefined || bold) cell.style = styleFor(format, bold);
      if (format !== undefined) pushTo(extras.numberFormatCells, format, cellKey(r, c));
      if (bold) extras.boldCells.push(cellKey(r, c));
    }
    row.commit();
  }
}

/**
 * A cell value as exceljs writes it. A string stays a string even when it starts with `=`: only
 * `{ formula }` objects become formulas, so typed text is never evaluated. Non-finite numbers
 * cannot be stored and are left empty.
 */
function toXlsxValue(value: Cell): string | number | boolean | Date | null {
  if (value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // A character XML forbids would make the file unreadable to every other program: never write one.
  if (typeof value === 'string') return xmlSafe(value);
  if (typeof value === 'boolean') return value;
  return wallToUtcDate(value.wall) ?? value.wall;
}

/**
 * Validations: later rules win where ranges overlap (as a later setDataValidation does in Sheets),
 * and cells sharing an xlsx rule are written as one rule over few rectangles.
 */
function writeValidations(
  worksheet: StreamWorksheetExtras,
  sheet: SheetState,
  extras: XlsxSheetExtras,
): void {
  const ruleOfCell = new Map<number, string | undefined>();
  const xlsxByKey = new Map<string, DataValidation>();
  for (const { range, rule } of sheet.validations) {
    const validation = validationToXlsx(rule);
    const key = validation === undefined ? undefined : JSON.stringify(validation);
    if (key !== undefined && validation !== undefined && !xlsxByKey.has(key)) xlsxByKey.set(key, validation);
    for (const cell of rangeCells(range, Math.max(sheet.maxRows, sheet.rows.length)))
      ruleOfCell.set(cell, key);
  }
  const cellsByKey = new Map<string, number[]>();
  for (const [cell, key] of ruleOfCell) if (key !== undefined) pushTo(cellsByKey, key, cell);
  for (const [key, validation] of xlsxByKey) {
    const cells = cellsByKey.get(key);
    if (cells === undefined) continue;
    for (const range of collapseCells(cells)) worksheet.dataValidations.add(rangeToA1(range), validation);
    extras.validations.push({ cells, validation });
  }
}
