import { readdir } from 'node:fs/promises';
import { errorMessage } from '../../src/shared/error-message.js';
import { type NewStateOptions, newWorkspaceState } from '../host/new-state.js';
import { isNotFound } from './atomic-write.js';
import { emptyDriveManifest } from './drive-disk.js';
import { WorkspaceError } from './errors.js';
import { workspaceLayout } from './layout.js';
import { makeDirs } from './make-dirs.js';
import { writeWorkspaceState } from './workspace-files.js';
import { readWorkspaceMeta } from './workspace-meta.js';

/**
 * Makes a workspace in `dir`: tracker.xlsx (one empty sheet, as a new spreadsheet has), drive/,
 * outbox/ and state/. An existing workspace is left as it is (init twice is harmless); a folder
 * holding anything else is refused, so nobody's files are mixed into a workspace.
 */
export async function createWorkspace(dir: string, options: NewStateOptions = {}): Promise<void> {
  const layout = workspaceLayout(dir);
  try {
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
    for (const path of [layout.stateDir, layout.drive, layout.outbox]) await makeDirs(path);
    const state = newWorkspaceState(options);
    await writeWorkspaceState(layout, state, {
      createdAt: new Date().toISOString(),
      spreadsheetChanged: true,
      drive: emptyDriveManifest(),
      driveBaseline: new Map(),
      delivered: new Set(),
      uncertain: new Set(),
    });
  } catch (error) {
    throw notWritable(dir, error);
  }
}

/** Why the system refused a folder, in words a person can act on. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  // A parent that exists but cannot hold folders: /proc, /sys, a link to something missing.
  ENOENT: 'a folder on the way cannot hold new folders (a system folder, or a link to something missing)',
};

/** A file-system error while making a workspace, as a WorkspaceError naming the path and reason. */
function notWritable(dir: string, error: unknown): unknown {
  const { code, path } = error as NodeJS.ErrnoException;
  if (error instanceof WorkspaceError || code === undefined) return error;
  const reason = REASONS[code] ?? errorMessage(error);
  return new WorkspaceError(
    'not-writable',
    `Cannot make a workspace in ${dir}${path && path !== dir ? ` (at ${path})` : ''}: ${reason} (${code}). Choose a folder you can write to, e.g. --dir ./workspace.`,
    path ?? dir,
    { cause: error },
  );
}
