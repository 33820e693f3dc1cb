import type { ServiceContext } from '../../service-context.js';

/**
 * How the advanced services fail: Apps Script wraps the REST error in a
 * `GoogleJsonResponseException` whose message is `API call to drive.files.get failed with error:
 * File not found: ID.` and whose `details` carry the HTTP code. The bundle sees a context `Error`
 * with that name, so `e instanceof Error`, `e.name` and `String(e)` read as in Apps Script.
 */
export function apiError(
  ctx: ServiceContext,
  method: string,
  code: number,
  message: string,
  reason = reasonFor(code),
): Error {
  const error = ctx.realm.error(`API call to ${method} failed with error: ${message}`);
  Object.defineProperty(error, 'name', {
    value: 'GoogleJsonResponseException',
    configurable: true,
    writable: true,
  });
  (error as Error & { details?: unknown }).details = ctx.realm.import({
    code,
    message,
    errors: [{ domain: 'global', reason, message }],
  });
  return error;
}

function reasonFor(code: number): string {
  switch (code) {
    case 400:
      return 'badRequest';
    case 403:
      return 'forbidden';
    case 404:
      return 'notFound';
    default:
      return 'backendError';
  }
}

/** A built-in service's plain exception (MailApp, ScriptApp): a context `Error` with Apps Script's text. */
export function serviceError(ctx: ServiceContext, message: string): Error {
  return ctx.realm.error(message);
}

/**
 * A failure inside an advanced-service method, with the HTTP code and message the REST API
 * gives; `advancedCall` turns it into the GoogleJsonResponseException above.
 */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly code = 400,
    /** The REST error's `reason` when it is more precise than the code's (`invalidSharingRequest`). */
    readonly reason?: string,
  ) {
    super(message);
  }
}
