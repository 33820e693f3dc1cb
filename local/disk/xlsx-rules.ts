import type { ConditionalFormattingRule, DataValidation, Style } from 'exceljs';
import type { ConditionalRule, ValidationRule } from '../host/state.js';

/**
 * How the sheet rules of the state are said in xlsx, and read back. Excel has no checkbox: a
 * checkbox is a list validation offering TRUE and FALSE, so a person ticking Done in LibreOffice
 * or Excel picks TRUE from the drop-down (or types it), and we read TRUE back as the boolean.
 */

const CHECKBOX_ITEMS = ['TRUE', 'FALSE'];

/** Excel's limit on an inline list formula (`"a,b,c"`), quotes included. */
const LIST_FORMULA_MAX = 255;

/** The xlsx validation for a state rule, or `undefined` when xlsx cannot say it (kept in the sidecar). */
export function validationToXlsx(rule: ValidationRule): DataValidation | undefined {
  if (rule.kind === 'checkbox') {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(CHECKBOX_ITEMS)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Checkbox',
      error: 'Pick TRUE (ticked) or FALSE from the list.',
    };
  }
  // An inline list cannot hold an item with a comma or a quote, nor be longer than 255 characters.
  if (rule.values.some((value) => value.includes(',') || value.includes('"'))) return undefined;
  const formula = listFormula(rule.values);
  if (formula.length > LIST_FORMULA_MAX) return undefined;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    // Sheets' "show a warning" lets the value in after asking; Excel's warning style does the same.
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
  };
}

function listFormula(items: string[]): string {
  return `"${items.join(',')}"`;
}

/** The state rule of an xlsx validation, or `undefined` for kinds the add-on does not make. */
export function validationFromXlsx(validation: DataValidation): ValidationRule | undefined {
  if (validation.type !== 'list') return undefined;
  const formula = String(validation.formulae?.[0] ?? '');
  // A list drawn from a range of cells (`$H$2:$H$9`) is not something the add-on makes.
  if (!formula.startsWith('"') || !formula.endsWith('"') || formula.length < 2) return undefined;
  const values = formula.slice(1, -1).split(',');
  if (values.length === 2 && values.every((value, i) => value.trim().toUpperCase() === CHECKBOX_ITEMS[i])) {
    return { kind: 'checkbox' };
  }
  const allowInvalid =
    validation.showErrorMessage === false ||
    validation.errorStyle === 'warning' ||
    validation.errorStyle === 'information';
  return { kind: 'list', values, allowInvalid };
}

/**
 * The xlsx rule of a state conditional rule. "Text equal to" becomes `cellIs equal "text"`; a
 * custom formula becomes an `expression` rule (formulas in xlsx have no leading `=`). `undefined`
 * when the rule has neither.
 */
export function conditionalToXlsx(
  rule: ConditionalRule,
  priority: number,
): ConditionalFormattingRule | undefined {
  const style = colourStyle(rule);
  if (rule.whenTextEqualTo !== undefined) {
    return {
      type: 'cellIs',
      operator: 'equal',
      formulae: [`"${rule.whenTextEqualTo.replace(/"/g, '""')}"`],
      style,
      priority,
    };
  }
  if (rule.formula !== undefined) {
    return { type: 'expression', formulae: [rule.formula.replace(/^=/, '')], style, priority };
  }
  return undefined;
}

function colourStyle(rule: ConditionalRule): Partial<Style> {
  const style: Partial<Style> = {};
  const background = hexToArgb(rule.background);
  const font = hexToArgb(rule.fontColor);
  // Conditional-format fills keep their colour in bgColor (a dxf fill), unlike cell fills.
  if (background !== undefined)
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: background } };
  if (font !== undefined) style.font = { color: { argb: font } };
  return style;
}

/** The state rule of an xlsx conditional rule on `ranges`, or `undefined` for kinds we do not model. */
export function conditionalFromXlsx(
  rule: ConditionalFormattingRule,
  ranges: ConditionalRule['ranges'],
): ConditionalRule | undefined {
  const formula = 'formulae' in rule ? String(rule.formulae?.[0] ?? '') : '';
  if (formula === '') return undefined;
  const out: ConditionalRule = { ranges };
  const quoted = /^"((?:[^"]|"")*)"$/.exec(formula);
  if (rule.type === 'cellIs' && rule.operator === 'equal') {
    out.whenTextEqualTo = quoted === null ? formula : (quoted[1] ?? '').replace(/""/g, '"');
  } else {
    // containsText, expression and the like all carry a formula that says when they fire.
    out.formula = `=${formula}`;
  }
  const fill = rule.style?.fill;
  const background =
    fill?.type === 'pattern' ? argbToHex(fill.bgColor?.argb ?? fill.fgColor?.argb) : undefined;
  const fontColor = argbToHex(rule.style?.font?.color?.argb);
  if (background !== undefined) out.background = background;
  if (fontColor !== undefined) out.fontColor = fontColor;
  return out;
}

/** `#abc` or `#aabbcc` as xlsx `FFAABBCC`; named colours are not translated (`undefined`). */
function hexToArgb(colour: string | undefined): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour ?? '');
  if (match === null) return undefined;
  const hex = match[1] ?? '';
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `FF${full.toUpperCase()}`;
}

/** xlsx `FFAABBCC` as `#aabbcc`. */
function argbToHex(argb: string | undefined): string | undefined {
  const match = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb ?? '');
  return match === null ? undefined : `#${(match[1] ?? '').toLowerCase()}`;
}

/**
 * Sheets measures column widths in pixels, xlsx in characters of the default font (7 px a digit
 * plus 5 px of padding; below one character, 12 px a character). Both directions round-trip
 * every whole pixel width.
 */
export function pixelsToCharacters(pixels: number): number {
  return pixels <= 12 ? pixels / 12 : (pixels - 5) / 7;
}

/** The pixel width of an xlsx column width in characters. */
export function charactersToPixels(characters: number): number {
  return Math.round(characters < 1 ? characters * 12 : characters * 7 + 5);
}

/**
 * Whether a number format shows a date or time, exactly as exceljs decides it when reading a
 * number back as a Date: after dropping `[...]` and quoted text, any of `ymdhMsb` is left.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Whether a number format shows 0 and 1 as FALSE and TRUE (LibreOffice's BOOLEAN format). */
export function isBooleanFormat(format: string | undefined): boolean {
  return format !== undefined && /^"TRUE";"TRUE";"FALSE"$|^BOOLEAN$/i.test(format);
}
