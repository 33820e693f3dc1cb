import { isArray } from '../../realm.js';
import { counted, type ServiceContext } from '../../service-context.js';
import type { ConditionalRule, GridRange, ValidationRule } from '../../state.js';
import { serviceError, signatureError } from './errors.js';
import { rangeHandle } from './range-handle.js';

/**
 * `SpreadsheetApp.newDataValidation()` and `newConditionalFormatRule()`: builders whose
 * `build()` gives an opaque rule object. The rule's data is kept in a WeakMap so the sheet and
 * range services can read what they are handed, and nothing else passes for a rule.
 */

const validations = new WeakMap<object, ValidationRule>();
const conditionalRules = new WeakMap<object, ConditionalRule>();

/** A built data validation, as `Range.setDataValidation` takes it. */
export class DataValidation {
  constructor(ctx: ServiceContext, rule: ValidationRule) {
    validations.set(this, rule);
    counted(ctx, 'DataValidation', this);
  }
}

/** The rule behind a DataValidation object, or undefined when it is not one. */
export function validationRuleOf(value: unknown): ValidationRule | undefined {
  return typeof value === 'object' && value !== null ? validations.get(value) : undefined;
}

/** `SpreadsheetApp.newDataValidation()`: checkbox and list rules. */
export class DataValidationBuilder {
  private criteria: { kind: 'checkbox' } | { kind: 'list'; values: string[] } | undefined;
  private allowInvalid = true;

  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'DataValidationBuilder', this);
  }

  /** Cells must be checkboxes (true/false). */
  requireCheckbox(): DataValidationBuilder {
    this.criteria = { kind: 'checkbox' };
    return this;
  }

  /** Cells must hold one of `values`; the dropdown flag is accepted and not kept. */
  requireValueInList(values: unknown, _showDropdown?: boolean): DataValidationBuilder {
    if (!isArray(values)) {
      throw signatureError(this.ctx, 'SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    }
    this.criteria = { kind: 'list', values: values.map(String) };
    return this;
  }

  /** Whether input that fails the rule is kept (with a warning) rather than rejected. */
  setAllowInvalid(allowInvalid: boolean): DataValidationBuilder {
    this.allowInvalid = Boolean(allowInvalid);
    return this;
  }

  /** The rule; building without criteria fails, as in Apps Script. */
  build(): DataValidation {
    const criteria = this.criteria;
    if (criteria === undefined) throw serviceError(this.ctx, 'The data validation rule has no criteria set.');
    const rule: ValidationRule =
      criteria.kind === 'checkbox'
        ? { kind: 'checkbox' }
        : { kind: 'list', values: [...criteria.values], allowInvalid: this.allowInvalid };
    return new DataValidation(this.ctx, rule);
  }
}

/** A built conditional-format rule, as `Sheet.setConditionalFormatRules` takes it. */
export class ConditionalFormatRule {
  constructor(ctx: ServiceContext, rule: ConditionalRule) {
    conditionalRules.set(this, rule);
    counted(ctx, 'ConditionalFormatRule', this);
  }
}

/** The data behind a ConditionalFormatRule object, or undefined when it is not one. */
export function conditionalRuleOf(value: unknown): ConditionalRule | undefined {
  return typeof value === 'object' && value !== null ? conditionalRules.get(value) : undefined;
}

/** A deep copy, so a rule object and the sheet never share mutable ranges. */
export function copyConditionalRule(rule: ConditionalRule): ConditionalRule {
  return { ...rule, ranges: rule.ranges.map((range) => ({ ...range })) };
}

/** `SpreadsheetApp.newConditionalFormatRule()`: text-equals or custom-formula rules with colours. */
export class ConditionalFormatRuleBuilder {
  private rule: ConditionalRule = { ranges: [] };

  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'ConditionalFormatRuleBuilder', this);
  }

  /** Fires when the cell's text equals `text`. */
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    const { formula: _formula, ...rest } = this.rule;
    this.rule = { ...rest, whenTextEqualTo: String(text) };
    return this;
  }

  /** Fires when this custom formula is true (kept as text: the host does not evaluate it). */
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    const { whenTextEqualTo: _text, ...rest } = this.rule;
    this.rule = { ...rest, formula: String(formula) };
    return this;
  }

  /** The background colour when the rule fires; null clears it. */
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    const { background: _old, ...rest } = this.rule;
    this.rule = color === null || color === undefined ? rest : { ...rest, background: String(color) };
    return this;
  }

  /** The font colour when the rule fires; null clears it. */
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    const { fontColor: _old, ...rest } = this.rule;
    this.rule = color === null || color === undefined ? rest : { ...rest, fontColor: String(color) };
    return this;
  }

  /** The ranges the rule applies to (Range objects of this spreadsheet). */
  setRanges(ranges: unknown): ConditionalFormatRuleBuilder {
    const grids: GridRange[] = [];
    for (const range of isArray(ranges) ? ranges : [undefined]) {
      const handle = rangeHandle(range);
      if (handle === undefined) {
        throw signatureError(this.ctx, 'SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
      }
      grids.push({ ...handle.grid });
    }
    this.rule = { ...this.rule, ranges: grids };
    return this;
  }

  /** The rule, with a copy of what was set so far. */
  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(this.ctx, copyConditionalRule(this.rule));
  }
}
