import { SCOPE } from '../../scopes.js';
import type { ServiceContext } from '../../service-context.js';
import { serviceError } from './errors.js';

/** The scopes Apps Script names, either of them, when the spreadsheet is out of reach. */
export const SPREADSHEET_SCOPES = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];

/**
 * Refuses a call that needs authorization when the execution runs in `AuthMode.NONE`.
 *
 * An add-on's `onOpen` runs in NONE for a user who installed it elsewhere but never used it in
 * this document: there it may build its menu and nothing else. Apps Script then throws a
 * permission error naming the method; every entry point that reaches the user's data (the
 * spreadsheet, properties, locks, the user's identity, dialogs) calls this guard first, so the
 * host refuses exactly where Apps Script would. Pure helpers (Utilities, HtmlService, Logger,
 * menu building) never call it.
 */
export function requireAuthorization(
  ctx: ServiceContext,
  method: string,
  scopes: readonly string[] = [],
): void {
  if (ctx.authMode !== 'NONE') return;
  const required =
    scopes.length === 0
      ? ''
      : ` Required permissions: ${scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`}`;
  throw serviceError(ctx, `You do not have permission to call ${method}.${required}`);
}
