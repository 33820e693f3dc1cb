import { FOLDER_AREAS } from '../../core/areas';
import { findTableMarker, holdsPlaceholders, replaceRequests, tableRequests } from '../../core/doc-requests';
import { DOCUMENT_KINDS, type DocumentKind, documentName } from '../../core/documents';
import { type ClientFileKind, type ClientFiles, clientFiles, clientTag, TAG } from '../../core/drive-tags';
import { documentParagraphs, updateDocument } from '../../gas/docs-text';
import {
  copyFile,
  createFolder,
  type DriveRef,
  getListed,
  listTagged,
  renameFile,
} from '../../gas/drive-files';
import type { NormalizedClient } from '../../shared/client';
import type { Language } from '../../shared/i18n';
import { format } from '../../shared/messages';
import type { FolderAreaId } from '../../shared/playbook';
import type { OnboardDocument } from '../../shared/rpc';
import { type DriveSetup, masterKey, tagged } from '../drive-setup';
import type { RunLog } from '../tracker/log';

/** What the Drive part of an onboarding needs to know. */
export interface ClientDriveJob {
  spreadsheetId: string;
  clientId: string;
  client: NormalizedClient;
  setup: DriveSetup;
  folderName: string;
  /** The workspace's language: area folders are named in it. */
  language: Language;
  /** A client new in this run: nothing of it can exist yet, so nothing is looked up. */
  fresh: boolean;
  /** A client whose onboarding finished earlier: its documents are filled already. */
  complete: boolean;
  /** The folder id the client's row holds, if any: found by id should a search miss it. */
  knownFolderId: string;
  /** Placeholder values (the folder link is added here). */
  values: Record<string, string>;
  /** Rows of the timeline table. */
  timeline: string[][];
  /** Called once the folder is known, before anything goes into it. */
  onFolder(folder: DriveRef, created: boolean): void;
  log: RunLog;
}

/** What the Drive part did. */
export interface ClientDriveResult {
  folder: DriveRef;
  folderCreated: boolean;
  documents: OnboardDocument[];
}

/**
 * The client's folder, one subfolder per work area and one copy of each master, filled. Whatever
 * an earlier run made is found by its tags (one listing) and kept; only what is missing is made,
 * and only documents that still hold placeholders are filled, so a rerun ends where a clean run
 * ends. Names that no longer follow the client (a renamed client) are corrected.
 */
export function ensureClientDrive(job: ClientDriveJob): ClientDriveResult {
  const tag = clientTag(job.spreadsheetId, job.clientId);
  const files: ClientFiles = job.fresh
    ? { areas: {}, docs: {} }
    : clientFiles(listTagged(TAG.client, tag).map(tagged));
  const tags = (kind: ClientFileKind) => ({ [TAG.client]: tag, [TAG.kind]: kind });
  const who = job.client.clientName;

  // A search may lag behind a create; the id in the row does not.
  const known = files.folder ?? (job.fresh ? null : getListed(job.knownFolderId));
  let folder: DriveRef = known ?? createFolder(job.folderName, job.setup.clientsId, tags('folder'));
  const folderCreated = !known;
  if (folderCreated) job.log.add('onboard', who, `folder "${job.folderName}" ${folder.url}`);
  job.onFolder(folder, folderCreated);
  if (folder.name !== job.folderName) {
    renameFile(folder.id, job.folderName);
    job.log.add('onboard', who, `folder renamed "${folder.name}" → "${job.folderName}"`);
    folder = { ...folder, name: job.folderName };
  }

  const areas: Partial<Record<FolderAreaId, string>> = {};
  for (const area of Object.keys(FOLDER_AREAS) as FolderAreaId[]) {
    areas[area] =
      files.areas[area]?.id ??
      createFolder(FOLDER_AREAS[area][job.language], folder.id, tags(`area:${area}`)).id;
  }

  const values = { ...job.values, folderUrl: folder.url };
  const documents: OnboardDocument[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const name = documentName(kind, job.client, job.client.language);
    const existing = files.docs[kind];
    const doc = existing ?? copyMaster(job, kind, name, areas.documents ?? folder.id, tags(`doc:${kind}`));
    if (existing && existing.name !== name) renameFile(existing.id, name);
    if (!existing || !job.complete) fill(doc.id, kind, !existing, values, job.timeline, job.log, who);
    documents.push({ kind, name, url: doc.url });
  }
  return { folder, folderCreated, documents };
}

function copyMaster(
  job: ClientDriveJob,
  kind: DocumentKind,
  name: string,
  parentId: string,
  tags: Record<string, string>,
): DriveRef {
  const master = job.setup.masters.get(masterKey(kind, job.client.language));
  if (!master) throw new Error(format(job.client.language, 'masterMissing', { kind }));
  // The copy must not carry the master's setup tag, or it would pass for a master.
  return copyFile(master.id, name, parentId, { ...tags, [TAG.setup]: null });
}

/**
 * Fills a copy with one batchUpdate. A copy made in this run is known to be blank and is read
 * only when it is the timeline (the table goes where its marker is); a copy an earlier run left
 * is read first and filled only when placeholders remain.
 */
function fill(
  documentId: string,
  kind: DocumentKind,
  blank: boolean,
  values: Record<string, string>,
  timeline: string[][],
  log: RunLog,
  who: string,
): void {
  const paragraphs = blank && kind !== 'timeline' ? [] : documentParagraphs(documentId);
  if (!blank && !holdsPlaceholders(paragraphs)) return;
  const marker = findTableMarker(paragraphs);
  updateDocument(documentId, [
    ...(marker === null ? [] : tableRequests(marker, timeline)),
    ...replaceRequests(values),
  ]);
  log.add('onboard', who, `document ${kind} filled`);
}
