import { drive } from './advanced';

const FOLDER = 'application/vnd.google-apps.folder';
const DOCUMENT = 'application/vnd.google-apps.document';

/** A Drive file as the app keeps it: its id, name and link. */
export interface DriveRef {
  id: string;
  name: string;
  url: string;
}

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

/**
 * A file by id, or null when it is gone or in the trash — an id stored earlier may point to a
 * folder a person deleted, and the app then makes a new one.
 */
export function findFile(id: string): DriveRef | null {
  if (!id) return null;
  try {
    const file = drive().Files.get(id, { fields: 'id,name,mimeType,trashed' });
    return file.trashed ? null : ref(file);
  } catch (error) {
    if (/not found/i.test(String((error as Error).message))) return null;
    throw error;
  }
}

/** Renames a file or folder. */
export function renameFile(id: string, name: string): void {
  drive().Files.update({ name }, id);
}

/**
 * Creates a Google Doc from HTML: Drive converts headings, paragraphs and tables into a real
 * Doc, so masters get their structure in one call, under `drive.file`.
 */
export function createDocFromHtml(
  name: string,
  html: string,
  parentId: string,
  tags: Record<string, string> = {},
): DriveRef {
  const blob = Utilities.newBlob(html, 'text/html', `${name}.html`);
  return ref(
    drive().Files.create({ name, mimeType: DOCUMENT, parents: [parentId], appProperties: tags }, blob),
  );
}

/** Copies a file into a folder under a new name. */
export function copyFile(
  id: string,
  name: string,
  parentId: string,
  tags: Record<string, string> = {},
): DriveRef {
  return ref(drive().Files.copy({ name, parents: [parentId], appProperties: tags }, id));
}

/** Shares a file with one address, without Drive's notification email. */
export function shareFile(id: string, email: string, role: 'reader' | 'commenter' | 'writer'): void {
  drive().Permissions.create({ type: 'user', role, emailAddress: email }, id, {
    sendNotificationEmail: false,
  });
}
