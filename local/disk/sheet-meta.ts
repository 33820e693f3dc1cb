import type { ProtectionState, SpreadsheetState } from '../host/state.js';
import type { AspectFingerprints, SheetAspects } from './sheet-aspects.js';

/**
 * `state/sheet-meta.json`: what tracker.xlsx cannot hold. Per sheet (keyed by the sheet's name):
 * its id and grid size, its range protections (xlsx protects whole sheets only and has no
 * "warning only"), and the exact formatting aspects with a fingerprint of what the file held for
 * each. On load an aspect the file still holds unchanged is restored exactly from here; one a
 * person changed in the file is read from the file.
 */
export interface SheetMetaFile {
  version: 1;
  spreadsheet: Pick<SpreadsheetState, 'id' | 'name' | 'timeZone' | 'locale'>;
  sheets: Record<string, SheetMeta>;
}

/** The sidecar entry of one sheet. */
export interface SheetMeta {
  sheetId: number;
  /** The worksheet's name in the file, when xlsx could not take the sheet's own (31 characters, no []:*?/\). */
  xlsxName: string;
  maxRows: number;
  maxColumns: number;
  protections: ProtectionState[];
  aspects: SheetAspects;
  written: AspectFingerprints;
}

/** Reads the sidecar's JSON, tolerating a missing or foreign file (then every aspect comes from xlsx). */
export function parseSheetMeta(json: unknown): SheetMetaFile | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const file = json as Partial<SheetMetaFile>;
  if (file.version !== 1 || typeof file.sheets !== 'object' || file.spreadsheet === undefined)
    return undefined;
  return file as SheetMetaFile;
}
