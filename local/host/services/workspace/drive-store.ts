import type { ServiceContext } from '../../service-context.js';
import type { DocBlock, DocState, DriveFileState, WorkspaceState } from '../../state.js';
import { emptyParagraph } from './doc-blocks.js';
import { ApiFailure } from './errors.js';

/** Reading and writing the Drive part of the workspace state, shared by Drive and Docs. */

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';

/**
 * The id files created without parents get. Drive reports the real id of the user's My Drive
 * folder there; the host keeps the alias `root`, which Drive also accepts (`'root' in parents`).
 */
export const ROOT_ID = 'root';

/** An RFC 3339 time as Drive writes it (`2024-05-01T08:00:00.000Z`). */
function rfc3339(ms: number): string {
  return new Date(ms).toISOString();
}

/** The file with this id, trashed or not. */
export function findFile(state: WorkspaceState, id: string): DriveFileState | undefined {
  return state.drive.files.find((file) => file.id === id);
}

/** The file with this id, or Drive's 404 `File not found: ID.` */
export function requireFile(state: WorkspaceState, fileId: unknown): DriveFileState {
  const id = fileId === undefined || fileId === null ? '' : String(fileId);
  const file = findFile(state, id);
  if (!file) throw new ApiFailure(`File not found: ${id}.`, 404);
  return file;
}

/** A trashed folder trashes what it holds: is the file or one of its ancestors in the trash? */
export function isTrashed(state: WorkspaceState, file: DriveFileState): boolean {
  const seen = new Set<string>();
  const pending = [file];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.trashed) return true;
    for (const parentId of next.parents) {
      if (seen.has(parentId)) continue;
      seen.add(parentId);
      const parent = findFile(state, parentId);
      if (parent) pending.push(parent);
    }
  }
  return false;
}

/** The content of a new Doc: one empty paragraph, or these blocks. */
export function newDocState(title: string, blocks: DocBlock[] = [emptyParagraph()]): DocState {
  return { title, blocks, revision: 1 };
}

/** What a new file is made of; the store adds the id, times and the owner's permission. */
export interface NewFile {
  name: string;
  mimeType: string;
  parents: string[];
  description?: string;
  appProperties?: Record<string, string>;
  doc?: DocState;
  contentBase64?: string;
}

/** Adds a file owned by the user to the Drive, created now. */
export function addFile(ctx: ServiceContext, init: NewFile): DriveFileState {
  const now = rfc3339(ctx.now());
  const file: DriveFileState = {
    id: ctx.newId('file'),
    name: init.name,
    mimeType: init.mimeType,
    parents: init.parents,
    trashed: false,
    createdTime: now,
    modifiedTime: now,
    appProperties: init.appProperties ?? {},
    permissions: [{ id: ctx.newId('perm'), type: 'user', role: 'owner', emailAddress: ctx.state.user.email }],
  };
  if (init.description !== undefined) file.description = init.description;
  if (init.doc) file.doc = init.doc;
  if (init.contentBase64 !== undefined) file.contentBase64 = init.contentBase64;
  ctx.state.drive.files.push(file);
  return file;
}

/** Marks a file as changed now; a Doc's title follows its name. */
export function touch(ctx: ServiceContext, file: DriveFileState): void {
  file.modifiedTime = rfc3339(ctx.now());
  if (file.doc) file.doc.title = file.name;
}
