import { mkdir, readdir } from 'node:fs/promises';
import { type NewStateOptions, newWorkspaceState } from '../host/new-state.js';
import { isNotFound } from './atomic-write.js';
import { emptyDriveManifest } from './drive-disk.js';
import { WorkspaceError } from './errors.js';
import { workspaceLayout } from './layout.js';
import { writeWorkspaceState } from './workspace-files.js';
import { readWorkspaceMeta } from './workspace-meta.js';

/**
 * Makes a workspace in `dir`: tracker.xlsx (one empty sheet, as a new spreadsheet has), drive/,
 * outbox/ and state/. An existing workspace is left as it is (init twice is harmless); a folder
 * holding anything else is refused, so nobody's files are mixed into a workspace.
 */
export async function createWorkspace(dir: string, options: NewStateOptions = {}): Promise<void> {
  const layout = workspaceLayout(dir);
  const entries = await readdir(dir).catch((error: unknown) => {
    if (isNotFound(error)) return [] as string[];
    throw error;
  });
  if (entries.length > 0) {
    const meta = await readWorkspaceMeta(layout).catch(() => undefined);
    if (meta !== undefined) return;
    throw new WorkspaceError(
      'not-empty',
      `${dir} already holds files and is not a Launch Desk workspace. Choose an empty or new folder.`,
      dir,
    );
  }
  await Promise.all(
    [layout.stateDir, layout.drive, layout.outbox].map((path) => mkdir(path, { recursive: true })),
  );
  const state = newWorkspaceState(options);
  await writeWorkspaceState(layout, state, {
    createdAt: new Date().toISOString(),
    spreadsheetChanged: true,
    drive: emptyDriveManifest(),
    driveBaseline: new Map(),
    delivered: new Set(),
    uncertain: new Set(),
  });
}
