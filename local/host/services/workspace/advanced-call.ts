import { SCOPE } from '../../scopes.js';
import type { ServiceContext } from '../../service-context.js';
import { requireAccess } from './access.js';
import { ApiFailure, apiError } from './errors.js';

/**
 * Runs one method of the Drive or Docs advanced service: refuses it without FULL authorization
 * and the `drive.file` scope (the Docs API accepts `drive.file` for files the app created), then
 * turns an ApiFailure into the GoogleJsonResponseException Apps Script throws, e.g.
 * `API call to drive.files.get failed with error: File not found: ID.`
 *
 * @param call the Apps Script name, `Drive.Files.get`, for permission errors
 * @param api the REST method, `drive.files.get`, for API errors
 */
export function advancedCall<T>(ctx: ServiceContext, call: string, api: string, run: () => T): T {
  requireAccess(ctx, call, SCOPE.driveFile);
  try {
    return run();
  } catch (caught) {
    if (caught instanceof ApiFailure) throw apiError(ctx, api, caught.code, caught.message, caught.reason);
    throw caught;
  }
}
