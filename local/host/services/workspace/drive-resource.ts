import type { DriveFileState, PermissionState, WorkspaceState } from '../../state.js';
import { DOC_MIME, FOLDER_MIME, isTrashed } from './drive-store.js';

/** Drive v3 resources (File, Permission) built from the state, before a field mask picks from them. */

/** The link that opens a file in the browser, as `webViewLink` gives it. */
function webViewLink(file: DriveFileState): string {
  switch (file.mimeType) {
    case DOC_MIME:
      return `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`;
    case FOLDER_MIME:
      return `https://drive.google.com/drive/folders/${file.id}`;
    case 'application/vnd.google-apps.spreadsheet':
      return `https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk`;
    default:
      return `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
  }
}

/** A Permission resource with every field the state knows. */
export function permissionResource(permission: PermissionState): Record<string, unknown> {
  const resource: Record<string, unknown> = {
    kind: 'drive#permission',
    id: permission.id,
    type: permission.type,
    role: permission.role,
  };
  if (permission.emailAddress !== undefined) resource.emailAddress = permission.emailAddress;
  if (permission.type === 'anyone' || permission.type === 'domain') resource.allowFileDiscovery = false;
  resource.deleted = false;
  resource.pendingOwner = false;
  return resource;
}

/** The size in bytes of stored base64 content. */
function byteLength(base64: string): number {
  return Buffer.from(base64, 'base64').length;
}

/** A File resource with every field the state knows (a mask then picks what the caller asked for). */
export function fileResource(state: WorkspaceState, file: DriveFileState): Record<string, unknown> {
  const trashed = isTrashed(state, file);
  const owner = {
    kind: 'drive#user',
    displayName: state.user.email.split('@')[0],
    emailAddress: state.user.email,
    me: true,
  };
  const resource: Record<string, unknown> = {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    starred: false,
    trashed,
    explicitlyTrashed: file.trashed,
    parents: [...file.parents],
    spaces: ['drive'],
    version: String(file.doc?.revision ?? 1),
    webViewLink: webViewLink(file),
    iconLink: `https://drive-thirdparty.googleusercontent.com/16/type/${file.mimeType}`,
    hasThumbnail: false,
    viewedByMe: true,
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
    modifiedByMeTime: file.modifiedTime,
    modifiedByMe: true,
    owners: [owner],
    lastModifyingUser: owner,
    shared: file.permissions.length > 1,
    ownedByMe: true,
    isAppAuthorized: true,
    permissions: file.permissions.map(permissionResource),
    permissionIds: file.permissions.map((permission) => permission.id),
    quotaBytesUsed: '0',
  };
  if (file.description !== undefined) resource.description = file.description;
  // Drive leaves an empty map out of the JSON.
  if (Object.keys(file.appProperties).length > 0) resource.appProperties = { ...file.appProperties };
  if (file.contentBase64 !== undefined) {
    const size = String(byteLength(file.contentBase64));
    resource.size = size;
    resource.quotaBytesUsed = size;
    resource.originalFilename = file.name;
  }
  return resource;
}
