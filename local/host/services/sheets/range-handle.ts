import type { GridRange, SheetState } from '../../state.js';

/** Where a Range object points: its sheet and its cells. */
export interface RangeHandle {
  readonly sheet: SheetState;
  readonly grid: GridRange;
}

/**
 * Ranges come back from the bundle as arguments (`ConditionalFormatRuleBuilder.setRanges`).
 * This registry lets any service read where a Range points without importing the Range class,
 * and ignores look-alike objects the bundle might build itself.
 */
const handles = new WeakMap<object, RangeHandle>();

/** Records where a Range object points. */
export function registerRange(range: object, handle: RangeHandle): void {
  handles.set(range, handle);
}

/** Where a Range object points, or undefined when it is not one of ours. */
export function rangeHandle(value: unknown): RangeHandle | undefined {
  return typeof value === 'object' && value !== null ? handles.get(value) : undefined;
}
