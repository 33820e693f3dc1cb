import { counted, type ServiceContext } from '../../service-context.js';
import { requireAuthorization, SPREADSHEET_SCOPES } from './auth-guard.js';
import { Spreadsheet } from './spreadsheet.js';
import { Ui } from './ui.js';
import { ConditionalFormatRuleBuilder, DataValidationBuilder } from './validation-builders.js';

/** `SpreadsheetApp`: the bound spreadsheet, its UI and the rule builders. */
export class SpreadsheetApp {
  /** Kinds of protection; the host uses their names as values. */
  readonly ProtectionType: { RANGE: string; SHEET: string };
  private spreadsheet: Spreadsheet | undefined;
  private ui: Ui | undefined;

  constructor(private readonly ctx: ServiceContext) {
    this.ProtectionType = ctx.realm.import({ RANGE: 'RANGE', SHEET: 'SHEET' });
    counted(ctx, 'SpreadsheetApp', this);
  }

  /** The spreadsheet the add-on is bound to; refused in AuthMode.NONE. */
  getActiveSpreadsheet(): Spreadsheet {
    return this._spreadsheet('SpreadsheetApp.getActiveSpreadsheet');
  }

  /** Same as `getActiveSpreadsheet()`. */
  getActive(): Spreadsheet {
    return this._spreadsheet('SpreadsheetApp.getActive');
  }

  /** The spreadsheet's UI: menus work in every auth mode. */
  getUi(): Ui {
    this.ui ??= new Ui(this.ctx);
    return this.ui;
  }

  /** Applies pending changes; the host writes at once, so there is nothing to do. */
  flush(): void {}

  /** A builder for data-validation rules. */
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx);
  }

  /** A builder for conditional-format rules. */
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx);
  }

  private _spreadsheet(method: string): Spreadsheet {
    requireAuthorization(this.ctx, method, SPREADSHEET_SCOPES);
    this.spreadsheet ??= new Spreadsheet(this.ctx, this.ctx.state.spreadsheet);
    return this.spreadsheet;
  }
}
