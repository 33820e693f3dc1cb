import { SCOPE } from '../../scopes.js';
import { counted, type ServiceContext } from '../../service-context.js';
import { requireAuthorization, SPREADSHEET_SCOPES } from './auth-guard.js';
import { serviceError } from './errors.js';
import { applyPendingWrites } from './pending-writes.js';
import { Spreadsheet } from './spreadsheet.js';
import { Ui } from './ui.js';
import { ConditionalFormatRuleBuilder, DataValidationBuilder } from './validation-builders.js';

/**
 * `SpreadsheetApp`: the bound spreadsheet, its UI and the rule builders. In a time-driven run
 * (`runContext` 'trigger') an editor add-on has no document open: `getActiveSpreadsheet()` and
 * `getActive()` return null, and the code opens its spreadsheet with `openById`.
 */
export class SpreadsheetApp {
  /** Kinds of protection; the host uses their names as values. */
  readonly ProtectionType: { RANGE: string; SHEET: string };
  private spreadsheet: Spreadsheet | undefined;
  private ui: Ui | undefined;

  constructor(private readonly ctx: ServiceContext) {
    this.ProtectionType = ctx.realm.import({ RANGE: 'RANGE', SHEET: 'SHEET' });
    // A new execution: whatever earlier ones wrote is applied.
    applyPendingWrites(ctx.state);
    counted(ctx, 'SpreadsheetApp', this);
  }

  /** The spreadsheet the add-on is bound to, null in a time-driven run; refused in AuthMode.NONE. */
  getActiveSpreadsheet(): Spreadsheet | null {
    return this._active('SpreadsheetApp.getActiveSpreadsheet');
  }

  /** Same as `getActiveSpreadsheet()`. */
  getActive(): Spreadsheet | null {
    return this._active('SpreadsheetApp.getActive');
  }

  /**
   * A spreadsheet by its id: needs the full `spreadsheets` scope granted, and refuses an id the
   * user cannot open (the workspace holds one spreadsheet) with Apps Script's own message.
   */
  openById(id: unknown): Spreadsheet {
    const method = 'SpreadsheetApp.openById';
    requireAuthorization(this.ctx, method, [SCOPE.spreadsheets]);
    if (!this.ctx.state.grantedScopes.includes(SCOPE.spreadsheets)) {
      throw serviceError(
        this.ctx,
        `You do not have permission to call ${method}. Required permissions: ${SCOPE.spreadsheets}`,
      );
    }
    if (typeof id !== 'string' || id !== this.ctx.state.spreadsheet.id) {
      throw serviceError(
        this.ctx,
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return this._spreadsheet(method);
  }

  /**
   * The spreadsheet's UI: menus work in every auth mode, but a time-driven run has no editor
   * open, and Apps Script refuses the call there with this message.
   */
  getUi(): Ui {
    if (this.ctx.runContext === 'trigger')
      throw serviceError(this.ctx, 'Cannot call SpreadsheetApp.getUi() from this context.');
    this.ui ??= new Ui(this.ctx);
    return this.ui;
  }

  /** Applies pending changes: other executions see them from now on, and a kill keeps them. */
  flush(): void {
    applyPendingWrites(this.ctx.state);
  }

  /** A builder for data-validation rules. */
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx);
  }

  /** A builder for conditional-format rules. */
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx);
  }

  private _active(method: string): Spreadsheet | null {
    requireAuthorization(this.ctx, method, SPREADSHEET_SCOPES);
    return this.ctx.runContext === 'trigger' ? null : this._spreadsheet(method);
  }

  private _spreadsheet(method: string): Spreadsheet {
    requireAuthorization(this.ctx, method, SPREADSHEET_SCOPES);
    this.spreadsheet ??= new Spreadsheet(this.ctx, this.ctx.state.spreadsheet);
    return this.spreadsheet;
  }
}
