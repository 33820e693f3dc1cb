import { WITHHELD_GLOBALS } from './runtime-globals';
/**
 * Facts about the running environment, for the diagnostics: what the runtime offers, which scopes
 * the user granted, whether the advanced services are on. Each probe answers instead of throwing,
 * so one missing piece never hides the others.
 */

/** Which of the withheld globals this runtime has after all. */
export function presentGlobals(): string[] {
  const scope = globalThisOf_();
  return WITHHELD_GLOBALS.filter((name) => typeof scope[name] !== 'undefined');
}

function globalThisOf_(): Record<string, unknown> {
  // `Function('return this')` reaches the global object in every ES2019 runtime, `globalThis` or not.
  return Function('return this')() as Record<string, unknown>;
}

/**
 * The wall-clock hour `Intl` gives for an instant in a time zone, or null when the runtime has no
 * data for that zone: the tracker's day arithmetic (src/gas/dates.ts) relies on it.
 */
export function intlWallHour(timeZone: string, instant: Date): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour: 'numeric',
      hour12: false,
    }).formatToParts(instant);
    const hour = Number(parts.find((part) => part.type === 'hour')?.value);
    return Number.isFinite(hour) ? hour % 24 : null;
  } catch (_) {
    return null;
  }
}

/** The script's own time zone (the manifest's), or null when Apps Script will not say. */
export function scriptTimeZone(): string | null {
  try {
    return Session.getScriptTimeZone() || null;
  } catch (_) {
    return null;
  }
}

/** The scopes the user granted this script, or null when Apps Script will not say. */
export function authorizedScopes(): string[] | null {
  const info = ScriptApp.getAuthorizationInfo(
    ScriptApp.AuthMode.FULL,
  ) as GoogleAppsScript.Script.AuthorizationInfo & {
    // Documented by Google, not yet in @types/google-apps-script.
    getAuthorizedScopes?: () => string[] | null;
  };
  return typeof info.getAuthorizedScopes === 'function' ? info.getAuthorizedScopes() : null;
}

/** Whether the Drive v3 and Docs v1 advanced services are enabled (v2 Drive has no `create`). */
export function advancedServices(): { driveV3: boolean; docsV1: boolean } {
  const drive = typeof Drive === 'undefined' ? undefined : (Drive as { Files?: { create?: unknown } });
  const docs = typeof Docs === 'undefined' ? undefined : (Docs as { Documents?: { batchUpdate?: unknown } });
  return {
    driveV3: typeof drive?.Files?.create === 'function',
    docsV1: typeof docs?.Documents?.batchUpdate === 'function',
  };
}

/** What a run can see of the document around it (a time-driven run of an add-on may see none). */
export interface RunContextFacts {
  activeSpreadsheet: boolean;
  documentProperties: boolean;
  documentLock: boolean;
}

/** Whether this run sees an active spreadsheet, document properties and a document lock. */
export function runContextFacts(): RunContextFacts {
  const seen = (read: () => unknown): boolean => {
    try {
      const value = read();
      return value !== null && value !== undefined;
    } catch (_) {
      return false;
    }
  };
  return {
    activeSpreadsheet: seen(() => SpreadsheetApp.getActiveSpreadsheet()),
    documentProperties: seen(() => PropertiesService.getDocumentProperties()),
    documentLock: seen(() => LockService.getDocumentLock()),
  };
}
