import { DomUtils, Parser } from 'htmlparser2';
import type { Cell } from '../host/state.js';
import { cellKey } from './cell-grid.js';
import { pushTo } from './multimap.js';
import { parseXml, type XmlElement, type XmlNode, xmlElements } from './ooxml-package.js';
import { utcDateToWall } from './wall-date.js';
import { isBooleanFormat, isDateFormat } from './xlsx-rules.js';

/**
 * Reads cell values and cell styles straight from the xlsx parts. exceljs's workbook reader
 * builds an object per cell (8 s and 1.4 GB for 150,000 rows x 14 columns); its streaming reader
 * skips views, validations and conditional formats. So values are scanned here, row by row, and
 * everything else is left to exceljs on a copy of the file without its cells.
 */

/** What a cell style (an `xf` of `cellXfs`) means for the state. */
export interface CellStyle {
  format: string | undefined;
  bold: boolean;
  isDate: boolean;
  isBoolean: boolean;
}

/** The built-in number formats, as exceljs writes them (it uses these ids for these codes). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  32: 'h:mm',
  33: 'h:mm:ss',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Ids 27-36 and 50-58 are dates in East Asian locales; their exact text depends on the locale. */
function builtInFormat(id: number): string | undefined {
  if ((id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) return 'yyyy-mm-dd';
  return BUILT_IN_FORMATS[id];
}

/** The `child` elements of the first `parent` element (`xf` of `cellXfs`, not of `cellStyleXfs`). */
function listed(root: XmlNode, parent: string, child: string): XmlElement[] {
  const list = xmlElements(root, parent)[0];
  return list === undefined ? [] : xmlElements(list, child);
}

/** The cell styles of `xl/styles.xml`, by index. */
export function parseCellStyles(stylesXml: string): CellStyle[] {
  const root = parseXml(stylesXml);
  const custom = new Map<number, string>();
  for (const { attribs } of listed(root, 'numFmts', 'numFmt')) {
    if (attribs.formatCode !== undefined) custom.set(Number(attribs.numFmtId), attribs.formatCode);
  }
  const bold = listed(root, 'fonts', 'font').map((font) => {
    const b = xmlElements(font, 'b')[0];
    return b !== undefined && b.attribs.val !== '0' && b.attribs.val !== 'false';
  });
  return listed(root, 'cellXfs', 'xf').map(({ attribs }) => {
    const found = custom.get(Number(attribs.numFmtId ?? 0)) ?? builtInFormat(Number(attribs.numFmtId ?? 0));
    const format = found === 'General' ? undefined : found;
    return {
      format,
      bold: bold[Number(attribs.fontId ?? 0)] ?? false,
      isDate: isDateFormat(format),
      isBoolean: isBooleanFormat(format),
    };
  });
}

/**
 * The plain text of each string item (`<si>` of the shared strings, `<is>` of an inline string):
 * its `<t>` runs, without phonetic guides (`<rPh>`). Read with htmlparser2's callbacks: the
 * shared strings of a large tracker are megabytes, which its DOM builds ten times slower.
 */
function stringItems(xml: string, item: 'si' | 'is'): string[] {
  const items: string[] = [];
  let text: string | undefined;
  let inRun = false;
  let phonetic = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === item) text = '';
        else if (name === 'rPh') phonetic++;
        else if (name === 't') inRun = true;
      },
      onclosetag(name) {
        if (name === item) items.push(text ?? '');
        else if (name === 'rPh') phonetic--;
        else if (name === 't') inRun = false;
      },
      ontext(chunk) {
        if (inRun && phonetic === 0 && text !== undefined) text += chunk;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return items;
}

/** Text content with XML's entities and character references decoded. */
function decodeXml(text: string): string {
  return text.includes('&') ? DomUtils.textContent(parseXml(text)) : text;
}

/** The shared strings of `xl/sharedStrings.xml`, by index. */
export function parseSharedStrings(xml: string): string[] {
  return stringItems(xml, 'si');
}

/** Days between Excel's epoch (1899-12-30) and 1970-01-01; 1904-based workbooks start 1,462 days later. */
const EPOCH_DAYS = 25569;
const DAYS_1904 = 1462;

/** The values and styled cells of one worksheet, accumulated segment by segment. */
export interface ScannedSheet {
  rows: Cell[][];
  numberFormatCells: Map<string, number[]>;
  boldCells: number[];
}

const PIECE = /<row\b([^>]*?)\/?>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const CELL_REF = /\br\s*=\s*["']([A-Za-z]{1,3})(\d+)["']/;
const ROW_REF = /\br\s*=\s*["'](\d+)["']/;
const STYLE = /\bs\s*=\s*["'](\d+)["']/;
const TYPE = /\bt\s*=\s*["'](\w+)["']/;
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;

/**
 * Scans `<sheetData>` content given in pieces that end on a row boundary, so a sheet of any size
 * streams through with bounded memory.
 */
export class SheetDataScanner {
  private row = 0;
  private column = 0;
  private readonly sheet: ScannedSheet = { rows: [], numberFormatCells: new Map(), boldCells: [] };

  constructor(
    private readonly strings: string[],
    private readonly styles: CellStyle[],
    private readonly date1904: boolean,
  ) {}

  /** Reads the rows and cells of one piece of sheetData. */
  scan(xml: string): void {
    for (const m of xml.matchAll(PIECE)) {
      if (m[1] !== undefined) {
        const r = ROW_REF.exec(m[1]);
        this.row = r === null ? this.row + 1 : Number(r[1]);
        this.column = 0;
      } else {
        this.cell(m[2] ?? '', m[3]);
      }
    }
  }

  private cell(attributes: string, body: string | undefined): void {
    const ref = CELL_REF.exec(attributes);
    if (ref === null) {
      this.column++;
    } else {
      let column = 0;
      for (const letter of (ref[1] ?? '').toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
      this.column = column;
      this.row = Number(ref[2]);
    }
    const row = this.row;
    const column = this.column;
    const styleMatch = STYLE.exec(attributes);
    const style = styleMatch === null ? undefined : this.styles[Number(styleMatch[1])];
    if (style?.format !== undefined) pushTo(this.sheet.numberFormatCells, style.format, cellKey(row, column));
    if (style?.bold === true) this.sheet.boldCells.push(cellKey(row, column));
    if (body === undefined) return;
    const value = this.value(TYPE.exec(attributes)?.[1], body, style);
    if (value === '') return;
    let values = this.sheet.rows[row - 1];
    if (values === undefined) {
      values = [];
      this.sheet.rows[row - 1] = values;
    }
    values[column - 1] = value;
  }

  /**
   * A value as `getValues()` gives it: formulas a person typed give their last computed value
   * (nothing is recalculated), numbers in a date format are dates, errors their code.
   */
  private value(type: string | undefined, body: string, style: CellStyle | undefined): Cell {
    if (type === 'inlineStr') return stringItems(body, 'is')[0] ?? '';
    const raw = VALUE.exec(body)?.[1];
    if (raw === undefined) return '';
    switch (type) {
      case 's':
        return this.strings[Number(raw)] ?? '';
      case 'str':
      case 'e':
        return decodeXml(raw);
      case 'b':
        return raw.trim() !== '0' && raw.trim() !== 'false';
      case 'd':
        return isoToWall(raw);
      default: {
        const number = Number(raw);
        if (raw.trim() === '' || Number.isNaN(number)) return '';
        if (style?.isBoolean === true) return number !== 0;
        if (style?.isDate === true) {
          const days = number - EPOCH_DAYS + (this.date1904 ? DAYS_1904 : 0);
          return utcDateToWall(new Date(Math.round(days * 86_400_000)));
        }
        return number;
      }
    }
  }

  /** The sheet as a rectangle from A1 to the last row and column holding a value. */
  finish(): ScannedSheet {
    const rows = this.sheet.rows;
    let width = 0;
    for (const row of rows) if (row !== undefined) width = Math.max(width, row.length);
    for (let r = 0; r < rows.length; r++) {
      // Rows without a value are holes in the sparse array until here.
      const row = rows[r] ?? [];
      rows[r] = row;
      for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = '';
    }
    return this.sheet;
  }
}

/** A strict-OOXML `t="d"` value (`2025-03-05T10:00:00Z` or a bare date) as a wall time. */
function isoToWall(text: string): Cell {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(text.trim());
  return m === null ? text : { wall: `${m[1]}T${m[2] ?? '00:00:00'}` };
}
