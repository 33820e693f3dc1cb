import type { ConditionalFormattingRule, DataValidation } from 'exceljs';
import type { ConditionalRule, GridRange, SheetState } from '../host/state.js';
import { collapseCells } from './cell-grid.js';
import { contentHash } from './hash.js';
import { charactersToPixels, conditionalFromXlsx, validationFromXlsx } from './xlsx-rules.js';

/**
 * What one worksheet of tracker.xlsx holds besides its values, in xlsx's own terms: the writer
 * records it as it writes, the reader extracts it from the file. Cells are `cellKey` numbers.
 */
export interface XlsxSheetExtras {
  frozenRows: number;
  /** Width in characters by 1-based column. */
  columnWidths: Map<number, number>;
  /** The cells of each number format (other than General). */
  numberFormatCells: Map<string, number[]>;
  boldCells: number[];
  validations: Array<{ cells: number[]; validation: DataValidation }>;
  conditionals: Array<{ ranges: GridRange[]; rule: ConditionalFormattingRule }>;
}

/** The parts of a SheetState that live in xlsx formatting rather than in cell values. */
export type SheetAspects = Pick<
  SheetState,
  'frozenRows' | 'columnWidths' | 'numberFormats' | 'boldRanges' | 'validations' | 'conditionalRules'
>;

/** The aspect names, in a fixed order. */
export const ASPECTS = [
  'frozenRows',
  'columnWidths',
  'numberFormats',
  'boldRanges',
  'validations',
  'conditionalRules',
] as const satisfies ReadonlyArray<keyof SheetAspects>;

/** One fingerprint per aspect. */
export type AspectFingerprints = Record<keyof SheetAspects, string>;

const byPosition = (a: { range: GridRange }, b: { range: GridRange }): number =>
  a.range.row - b.range.row || a.range.column - b.range.column;

/**
 * The state's view of a worksheet's formatting. The same function reads what the writer wrote
 * and what the file holds, so the two agree exactly when nobody changed that part of the file.
 */
export function deriveAspects(extras: XlsxSheetExtras): SheetAspects {
  const columnWidths: Record<number, number> = {};
  for (const [column, width] of [...extras.columnWidths].sort((a, b) => a[0] - b[0])) {
    columnWidths[column] = charactersToPixels(width);
  }
  const numberFormats = [...extras.numberFormatCells]
    .flatMap(([format, cells]) => collapseCells(cells).map((range) => ({ range, format })))
    .sort(byPosition);
  const validations = extras.validations
    .flatMap(({ cells, validation }) => {
      const rule = validationFromXlsx(validation);
      return rule === undefined ? [] : collapseCells(cells).map((range) => ({ range, rule }));
    })
    .sort(byPosition);
  const conditionalRules = extras.conditionals
    .slice()
    .sort((a, b) => a.rule.priority - b.rule.priority)
    .map(({ ranges, rule }) => conditionalFromXlsx(rule, ranges))
    .filter((rule): rule is ConditionalRule => rule !== undefined);
  return {
    frozenRows: extras.frozenRows,
    columnWidths,
    numberFormats,
    boldRanges: collapseCells(extras.boldCells),
    validations,
    conditionalRules,
  };
}

/** A fingerprint of each aspect, to tell later whether the file still holds what we wrote. */
export function fingerprintAspects(aspects: SheetAspects): AspectFingerprints {
  const out = {} as AspectFingerprints;
  for (const name of ASPECTS) out[name] = contentHash(JSON.stringify(aspects[name]));
  return out;
}
