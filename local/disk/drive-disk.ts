import { readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DriveFileState } from '../host/state.js';
import { isNotFound, writeFileAtomic } from './atomic-write.js';
import { readDocxBlocks } from './docx-read.js';
import { docToDocx } from './docx-write.js';
import { planDriveTree, STAGING_DIR } from './drive-tree.js';
import { errorMessage, WorkspaceError } from './errors.js';
import { contentHash } from './hash.js';
import { makeDirs } from './make-dirs.js';

/** What the last flush put on disk for one Drive file. */
export interface DiskEntry {
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
export function sourceHash(file: DriveFileState): string {
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

/**
 * Lays Drive's record out in drive/: a folder per folder, a .docx per document, the bytes of
 * other files, trashed ones under drive/.trash/. Only what changed is written; moved and renamed
 * files go through drive/.staging/ so that two files swapping names never collide; a folder that
 * moved takes along what a person put in it. Returns the manifest to keep.
 */
export async function flushDrive(
  driveDir: string,
  files: DriveFileState[],
  previous: DriveManifest,
  baseline: ReadonlyMap<string, string>,
): Promise<DriveManifest> {
  const plan = planDriveTree(files);
  const byId = new Map(files.map((file) => [file.id, file]));
  const disk: Record<string, DiskEntry> = {};
  const at = (path: string) => join(driveDir, path);
  const staging = join(driveDir, STAGING_DIR);

  // Files that left Drive's record (or changed kind) leave the disk.
  for (const [id, old] of Object.entries(previous.disk)) {
    const now = plan.get(id);
    if (old.kind !== 'folder' && (now === undefined || now.kind !== old.kind))
      await rm(at(old.path), { force: true });
  }
  // Moving files step aside first.
  const staged = new Set<string>();
  for (const [id, entry] of plan) {
    const old = previous.disk[id];
    if (entry.kind === 'folder' || old === undefined || old.kind !== entry.kind || old.path === entry.path)
      continue;
    await makeDirs(staging);
    if (await moveIfPresent(at(old.path), join(staging, id))) staged.add(id);
  }
  const folders = [...plan.values()].filter((entry) => entry.kind === 'folder');
  for (const folder of folders.sort((a, b) => a.path.length - b.path.length)) {
    await makeDirs(at(folder.path));
    disk[folder.id] = { kind: 'folder', path: folder.path };
  }
  for (const [id, entry] of plan) {
    if (entry.kind === 'folder') continue;
    const file = byId.get(id);
    const old = previous.disk[id];
    if (file === undefined) continue;
    const target = at(entry.path);
    if (staged.has(id)) await rename(join(staging, id), target);
    const unchanged = old !== undefined && old.kind === entry.kind && baseline.get(id) === sourceHash(file);
    if (unchanged && (staged.has(id) || old.path === entry.path) && (await exists(target))) {
      disk[id] = { ...old, path: entry.path };
      continue;
    }
    const bytes =
      entry.kind === 'doc'
        ? await docToDocx(file.doc ?? { title: file.name, blocks: [], revision: 1 })
        : Buffer.from(file.contentBase64 ?? '', 'base64');
    await writeFileAtomic(target, bytes);
    const info = await stat(target);
    disk[id] = {
      kind: entry.kind,
      path: entry.path,
      bytesHash: contentHash(bytes),
      size: info.size,
      mtimeMs: info.mtimeMs,
    };
  }
  await retireOldFolders(driveDir, previous, disk);
  await rmdir(staging).catch(() => undefined);
  return { version: 1, files, disk };
}

/**
 * Folders whose path changed (renamed, moved, deleted): what a person added to one moves to its
 * new place when that name is free, then the old folder goes if it is empty. Deepest first, so a
 * parent is empty by the time it is looked at.
 */
async function retireOldFolders(
  driveDir: string,
  previous: DriveManifest,
  disk: Record<string, DiskEntry>,
): Promise<void> {
  const current = new Set(Object.values(disk).map((entry) => entry.path));
  const retired = Object.entries(previous.disk)
    .filter(([, old]) => old.kind === 'folder' && !current.has(old.path))
    .sort(([, a], [, b]) => b.path.split('/').length - a.path.split('/').length);
  for (const [id, old] of retired) {
    const from = join(driveDir, old.path);
    const now = disk[id];
    const children = await readdir(from).catch(() => [] as string[]);
    if (now?.kind === 'folder') {
      for (const child of children) {
        const target = join(driveDir, now.path, child);
        if (!(await exists(target))) await rename(join(from, child), target);
      }
    }
    await rmdir(from).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Renames `from` to `to` (making `to`'s folder); false when `from` is not there. */
async function moveIfPresent(from: string, to: string): Promise<boolean> {
  try {
    await makeDirs(dirname(to));
    await rename(from, to);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
