import type { ServiceContext } from '../../service-context.js';
import { serviceError } from './errors.js';

/**
 * Refuses a call the execution may not make: Drive, Docs, mail and triggers need FULL
 * authorization (an add-on's `onOpen` in NONE or LIMITED may only build its menu), and with
 * granular consent a user may have granted only some of the manifest's scopes. Apps Script then
 * throws `You do not have permission to call X. Required permissions: SCOPE`, the same text the
 * sheets services use.
 */
export function requireAccess(ctx: ServiceContext, call: string, scope: string): void {
  if (ctx.authMode === 'FULL' && ctx.state.grantedScopes.includes(scope)) return;
  throw serviceError(ctx, `You do not have permission to call ${call}. Required permissions: ${scope}`);
}
