import { join } from 'node:path';

/** The marker in `state/meta.json` that makes a folder a Launch Desk workspace. */
export const WORKSPACE_FORMAT = 'launch-desk-workspace';

/** The on-disk layout version this code reads and writes. */
export const WORKSPACE_VERSION = 1;

/** Where each part of a workspace lives, relative to nothing: every path is absolute. */
export interface WorkspaceLayout {
  readonly dir: string;
  readonly tracker: string;
  /** The tracker as it was before the last flush replaced it: the fix for a broken tracker. */
  readonly trackerPrevious: string;
  readonly drive: string;
  readonly outbox: string;
  readonly stateDir: string;
  readonly meta: string;
  readonly properties: string;
  readonly triggers: string;
  readonly mail: string;
  readonly driveManifest: string;
  readonly sheetMeta: string;
  readonly lock: string;
}

/** The paths of the workspace in `dir`. */
export function workspaceLayout(dir: string): WorkspaceLayout {
  const stateDir = join(dir, 'state');
  return {
    dir,
    tracker: join(dir, 'tracker.xlsx'),
    trackerPrevious: join(stateDir, 'tracker.previous.xlsx'),
    drive: join(dir, 'drive'),
    outbox: join(dir, 'outbox'),
    stateDir,
    meta: join(stateDir, 'meta.json'),
    properties: join(stateDir, 'properties.json'),
    triggers: join(stateDir, 'triggers.json'),
    mail: join(stateDir, 'mail.json'),
    driveManifest: join(stateDir, 'drive.json'),
    sheetMeta: join(stateDir, 'sheet-meta.json'),
    lock: join(stateDir, 'workspace.lock'),
  };
}
