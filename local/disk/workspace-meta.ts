import { stat } from 'node:fs/promises';
import type { WorkspaceState } from '../host/state.js';
import { isNotFound, readJsonFile } from './atomic-write.js';
import { WorkspaceError } from './errors.js';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type WorkspaceLayout } from './layout.js';
import { checkStateFile } from './state-shapes.js';

/** `state/meta.json`: what makes a folder a workspace, and the account it stands for. */
export interface WorkspaceMeta {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  createdAt: string;
  user: WorkspaceState['user'];
  grantedScopes: string[];
  advancedServices: string[];
  nextId: number;
  dailyMailQuota: number;
}

/** The meta of a workspace's state, for writing. */
export function metaOf(state: WorkspaceState, createdAt: string): WorkspaceMeta {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    createdAt,
    user: state.user,
    grantedScopes: state.grantedScopes,
    advancedServices: state.advancedServices,
    nextId: state.nextId,
    dailyMailQuota: state.mail.dailyQuota,
  };
}

/**
 * Reads `state/meta.json` and refuses, with the fix, a folder that is missing, not a workspace,
 * or written by a newer Launch Desk.
 */
export async function readWorkspaceMeta(layout: WorkspaceLayout): Promise<WorkspaceMeta> {
  const init = `Run \`launch-desk init --dir ${layout.dir}\` to make one.`;
  const info = await stat(layout.dir).catch((error: unknown) => {
    if (isNotFound(error)) return undefined;
    throw error;
  });
  if (info === undefined || !info.isDirectory()) {
    throw new WorkspaceError(
      'not-found',
      `There is no workspace folder at ${layout.dir}. ${init}`,
      layout.dir,
    );
  }
  let json: unknown;
  try {
    json = await readJsonFile(layout.meta);
  } catch (error) {
    throw new WorkspaceError(
      'broken-file',
      `${layout.meta} is not valid JSON. Restore it from a backup; nothing was changed.`,
      layout.meta,
      { cause: error },
    );
  }
  const meta = json as Partial<WorkspaceMeta> | undefined;
  if (meta?.format !== WORKSPACE_FORMAT) {
    throw new WorkspaceError(
      'not-a-workspace',
      `${layout.dir} is not a Launch Desk workspace (no state/meta.json). ${init}`,
      layout.dir,
    );
  }
  if (meta.version !== WORKSPACE_VERSION) {
    throw new WorkspaceError(
      'unsupported-version',
      `${layout.dir} was written by another Launch Desk version (layout ${String(meta.version)}, this one reads ${WORKSPACE_VERSION}). Use that version, or init a new workspace.`,
      layout.meta,
    );
  }
  checkStateFile('meta', meta, layout.meta);
  return meta as WorkspaceMeta;
}
