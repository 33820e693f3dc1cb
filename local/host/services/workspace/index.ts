import type { ServiceContext } from '../../service-context.js';

/** Drive (v3), Docs (v1), MailApp and ScriptApp. */
export function createWorkspaceServices(_ctx: ServiceContext): Record<string, unknown> {
  return {};
}
