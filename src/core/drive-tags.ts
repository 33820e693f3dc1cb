import type { Language } from '../shared/i18n';
import type { FolderAreaId } from '../shared/playbook';
import { FOLDER_AREAS } from './areas';
import { DOCUMENT_KINDS, type DocumentKind } from './documents';

/**
 * The app properties the add-on writes on every file it creates. A file is tagged in the same
 * call that creates it, so its id is on record the moment it exists: a run that stops right
 * after a create finds the file again by its tags instead of making a second one.
 */
export const TAG = {
  /** On the root folder, Templates, Clients and the masters: the spreadsheet's id. */
  setup: 'launchDeskSetup',
  /** On a client's folder, area folders and documents: `spreadsheetId/clientId`. */
  client: 'launchDeskClient',
  /** What the file is: see {@link SetupKind} and {@link ClientFileKind}. */
  kind: 'launchDeskKind',
} as const;

/** The files setup makes. */
export type SetupKind = 'root' | 'templates' | 'clients' | `master:${DocumentKind}:${Language}`;

/** The files an onboarding makes. */
export type ClientFileKind = 'folder' | `area:${FolderAreaId}` | `doc:${DocumentKind}`;

/** The value of the client tag: clients of two trackers never share it. */
export function clientTag(spreadsheetId: string, clientId: string): string {
  return `${spreadsheetId}/${clientId}`;
}

/** A file as a Drive listing gives it, with its kind tag. */
export interface TaggedFile {
  id: string;
  name: string;
  url: string;
  kind: string;
  modifiedTime: string;
  createdTime: string;
}

/** A client's files, sorted by what they are. */
export interface ClientFiles {
  folder?: TaggedFile;
  areas: Partial<Record<FolderAreaId, TaggedFile>>;
  docs: Partial<Record<DocumentKind, TaggedFile>>;
}

/** The first file of each kind (the oldest, should a person have copied one). */
export function byKind(files: readonly TaggedFile[]): Map<string, TaggedFile> {
  const sorted = [...files].sort((a, b) => a.createdTime.localeCompare(b.createdTime));
  const out = new Map<string, TaggedFile>();
  for (const file of sorted) if (!out.has(file.kind)) out.set(file.kind, file);
  return out;
}

/** Sorts a client's tagged files into its folder, area folders and documents. */
export function clientFiles(files: readonly TaggedFile[]): ClientFiles {
  const kinds = byKind(files);
  const out: ClientFiles = { areas: {}, docs: {} };
  const folder = kinds.get('folder');
  if (folder) out.folder = folder;
  for (const area of Object.keys(FOLDER_AREAS) as FolderAreaId[]) {
    const file = kinds.get(`area:${area}`);
    if (file) out.areas[area] = file;
  }
  for (const kind of DOCUMENT_KINDS) {
    const file = kinds.get(`doc:${kind}`);
    if (file) out.docs[kind] = file;
  }
  return out;
}
