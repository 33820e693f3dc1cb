import { readFile } from 'node:fs/promises';
import ExcelJS, { type ConditionalFormattingOptions, type DataValidation } from 'exceljs';
import JSZip from 'jszip';
import { errorMessage } from '../../src/shared/error-message.js';
import { newWorkspaceState } from '../host/new-state.js';
import type { SheetState, SpreadsheetState } from '../host/state.js';
import { parseA1Range, parseCellAddress, parseRangeList } from './a1.js';
import { isNotFound } from './atomic-write.js';
import { cellKey, rangeCells } from './cell-grid.js';
import { WorkspaceError } from './errors.js';
import { pushTo } from './multimap.js';
import { partText } from './ooxml-package.js';
import {
  ASPECTS,
  deriveAspects,
  fingerprintAspects,
  type SheetAspects,
  type XlsxSheetExtras,
} from './sheet-aspects.js';
import type { SheetMeta, SheetMetaFile } from './sheet-meta.js';
import { parseCellStyles, parseSharedStrings, type ScannedSheet } from './xlsx-cells.js';
import { scanWorksheet, workbookParts } from './xlsx-parts.js';

/** What to tell a person whose tracker cannot be read. */
export interface TrackerReadOptions {
  /** The copy kept by the last flush, offered as the fix. */
  previousPath?: string;
}

const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/**
 * Reads tracker.xlsx into the spreadsheet state: values as a person may have typed them (in
 * LibreOffice or Excel too), formatting from the sidecar where the file still holds what we wrote
 * and from the file where a person changed it. A missing or unreadable file is a WorkspaceError
 * that names it and the fix; nothing is written.
 */
export async function readTracker(
  path: string,
  meta: SheetMetaFile | undefined,
  options: TrackerReadOptions = {},
): Promise<SpreadsheetState> {
  const fix =
    options.previousPath === undefined
      ? 'Restore it from a backup.'
      : `Restore it from a backup, or copy ${options.previousPath} (the tracker before the last run) to ${path}.`;
  const broken = (reason: string, cause?: unknown): WorkspaceError =>
    new WorkspaceError(
      'broken-file',
      `${path} is not a readable .xlsx workbook (${reason}). ${fix} Nothing was changed.`,
      path,
      { cause },
    );
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (isNotFound(error)) throw new WorkspaceError('broken-file', `${path} is missing. ${fix}`, path);
    throw error;
  }
  let zip: JSZip;
  let parts: Awaited<ReturnType<typeof workbookParts>>;
  const scanned = new Map<string, ScannedSheet>();
  let workbook: ExcelJS.Workbook;
  try {
    zip = await JSZip.loadAsync(bytes);
    parts = await workbookParts(zip);
    if (parts === undefined) throw new Error('it has no workbook part');
    const strings = parseSharedStrings((await partText(zip, 'xl/sharedStrings.xml')) ?? '');
    const styles = parseCellStyles((await partText(zip, 'xl/styles.xml')) ?? '');
    for (const { name, part } of parts.sheets) {
      const { sheet, withoutCells } = await scanWorksheet(zip, part, strings, styles, parts.date1904);
      scanned.set(name, sheet);
      zip.file(part, withoutCells);
    }
    if (zip.file('xl/sharedStrings.xml') !== null) zip.file('xl/sharedStrings.xml', EMPTY_SHARED_STRINGS);
    workbook = new ExcelJS.Workbook();
    const withoutCells = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    await workbook.xlsx.load(withoutCells as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw broken(errorMessage(error), error);
  }
  const defaults = newWorkspaceState().spreadsheet;
  const entries = meta?.sheets ?? {};
  const sheets = workbook.worksheets.map((worksheet) => {
    const [name, entry] = findEntry(entries, worksheet.name);
    const cells = scanned.get(worksheet.name) ?? { rows: [], numberFormatCells: new Map(), boldCells: [] };
    return readSheet(worksheet, cells, name, entry);
  });
  // Sheets a person added (or renamed) get fresh ids after every id the sidecar knows.
  let nextId = Math.max(-1, ...Object.values(entries).map((entry) => entry.sheetId)) + 1;
  for (const sheet of sheets) if (sheet.sheetId < 0) sheet.sheetId = nextId++;
  return {
    id: meta?.spreadsheet.id ?? defaults.id,
    name: meta?.spreadsheet.name ?? defaults.name,
    timeZone: meta?.spreadsheet.timeZone ?? defaults.timeZone,
    locale: meta?.spreadsheet.locale ?? defaults.locale,
    sheets,
  };
}

/** The sidecar entry of a worksheet: by the name we wrote it under, or by the sheet's own name. */
function findEntry(entries: Record<string, SheetMeta>, xlsxName: string): [string, SheetMeta | undefined] {
  for (const [name, entry] of Object.entries(entries)) if (entry.xlsxName === xlsxName) return [name, entry];
  return [xlsxName, entries[xlsxName]];
}

/** The exceljs members of a worksheet that its type declarations leave out. */
interface WorksheetRules {
  dataValidations: { model: Record<string, DataValidation> };
  conditionalFormattings: ConditionalFormattingOptions[];
}

function readSheet(
  worksheet: ExcelJS.Worksheet,
  cells: ScannedSheet,
  name: string,
  entry: SheetMeta | undefined,
): SheetState {
  const view = worksheet.views?.[0];
  const extras: XlsxSheetExtras = {
    frozenRows: view?.state === 'frozen' ? Math.max(0, view.ySplit ?? 0) : 0,
    columnWidths: new Map(),
    numberFormatCells: cells.numberFormatCells,
    boldCells: cells.boldCells,
    validations: [],
    conditionals: [],
  };
  (worksheet.columns ?? []).forEach((column, i) => {
    if (typeof column.width === 'number' && column.width > 0) extras.columnWidths.set(i + 1, column.width);
  });
  readRules(worksheet as unknown as WorksheetRules, extras);

  const derived = deriveAspects(extras);
  const fingerprints = fingerprintAspects(derived);
  const aspects = {} as SheetAspects;
  for (const aspect of ASPECTS) {
    // The sidecar's exact ranges where the file still holds what we wrote; the file's otherwise.
    const keep = entry !== undefined && entry.written[aspect] === fingerprints[aspect];
    Object.assign(aspects, { [aspect]: keep ? entry.aspects[aspect] : derived[aspect] });
  }
  const rows = cells.rows;
  const sheet: SheetState = {
    sheetId: entry?.sheetId ?? -1,
    name,
    rows,
    maxRows: Math.max(entry?.maxRows ?? 1000, rows.length),
    maxColumns: Math.max(entry?.maxColumns ?? 26, rows[0]?.length ?? 0),
    protections: entry?.protections ?? [],
    ...aspects,
  };
  readTickedCheckboxes(sheet);
  return sheet;
}

function readRules(worksheet: WorksheetRules, extras: XlsxSheetExtras): void {
  // exceljs spreads each validation over every cell address it covers, sharing one object:
  // gather the cells back per object.
  const cellsOf = new Map<DataValidation, number[]>();
  for (const [address, validation] of Object.entries(worksheet.dataValidations?.model ?? {})) {
    const cell = parseCellAddress(address);
    const range = cell === undefined ? parseA1Range(address) : undefined;
    const cells =
      cell !== undefined ? [cellKey(cell.row, cell.column)] : range !== undefined ? rangeCells(range) : [];
    for (const key of cells) pushTo(cellsOf, validation, key);
  }
  for (const [validation, cells] of cellsOf) extras.validations.push({ cells, validation });
  for (const { ref, rules } of worksheet.conditionalFormattings ?? []) {
    const ranges = parseRangeList(ref);
    for (const rule of rules) extras.conditionals.push({ ranges, rule });
  }
}

/**
 * In checkbox cells, the text TRUE or FALSE means the box: Excel's list drop-down and a person
 * typing may both leave text there, and Sheets keeps a checkbox as a boolean.
 */
function readTickedCheckboxes(sheet: SheetState): void {
  for (const { range, rule } of sheet.validations) {
    if (rule.kind !== 'checkbox') continue;
    const lastRow = Math.min(range.row + range.numRows - 1, sheet.rows.length);
    for (let r = range.row; r <= lastRow; r++) {
      const row = sheet.rows[r - 1];
      if (row === undefined) continue;
      for (let c = range.column; c < range.column + range.numColumns && c <= row.length; c++) {
        const value = row[c - 1];
        if (typeof value !== 'string') continue;
        const upper = value.trim().toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') row[c - 1] = upper === 'TRUE';
      }
    }
  }
}
