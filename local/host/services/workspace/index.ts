import type { ServiceContext } from '../../service-context.js';
import { DocsDocuments } from './docs-documents.js';
import { DriveFiles } from './drive-files.js';
import { DrivePermissions } from './drive-permissions.js';
import { MailAppService } from './mail.js';
import { ScriptAppService } from './script-app.js';
import { createScriptEnums } from './script-enums.js';

/**
 * Drive (v3), Docs (v1), MailApp and ScriptApp for one execution. The advanced services exist
 * only when the manifest enables them (`state.advancedServices`): otherwise the global is not
 * defined at all, as in Apps Script, and `typeof Drive === 'undefined'`.
 */
export function createWorkspaceServices(ctx: ServiceContext): Record<string, unknown> {
  const globals: Record<string, unknown> = {
    MailApp: new MailAppService(ctx),
    ScriptApp: new ScriptAppService(ctx, createScriptEnums(ctx.realm)),
  };
  if (ctx.state.advancedServices.includes('Drive')) {
    globals.Drive = { Files: new DriveFiles(ctx), Permissions: new DrivePermissions(ctx) };
  }
  if (ctx.state.advancedServices.includes('Docs')) {
    globals.Docs = { Documents: new DocsDocuments(ctx) };
  }
  return globals;
}
