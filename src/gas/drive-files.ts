import { errorMessage } from '../shared/error-message';
import { drive } from './advanced';

const FOLDER = 'application/vnd.google-apps.folder';
const DOCUMENT = 'application/vnd.google-apps.document';

/** A Drive file as the app keeps it: its id, name and link. */
export interface DriveRef {
  id: string;
  name: string;
  url: string;
}

/** A file found by a listing, with the app properties it was tagged with and its times. */
export interface ListedFile extends DriveRef {
  appProperties: Record<string, string>;
  createdTime: string;
  modifiedTime: string;
}

const FILE_FIELDS = 'id,name,mimeType,appProperties,createdTime,modifiedTime,trashed';
const LISTED_FIELDS = `nextPageToken,files(${FILE_FIELDS})`;

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** Links are built from ids: Drive returns `webViewLink` only when asked, and asking costs nothing here. */
function ref(file: File): DriveRef {
  const id = file.id ?? '';
  const url =
    file.mimeType === FOLDER
      ? `https://drive.google.com/drive/folders/${id}`
      : `https://docs.google.com/document/d/${id}/edit`;
  return { id, name: file.name ?? '', url };
}

/** A string for a Drive query: quotes and backslashes escaped. */
function queryString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The files (not in the trash) whose app property `key` is `value`: under `drive.file` the app
 * sees only what it created, and its tags find a file even when its id was never written down.
 * One call per 1,000 files.
 */
export function listTagged(key: string, value: string): ListedFile[] {
  const q = `appProperties has { key=${queryString(key)} and value=${queryString(value)} } and trashed = false`;
  const out: ListedFile[] = [];
  let pageToken: string | undefined;
  do {
    const args: Record<string, unknown> = { q, fields: LISTED_FIELDS, pageSize: 1000 };
    if (pageToken) args.pageToken = pageToken;
    const page = drive().Files.list(args);
    for (const file of page.files ?? []) out.push(listed(file));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

function listed(file: File): ListedFile {
  return {
    ...ref(file),
    appProperties: { ...(file.appProperties ?? {}) },
    createdTime: file.createdTime ?? '',
    modifiedTime: file.modifiedTime ?? '',
  };
}

/**
 * A file by the id stored when it was made, as a listing would give it, or null when it is gone
 * or in the trash. `Files.get` sees a file the moment it exists, where a search may lag behind
 * a create: the stored id is what keeps two quick runs from making a second copy.
 */
export function getListed(id: string): ListedFile | null {
  if (!id) return null;
  try {
    const file = drive().Files.get(id, { fields: FILE_FIELDS });
    return file.trashed ? null : listed(file);
  } catch (error) {
    if (/not found/i.test(errorMessage(error))) return null;
    throw error;
  }
}

/** Creates a folder (under `parentId` when given) tagged with app properties. */
export function createFolder(
  name: string,
  parentId: string | null,
  tags: Record<string, string> = {},
): DriveRef {
  const resource: File = { name, mimeType: FOLDER, appProperties: tags };
  if (parentId) resource.parents = [parentId];
  return ref(drive().Files.create(resource));
}

/** Renames a file or folder. */
export function renameFile(id: string, name: string): void {
  drive().Files.update({ name }, id);
}

/**
 * Creates a Google Doc from HTML: Drive converts headings, paragraphs and tables into a real
 * Doc, so masters get their structure in one call, under `drive.file`. The answer carries the
 * Doc's modification time, which later tells whether a person edited it.
 */
export function createDocFromHtml(
  name: string,
  html: string,
  parentId: string,
  tags: Record<string, string> = {},
): DriveRef & { modifiedTime: string } {
  const blob = Utilities.newBlob(html, 'text/html', `${name}.html`);
  const file = drive().Files.create(
    { name, mimeType: DOCUMENT, parents: [parentId], appProperties: tags },
    blob,
    { fields: 'id,name,mimeType,modifiedTime' },
  );
  return { ...ref(file), modifiedTime: file.modifiedTime ?? '' };
}

/**
 * Copies a file into a folder under a new name. A copy inherits the original's app properties;
 * a tag set to null is cleared on the copy, as the Drive API documents for copy requests.
 */
export function copyFile(
  id: string,
  name: string,
  parentId: string,
  tags: Record<string, string | null> = {},
): DriveRef {
  const resource = { name, parents: [parentId], appProperties: tags as Record<string, string> };
  return ref(drive().Files.copy(resource, id));
}

/** How a share went: silently, or with Drive's invitation mail because Drive required it. */
export type ShareOutcome = 'silent' | 'notified';

/**
 * Drive's refusal of a silent share with an address that has no Google account (400
 * `invalidSharingRequest`, "Since there is no Google account associated with this email address,
 * you must check the "Notify people" box"). Apps Script's message carries the user message, not
 * the reason, and the same reason also covers a domain policy's refusal, so the text decides.
 */
function isNoAccountRefusal(error: unknown): boolean {
  return /no Google accounts? associated/i.test(errorMessage(error));
}

/**
 * Shares a file with one address without Drive's notification email when Drive allows it. An
 * address without a Google account can only be invited by that mail, so then the share is made
 * again with the notification on. Any other refusal is thrown.
 */
export function shareFile(id: string, email: string, role: 'reader' | 'commenter' | 'writer'): ShareOutcome {
  const permission = { type: 'user', role, emailAddress: email };
  try {
    drive().Permissions.create(permission, id, { sendNotificationEmail: false });
    return 'silent';
  } catch (error) {
    if (!isNoAccountRefusal(error)) throw error;
  }
  drive().Permissions.create(permission, id, { sendNotificationEmail: true });
  return 'notified';
}
