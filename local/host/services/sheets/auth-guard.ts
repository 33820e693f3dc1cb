import type { ServiceContext } from '../../service-context.js';
import { serviceError } from './errors.js';

/** The scope Apps Script names when the spreadsheet is out of reach. */
export const SPREADSHEET_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/spreadsheets',
];

/** The scope behind dialogs and sidebars. */
export const CONTAINER_UI_SCOPES = ['https://www.googleapis.com/auth/script.container.ui'];

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
