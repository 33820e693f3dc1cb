import type { DriveFileState } from '../host/state.js';
import { nameKey, safeFileName, withCopyNumber } from './safe-name.js';

/** Drive's MIME type of a folder. */
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** Drive's MIME type of a Google Doc. */
const DOC_MIME = 'application/vnd.google-apps.document';

/** How a Drive file appears on disk: a folder, a .docx, its bytes, or (other Google types) not at all. */
type DiskKind = 'folder' | 'doc' | 'file' | 'none';

/** The kind of a Drive file on disk. */
function diskKind(file: Pick<DriveFileState, 'mimeType'>): DiskKind {
  if (file.mimeType === FOLDER_MIME) return 'folder';
  if (file.mimeType === DOC_MIME) return 'doc';
  // Sheets, Slides, shortcuts...: nothing a local app could open; they live in drive.json only.
  return file.mimeType.startsWith('application/vnd.google-apps.') ? 'none' : 'file';
}

/** The folder under drive/ where trashed files go, keeping their sub-tree. */
const TRASH_DIR = '.trash';
/** Where files wait while a flush moves them, so swaps and case-only renames cannot collide. */
export const STAGING_DIR = '.staging';

/** The parent of an entry on disk: a folder's id, or the drive/ root or trash. */
type ParentKey = string;
const ROOT: ParentKey = '<root>';
const TRASH: ParentKey = '<trash>';

/** Where one Drive file belongs on disk. */
export interface PlannedEntry {
  id: string;
  kind: Exclude<DiskKind, 'none'>;
  parent: ParentKey;
  /** Its name in its folder: safe, unique, `.docx` added for Docs. */
  diskName: string;
  /** Its path under drive/, with `/` separators. */
  path: string;
}

/**
 * Lays the Drive tree out on disk. A file lives in its first parent folder, or at the top of
 * drive/ when that parent is unknown; a trashed file (or folder, with everything in it) lives in
 * drive/.trash/. Duplicate names in one folder get ` (2)`, ` (3)` in the order files were
 * created, so a file keeps its name from flush to flush.
 */
export function planDriveTree(files: readonly DriveFileState[]): Map<string, PlannedEntry> {
  const byId = new Map(files.map((file) => [file.id, file]));
  const isFolder = (id: string | undefined): boolean => {
    const file = id === undefined ? undefined : byId.get(id);
    return file !== undefined && diskKind(file) === 'folder';
  };
  // The parent folder each file sits in, dropping parents that would make a cycle.
  const parentOf = new Map<string, string | undefined>();
  for (const file of files) {
    const parent = file.parents.find(isFolder);
    let cycle = false;
    for (let p = parent, seen = new Set([file.id]); p !== undefined; p = parentOf.get(p)) {
      if (seen.has(p)) {
        cycle = true;
        break;
      }
      seen.add(p);
      if (!parentOf.has(p)) parentOf.set(p, byId.get(p)?.parents.find(isFolder));
    }
    parentOf.set(file.id, cycle ? undefined : parent);
  }
  const trashedCache = new Map<string, boolean>();
  const inTrash = (id: string): boolean => {
    let cached = trashedCache.get(id);
    if (cached === undefined) {
      const own = byId.get(id)?.trashed === true;
      trashedCache.set(id, own); // provisional: ends the walk should parents still loop
      const parent = parentOf.get(id);
      cached = own || (parent !== undefined && inTrash(parent));
      trashedCache.set(id, cached);
    }
    return cached;
  };

  const siblings = new Map<ParentKey, DriveFileState[]>();
  for (const file of files) {
    if (diskKind(file) === 'none') continue;
    const parent = parentOf.get(file.id);
    const key =
      parent !== undefined && inTrash(parent) === inTrash(file.id) ? parent : inTrash(file.id) ? TRASH : ROOT;
    const list = siblings.get(key);
    if (list === undefined) siblings.set(key, [file]);
    else list.push(file);
  }

  const planned = new Map<string, PlannedEntry>();
  for (const [parent, list] of siblings) {
    const taken = new Set<string>();
    const ordered = [...list].sort(
      (a, b) => a.createdTime.localeCompare(b.createdTime) || a.id.localeCompare(b.id),
    );
    for (const file of ordered) {
      const kind = diskKind(file) as PlannedEntry['kind'];
      let base = safeFileName(file.name, kind === 'doc' ? '.docx' : '');
      // The top of drive/ keeps two names for itself.
      if (parent === ROOT && (nameKey(base) === TRASH_DIR || nameKey(base) === STAGING_DIR))
        base = `_${base}`;
      let diskName = base;
      for (let n = 2; taken.has(nameKey(diskName)); n++)
        diskName = withCopyNumber(base, n, kind === 'folder');
      taken.add(nameKey(diskName));
      planned.set(file.id, { id: file.id, kind, parent, diskName, path: '' });
    }
  }
  const pathOf = (id: string): string => {
    const entry = planned.get(id);
    if (entry === undefined) return '';
    if (entry.path === '') {
      entry.path = entry.diskName; // provisional: ends the walk should parents still loop
      const base =
        entry.parent === ROOT ? '' : entry.parent === TRASH ? `${TRASH_DIR}/` : `${pathOf(entry.parent)}/`;
      entry.path = base + entry.diskName;
    }
    return entry.path;
  };
  for (const id of planned.keys()) pathOf(id);
  return planned;
}
