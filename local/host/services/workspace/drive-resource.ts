import type { DriveFileState, PermissionState, WorkspaceState } from '../../state.js';
import { isTrashed } from './drive-store.js';

/** Drive v3 resources (File, Permission) built from the state, before a field mask picks from them. */

/** The fields of a Permission the host serves (Drive's defaults for `permissions.create`). */
export const PERMISSION_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'id',
  'type',
  'emailAddress',
  'role',
  'allowFileDiscovery',
  'deleted',
  'pendingOwner',
]);

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

/** The fields of a File the host serves: what the add-on asks for, and the defaults. */
export const FILE_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'id',
  'name',
  'mimeType',
  'trashed',
  'createdTime',
  'modifiedTime',
  'appProperties',
]);

/** A File resource with every field the host serves (a mask then picks what the caller asked for). */
export function fileResource(state: WorkspaceState, file: DriveFileState): Record<string, unknown> {
  const resource: Record<string, unknown> = {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    trashed: isTrashed(state, file),
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
  };
  // Drive leaves an empty map out of the JSON.
  if (Object.keys(file.appProperties).length > 0) resource.appProperties = { ...file.appProperties };
  return resource;
}
