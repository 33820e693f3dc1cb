import { isArray } from '../../realm.js';
import { counted, type ServiceContext } from '../../service-context.js';
import type { GridRange, SheetState, SpreadsheetState } from '../../state.js';
import { type OpenBound, parseA1 } from './a1.js';
import { contextArray } from './context-values.js';
import { serviceError, signatureError } from './errors.js';
import { Protection } from './protection.js';
import { Range } from './range.js';
import { lastDataColumn, lastDataRow } from './sheet-cells.js';
import { assertNameFree } from './sheet-names.js';
import { deleteRowSpan, insertAfter } from './sheet-structure.js';
import { ConditionalFormatRule, conditionalRuleOf, copyConditionalRule } from './validation-builders.js';

function isWhole(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** One tab of the spreadsheet, live over its state. */
export class Sheet {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: SpreadsheetState,
    readonly state: SheetState,
  ) {
    counted(ctx, 'Sheet', this);
  }

  /** The tab's name. */
  getName(): string {
    return this.state.name;
  }

  /** Renames the tab; a name another tab has is refused. */
  setName(name: string): Sheet {
    const text = String(name);
    assertNameFree(this.ctx, this.book, text, this.state);
    this.state.name = text;
    return this;
  }

  /** The tab's stable id (the `gid` of its URL). */
  getSheetId(): number {
    return this.state.sheetId;
  }

  /** The last row with content, 0 when the sheet is empty. */
  getLastRow(): number {
    return lastDataRow(this.state);
  }

  /** The last column with content, 0 when the sheet is empty. */
  getLastColumn(): number {
    return lastDataColumn(this.state);
  }

  /** The number of rows, filled or not. */
  getMaxRows(): number {
    return this.state.maxRows;
  }

  /** The number of columns, filled or not. */
  getMaxColumns(): number {
    return this.state.maxColumns;
  }

  /** Inserts empty rows after `afterPosition`; everything below moves down. */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this._checkInsert(afterPosition, howMany, this.state.maxRows, 'rows');
    insertAfter(this.state, 'rows', afterPosition, howMany);
    return this;
  }

  /** Inserts empty columns after `afterPosition`; everything right of it moves right. */
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this._checkInsert(afterPosition, howMany, this.state.maxColumns, 'columns');
    insertAfter(this.state, 'columns', afterPosition, howMany);
    return this;
  }

  /** Deletes `howMany` rows from `rowPosition`; at least one unfrozen row must remain. */
  deleteRows(rowPosition: number, howMany: number): void {
    if (!isWhole(rowPosition) || !isWhole(howMany)) {
      throw signatureError(this.ctx, 'SpreadsheetApp.Sheet.deleteRows', [rowPosition, howMany]);
    }
    const last = rowPosition + howMany - 1;
    if (rowPosition < 1 || howMany < 1 || last > this.state.maxRows) {
      throw serviceError(this.ctx, 'Those rows are out of bounds.');
    }
    const frozenLeft =
      this.state.frozenRows - Math.max(0, Math.min(this.state.frozenRows, last) - rowPosition + 1);
    if (this.state.maxRows - howMany <= frozenLeft) {
      throw serviceError(this.ctx, 'Sorry, it is not possible to delete all non-frozen rows.');
    }
    deleteRowSpan(this.state, rowPosition, howMany);
  }

  /**
   * `getRange(row, column, numRows?, numColumns?)` or `getRange(a1)` (`B2`, `A1:C3`, `A:C`,
   * `2:4`, `A2:C`). A range must lie inside the sheet's rows and columns.
   */
  getRange(...args: unknown[]): Range {
    const [first, column, numRows = 1, numColumns = 1] = args;
    if (typeof first === 'string' && args.length === 1) {
      const parsed = parseA1(first, this.state.maxRows, this.state.maxColumns);
      if (parsed === undefined) throw serviceError(this.ctx, 'Range not found');
      const { open, ...grid } = parsed;
      return this._range(grid, open);
    }
    if (!isWhole(first) || !isWhole(column) || !isWhole(numRows) || !isWhole(numColumns) || args.length > 4) {
      throw signatureError(this.ctx, 'SpreadsheetApp.Sheet.getRange', args);
    }
    return this._range({ row: first, column, numRows, numColumns });
  }

  /** The range from A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    const numRows = Math.max(1, lastDataRow(this.state));
    const numColumns = Math.max(1, lastDataColumn(this.state));
    return this._range({ row: 1, column: 1, numRows, numColumns });
  }

  /** Freezes the first `rows` rows (0 unfreezes). */
  setFrozenRows(rows: number): void {
    if (!isWhole(rows) || rows < 0 || rows >= this.state.maxRows) {
      throw serviceError(this.ctx, `Invalid argument: rows`);
    }
    this.state.frozenRows = rows;
  }

  /** How many rows are frozen. */
  getFrozenRows(): number {
    return this.state.frozenRows;
  }

  /** Sets a column's width in pixels. */
  setColumnWidth(columnPosition: number, width: number): Sheet {
    if (!isWhole(columnPosition) || columnPosition < 1 || columnPosition > this.state.maxColumns) {
      throw serviceError(this.ctx, 'Those columns are out of bounds.');
    }
    this.state.columnWidths[columnPosition] = Number(width);
    return this;
  }

  /** The sheet's conditional-format rules, in order, as new rule objects. */
  getConditionalFormatRules(): ConditionalFormatRule[] {
    const rules = this.state.conditionalRules.map(
      (rule) => new ConditionalFormatRule(this.ctx, copyConditionalRule(rule)),
    );
    return contextArray(this.ctx.realm, rules);
  }

  /** Replaces all of the sheet's conditional-format rules. */
  setConditionalFormatRules(rules: unknown): void {
    const data = isArray(rules) ? rules.map(conditionalRuleOf) : undefined;
    if (data === undefined || data.some((rule) => rule === undefined)) {
      throw signatureError(this.ctx, 'SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    }
    this.state.conditionalRules = data.map((rule) => copyConditionalRule(rule as NonNullable<typeof rule>));
  }

  /** The sheet's range protections (`ProtectionType.RANGE`); the host keeps no sheet-wide ones. */
  getProtections(type: unknown): Protection[] {
    if (type !== 'RANGE' && type !== 'SHEET') {
      throw signatureError(this.ctx, 'SpreadsheetApp.Sheet.getProtections', [type]);
    }
    const entries = type === 'RANGE' ? this.state.protections : [];
    return contextArray(
      this.ctx.realm,
      entries.map((entry) => new Protection(this.ctx, entry)),
    );
  }

  /** A range after Apps Script's argument and bounds checks, with its messages. */
  private _range(grid: GridRange, open?: OpenBound): Range {
    const fail = (message: string) => serviceError(this.ctx, message);
    if (grid.row < 1) throw fail('The starting row of the range is too small.');
    if (grid.column < 1) throw fail('The starting column of the range is too small.');
    if (grid.numRows < 1) throw fail('The number of rows in the range must be at least 1.');
    if (grid.numColumns < 1) throw fail('The number of columns in the range must be at least 1.');
    if (
      grid.row + grid.numRows - 1 > this.state.maxRows ||
      grid.column + grid.numColumns - 1 > this.state.maxColumns
    ) {
      throw fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this.ctx, this.book, this.state, grid, open);
  }

  /** The position and count checks shared by the two inserts. */
  private _checkInsert(after: unknown, howMany: unknown, max: number, what: 'rows' | 'columns'): void {
    if (!isWhole(after) || !isWhole(howMany)) {
      throw signatureError(
        this.ctx,
        `SpreadsheetApp.Sheet.insert${what === 'rows' ? 'Rows' : 'Columns'}After`,
        [after, howMany],
      );
    }
    if (after < 1 || after > max) throw serviceError(this.ctx, `Those ${what} are out of bounds.`);
    if (howMany < 1) throw serviceError(this.ctx, 'Invalid argument: howMany');
  }
}
