import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { errorMessage } from '../../src/shared/error-message.js';
import type { DriveFileState } from '../host/state.js';
import { isNotFound, pathExists } from './atomic-write.js';
import { readDocxBlocks } from './docx-read.js';
import { docToDocx } from './docx-write.js';
import { type PlannedEntry, planDriveTree, STAGING_DIR } from './drive-tree.js';
import { WorkspaceError } from './errors.js';
import { linkOrCopyOp, mkdirOp, renameOp, writeDurable } from './file-ops.js';
import { contentHash } from './hash.js';
import type { Install, Retire } from './save-journal.js';

/** What the last flush put on disk for one Drive file. */
interface DiskEntry {
  kind: 'folder' | 'doc' | 'file';
  /** Under drive/, `/`-separated. */
  path: string;
  /** For documents and files: the bytes' hash, size and time as written, to see a person's edit. */
  bytesHash?: string;
  size?: number;
  mtimeMs?: number;
}

/** `state/drive.json`: Drive's own record of every file, plus where each one lies on disk. */
export interface DriveManifest {
  version: 1;
  files: DriveFileState[];
  disk: Record<string, DiskEntry>;
}

/** An empty Drive: a new workspace. */
export function emptyDriveManifest(): DriveManifest {
  return { version: 1, files: [], disk: {} };
}

/** The manifest's JSON, or an empty Drive when there is none yet. */
export function parseDriveManifest(json: unknown, path: string): DriveManifest {
  if (json === undefined) return emptyDriveManifest();
  const manifest = json as Partial<DriveManifest>;
  if (manifest.version !== 1 || !Array.isArray(manifest.files) || typeof manifest.disk !== 'object') {
    throw new WorkspaceError(
      'broken-file',
      `${path} is not a Launch Desk Drive manifest. Restore it from a backup; nothing was changed.`,
      path,
    );
  }
  return manifest as DriveManifest;
}

/** What a Drive file holds, hashed: the document or the bytes, so a flush rewrites only what changed. */
function sourceHash(file: DriveFileState): string {
  return contentHash(file.doc ? JSON.stringify(file.doc) : (file.contentBase64 ?? ''));
}

/**
 * Brings a person's edits in drive/ back into Drive's record: a .docx changed in Word or
 * LibreOffice becomes the document's new text (the next copy of a master template uses it), a
 * changed file its new bytes, a deleted one goes to Drive's trash. Files are only read when
 * their size or time moved. Returns the hashes the record now has, the baseline for the flush.
 */
export async function loadDriveEdits(
  driveDir: string,
  manifest: DriveManifest,
  now: number,
): Promise<Map<string, string>> {
  await Promise.all(
    manifest.files.map(async (file) => {
      const entry = manifest.disk[file.id];
      if (entry === undefined || entry.kind === 'folder' || file.trashed) return;
      const path = join(driveDir, entry.path);
      const statOf = () =>
        stat(path).catch((error: unknown) => {
          if (isNotFound(error)) return undefined;
          throw error;
        });
      let info = await statOf();
      // A flush that stopped while moving files left this one in staging: put it back first.
      if (info === undefined && (await moveIfPresent(join(driveDir, STAGING_DIR, file.id), path)))
        info = await statOf();
      if (info === undefined) {
        file.trashed = true;
        file.modifiedTime = new Date(now).toISOString();
        return;
      }
      if (info.size === entry.size && info.mtimeMs === entry.mtimeMs) return;
      const bytes = await readFile(path);
      const hash = contentHash(bytes);
      if (hash === entry.bytesHash) return;
      if (entry.kind === 'doc') {
        let blocks: Awaited<ReturnType<typeof readDocxBlocks>>;
        try {
          blocks = await readDocxBlocks(bytes);
        } catch (error) {
          throw new WorkspaceError(
            'broken-file',
            `drive/${entry.path} cannot be read as a Word document (${errorMessage(error)}). ` +
              'Save it again as .docx, or delete it; nothing was changed.',
            path,
            { cause: error },
          );
        }
        file.doc = { title: file.doc?.title ?? file.name, blocks, revision: (file.doc?.revision ?? 0) + 1 };
      } else {
        file.contentBase64 = bytes.toString('base64');
      }
      file.modifiedTime = new Date(now).toISOString();
      Object.assign(entry, { bytesHash: hash, size: info.size, mtimeMs: info.mtimeMs });
    }),
  );
  return new Map(manifest.files.map((file) => [file.id, sourceHash(file)]));
}

/** The part of a save that lays Drive out in drive/, and the manifest it leaves (complete once staged). */
export interface DriveSave {
  folders: string[];
  installs: Install[];
  removes: string[];
  retires: Retire[];
  manifest: DriveManifest;
}

/**
 * Plans how Drive's record is laid out in drive/: a folder per folder, a .docx per document, the
 * bytes of other files, trashed ones under drive/.trash/. Only what changed is written; a file
 * that moved unchanged is linked to its new place (a person's formatting in a .docx stays), and
 * what a person put in a folder that moved goes along. The manifest's entries for written files
 * are filled in as they are staged.
 */
export async function planDriveSave(
  driveDir: string,
  files: DriveFileState[],
  previous: DriveManifest,
  baseline: ReadonlyMap<string, string>,
): Promise<DriveSave> {
  const plan = planDriveTree(files);
  const byId = new Map(files.map((file) => [file.id, file]));
  const disk: Record<string, DiskEntry> = {};
  const at = (path: string) => join(driveDir, path);
  const installs: Install[] = [];
  const folders: string[] = [];
  for (const entry of [...plan.values()].sort((a, b) => a.path.length - b.path.length)) {
    if (entry.kind !== 'folder') continue;
    folders.push(at(entry.path));
    disk[entry.id] = { kind: 'folder', path: entry.path };
  }
  for (const [id, entry] of plan) {
    const file = byId.get(id);
    if (entry.kind === 'folder' || file === undefined) continue;
    const old = previous.disk[id];
    const target = at(entry.path);
    const sameKind = old !== undefined && old.kind === entry.kind;
    const unchanged = sameKind && baseline.get(id) === sourceHash(file);
    if (unchanged && old.path === entry.path && (await pathExists(target))) {
      disk[id] = old;
      continue;
    }
    if (unchanged && old.path !== entry.path && (await pathExists(at(old.path)))) {
      // Moved as it was: the same bytes under the new name, a person's edits included.
      installs.push({
        target,
        stage: async (temp) => {
          await linkOrCopyOp(at(old.path), temp);
          disk[id] = { ...old, path: entry.path, ...(await sizeAndTime(temp)) };
        },
      });
      continue;
    }
    installs.push({
      target,
      stage: async (temp) => {
        const bytes =
          entry.kind === 'doc'
            ? await docToDocx(file.doc ?? { title: file.name, blocks: [], revision: 1 })
            : Buffer.from(file.contentBase64 ?? '', 'base64');
        await writeDurable(temp, bytes);
        disk[id] = {
          kind: entry.kind,
          path: entry.path,
          bytesHash: contentHash(bytes),
          ...(await sizeAndTime(temp)),
        };
      },
    });
  }
  const targets = new Set(installs.map((install) => install.target));
  const kept = new Set(Object.values(disk).map((entry) => at(entry.path)));
  // Files that left Drive's record, changed kind or moved leave their old place.
  const removes = Object.values(previous.disk)
    .filter((old) => old.kind !== 'folder')
    .map((old) => at(old.path))
    .filter((path) => !targets.has(path) && !kept.has(path));
  return {
    folders,
    installs,
    removes: [...new Set(removes)],
    retires: retiredFolders(driveDir, previous, plan),
    manifest: { version: 1, files, disk },
  };
}

async function sizeAndTime(path: string): Promise<{ size: number; mtimeMs: number }> {
  const info = await stat(path);
  return { size: info.size, mtimeMs: info.mtimeMs };
}

/**
 * Folders whose path changed (renamed, moved, deleted), deepest first: what a person added to
 * one moves to the folder's new place when that name is free, then the old folder goes if empty.
 */
function retiredFolders(
  driveDir: string,
  previous: DriveManifest,
  plan: ReadonlyMap<string, PlannedEntry>,
): Retire[] {
  const current = new Set([...plan.values()].map((entry) => entry.path));
  return Object.entries(previous.disk)
    .filter(([, old]) => old.kind === 'folder' && !current.has(old.path))
    .sort(([, a], [, b]) => b.path.split('/').length - a.path.split('/').length)
    .map(([id, old]) => {
      const now = plan.get(id);
      return {
        from: join(driveDir, old.path),
        ...(now?.kind === 'folder' ? { into: join(driveDir, now.path) } : {}),
      };
    });
}

/** Renames `from` to `to` (making `to`'s folder); false when `from` is not there. */
async function moveIfPresent(from: string, to: string): Promise<boolean> {
  try {
    await mkdirOp(dirname(to));
    await renameOp(from, to);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
