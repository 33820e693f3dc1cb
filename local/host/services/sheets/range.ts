import { isArray } from '../../realm.js';
import { counted, type ServiceContext } from '../../service-context.js';
import type { Cell, GridRange, SheetState, SpreadsheetState } from '../../state.js';
import { formatA1, type OpenBound } from './a1.js';
import { cellToValue, valueToCell } from './cell-convert.js';
import { contextGrid } from './context-values.js';
import { displayCell } from './display-format.js';
import { serviceError, signatureError } from './errors.js';
import { BARE_RANGES, overlay, rangeMember } from './grid-range.js';
import { Protection } from './protection.js';
import { registerRange } from './range-handle.js';
import { cellAt, formatLookup, writeCells } from './sheet-cells.js';
import { validationRuleOf } from './validation-builders.js';

type FormatEntry = SheetState['numberFormats'][number];
type ValidationEntry = SheetState['validations'][number];

/**
 * Checks that `data` is a `rows x columns` grid of arrays, with Apps Script's messages, before
 * anything is written: a mis-sized `setValues` writes nothing.
 */
function checkShape(ctx: ServiceContext, method: string, data: unknown, grid: GridRange): unknown[][] {
  if (!isArray(data) || !data.every(isArray)) throw signatureError(ctx, method, [data]);
  if (data.length !== grid.numRows) {
    throw serviceError(
      ctx,
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${grid.numRows}.`,
    );
  }
  for (const line of data as unknown[][]) {
    if (line.length !== grid.numColumns) {
      throw serviceError(
        ctx,
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${grid.numColumns}.`,
      );
    }
  }
  return data as unknown[][];
}

/** A rectangle of a sheet; it keeps the coordinates it was made with, as in Apps Script. */
export class Range {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: SpreadsheetState,
    private readonly sheet: SheetState,
    private readonly grid: GridRange,
    private readonly open: OpenBound = undefined,
  ) {
    registerRange(this, { sheet, grid });
    counted(ctx, 'Range', this);
  }

  /** The first row (1-based). */
  getRow(): number {
    return this.grid.row;
  }

  /** The first column (1-based). */
  getColumn(): number {
    return this.grid.column;
  }

  /** How many rows the range spans. */
  getNumRows(): number {
    return this.grid.numRows;
  }

  /** How many columns the range spans. */
  getNumColumns(): number {
    return this.grid.numColumns;
  }

  /** `B2`, `A1:C3`, or the open form the range was asked for (`A:C`, `2:4`). */
  getA1Notation(): string {
    return formatA1(this.grid, this.open);
  }

  /** Every cell's value: a numRows x numColumns context grid of Date, number, boolean or string. */
  getValues(): unknown[][] {
    const { row, column, numRows, numColumns } = this.grid;
    const { rows } = this.sheet;
    const zone = this.book.timeZone;
    const realm = this.ctx.realm;
    return contextGrid(realm, numRows, numColumns, (i, j) =>
      cellToValue(rows[row - 1 + i]?.[column - 1 + j], zone, realm),
    );
  }

  /** Every cell as the sheet shows it, formatted by its number format. */
  getDisplayValues(): string[][] {
    const { row, column, numRows, numColumns } = this.grid;
    const formatAt = formatLookup(this.sheet, this.grid);
    const locale = this.book.locale;
    return contextGrid(this.ctx.realm, numRows, numColumns, (i, j) =>
      displayCell(cellAt(this.sheet, row + i, column + j), formatAt(row + i, column + j), locale),
    );
  }

  /** The top-left cell's value. */
  getValue(): unknown {
    return cellToValue(
      cellAt(this.sheet, this.grid.row, this.grid.column),
      this.book.timeZone,
      this.ctx.realm,
    );
  }

  /** Writes a grid of values exactly the range's size; see cell-convert.ts for what each becomes. */
  setValues(values: unknown): Range {
    const data = checkShape(this.ctx, 'SpreadsheetApp.Range.setValues', values, this.grid);
    this._write((i, j) => data[i]?.[j]);
    return this;
  }

  /** Writes one value into every cell of the range. */
  setValue(value: unknown): Range {
    this._write(() => value);
    return this;
  }

  /** Empties the cells, keeping formats and validation. */
  clearContent(): Range {
    writeCells(this.sheet, this.grid, () => '');
    return this;
  }

  /** One number format (`yyyy-mm-dd`, `0.00`, `@`) for every cell; `''` resets to automatic. */
  setNumberFormat(format: string): Range {
    const text = String(format);
    const entry = text === '' ? undefined : { range: { ...this.grid }, format: text };
    this.sheet.numberFormats = overlay(
      this.sheet.numberFormats,
      rangeMember<FormatEntry>(),
      this.grid,
      entry,
    );
    return this;
  }

  /**
   * A format per cell. Runs of equal formats are stored as rectangles (a column of one format
   * is one entry), so a per-cell call over a large table keeps the format list small.
   */
  setNumberFormats(formats: unknown): Range {
    const data = checkShape(this.ctx, 'SpreadsheetApp.Range.setNumberFormats', formats, this.grid);
    const added: FormatEntry[] = [];
    let open = new Map<string, FormatEntry>();
    data.forEach((line, i) => {
      const next = new Map<string, FormatEntry>();
      let start = 0;
      for (let j = 1; j <= line.length; j++) {
        if (j < line.length && String(line[j]) === String(line[start])) continue;
        const format = String(line[start]);
        const key = `${start}:${j}:${format}`;
        const above = open.get(key);
        if (above !== undefined) {
          above.range.numRows += 1;
          next.set(key, above);
        } else if (format !== '') {
          const range = {
            row: this.grid.row + i,
            column: this.grid.column + start,
            numRows: 1,
            numColumns: j - start,
          };
          const entry = { range, format };
          added.push(entry);
          next.set(key, entry);
        }
        start = j;
      }
      open = next;
    });
    this.sheet.numberFormats = [
      ...overlay(this.sheet.numberFormats, rangeMember<FormatEntry>(), this.grid),
      ...added,
    ];
    return this;
  }

  /** Sets a built validation rule on every cell; `null` removes validation. */
  setDataValidation(rule: unknown): Range {
    const data = rule === null ? undefined : validationRuleOf(rule);
    if (rule !== null && data === undefined) {
      throw signatureError(this.ctx, 'SpreadsheetApp.Range.setDataValidation', [rule]);
    }
    const entry = data === undefined ? undefined : { range: { ...this.grid }, rule: structuredClone(data) };
    this.sheet.validations = overlay(
      this.sheet.validations,
      rangeMember<ValidationEntry>(),
      this.grid,
      entry,
    );
    return this;
  }

  /**
   * Checkbox validation on every cell; empty cells become unchecked (`false`), cells with a
   * value keep it. Custom checked/unchecked values are not supported by the host.
   */
  insertCheckboxes(...custom: unknown[]): Range {
    if (custom.length > 0) throw signatureError(this.ctx, 'SpreadsheetApp.Range.insertCheckboxes', custom);
    const entry: ValidationEntry = { range: { ...this.grid }, rule: { kind: 'checkbox' } };
    this.sheet.validations = overlay(
      this.sheet.validations,
      rangeMember<ValidationEntry>(),
      this.grid,
      entry,
    );
    const { row, column } = this.grid;
    writeCells(this.sheet, this.grid, (i, j) => {
      const cell = cellAt(this.sheet, row + i, column + j);
      return cell === '' ? false : cell;
    });
    return this;
  }

  /** `'bold'` makes the cells bold; `'normal'` or null makes them normal. */
  setFontWeight(fontWeight: string | null): Range {
    const bold = fontWeight === 'bold' ? { ...this.grid } : undefined;
    this.sheet.boldRanges = overlay(this.sheet.boldRanges, BARE_RANGES, this.grid, bold);
    return this;
  }

  /** Protects the range; returns the new protection to describe. */
  protect(): Protection {
    const entry = { range: { ...this.grid }, description: '', warningOnly: false };
    this.sheet.protections.push(entry);
    return new Protection(this.ctx, entry);
  }

  /** Writes `valueAt(i, j)` into each cell, as cell-convert.ts turns values into cells. */
  private _write(valueAt: (i: number, j: number) => unknown): void {
    const zone = this.book.timeZone;
    const formatAt = formatLookup(this.sheet, this.grid);
    // The cell being written, for the lazily asked plain-text question (one closure per call).
    let row = 0;
    let column = 0;
    const isPlainText = () => formatAt(row, column) === '@';
    writeCells(this.sheet, this.grid, (i, j): Cell => {
      row = this.grid.row + i;
      column = this.grid.column + j;
      return valueToCell(valueAt(i, j), zone, isPlainText);
    });
  }
}
