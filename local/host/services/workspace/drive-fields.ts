import { ApiFailure } from './errors.js';

/**
 * Drive's `fields` parameter: a FieldMask that picks the parts of a response to return
 * (`id,name,parents`, `files(id,name),nextPageToken`, `permissions/role`, `*`).
 *
 * Without it Drive v3 returns only a default set, `kind,id,name,mimeType` for a file, which is
 * the classic v3 trap (no `parents`, no `webViewLink` unless asked). The host applies the same
 * defaults, so code that forgets to ask for a field fails here as it would in Apps Script.
 */

/** A parsed mask: each selected name maps to a sub-mask, or to null for the whole value. */
type FieldMask = Map<string, FieldMask | null>;

/** A mask Drive would refuse; the message is Drive's (`Invalid field selection foo`). */
class FieldMaskError extends ApiFailure {}

/** Every field of a Drive v3 File: selecting another one is an error, as in Drive. */
export const FILE_FIELDS = new Set([
  'kind',
  'id',
  'name',
  'mimeType',
  'description',
  'starred',
  'trashed',
  'explicitlyTrashed',
  'trashingUser',
  'trashedTime',
  'parents',
  'properties',
  'appProperties',
  'spaces',
  'version',
  'webContentLink',
  'webViewLink',
  'iconLink',
  'hasThumbnail',
  'thumbnailLink',
  'thumbnailVersion',
  'viewedByMe',
  'viewedByMeTime',
  'createdTime',
  'modifiedTime',
  'modifiedByMeTime',
  'modifiedByMe',
  'sharedWithMeTime',
  'sharingUser',
  'owners',
  'teamDriveId',
  'driveId',
  'lastModifyingUser',
  'shared',
  'ownedByMe',
  'capabilities',
  'viewersCanCopyContent',
  'copyRequiresWriterPermission',
  'writersCanShare',
  'permissions',
  'permissionIds',
  'hasAugmentedPermissions',
  'folderColorRgb',
  'originalFilename',
  'fullFileExtension',
  'fileExtension',
  'md5Checksum',
  'sha1Checksum',
  'sha256Checksum',
  'size',
  'quotaBytesUsed',
  'headRevisionId',
  'contentHints',
  'imageMediaMetadata',
  'videoMediaMetadata',
  'isAppAuthorized',
  'exportLinks',
  'shortcutDetails',
  'contentRestrictions',
  'resourceKey',
  'linkShareMetadata',
  'labelInfo',
  'inheritedPermissionsDisabled',
  'downloadRestrictions',
]);

/** Every field of a Drive v3 Permission. */
export const PERMISSION_FIELDS = new Set([
  'kind',
  'id',
  'type',
  'emailAddress',
  'domain',
  'role',
  'view',
  'allowFileDiscovery',
  'displayName',
  'photoLink',
  'expirationTime',
  'teamDrivePermissionDetails',
  'permissionDetails',
  'deleted',
  'pendingOwner',
  'inheritedPermissionsDisabled',
]);

/** The fields of a list response and the schema of its items. */
export interface ListSchema {
  readonly topFields: ReadonlySet<string>;
  readonly itemsField: string;
  readonly itemFields: ReadonlySet<string>;
}

/** Parses a mask; `*` selects everything at its level. */
function parseFieldMask(fields: string): FieldMask {
  let at = 0;
  const fail = (): never => {
    throw new FieldMaskError(`Invalid field selection ${fields}`);
  };
  const skipSpaces = (): void => {
    while (fields[at] === ' ') at += 1;
  };
  const name = (): string => {
    skipSpaces();
    const match = /^(?:\*|[A-Za-z_][A-Za-z0-9_]*)/.exec(fields.slice(at));
    if (!match) return fail();
    at += match[0].length;
    return match[0];
  };
  const list = (into: FieldMask): void => {
    do {
      skipSpaces();
      if (fields[at] === ',') at += 1;
      const path = [name()];
      skipSpaces();
      while (fields[at] === '/') {
        at += 1;
        path.push(name());
        skipSpaces();
      }
      let sub: FieldMask | null = null;
      if (fields[at] === '(') {
        at += 1;
        sub = new Map();
        list(sub);
        skipSpaces();
        if (fields[at] !== ')') fail();
        at += 1;
      }
      insert(into, path, sub);
      skipSpaces();
    } while (fields[at] === ',');
  };
  const mask: FieldMask = new Map();
  list(mask);
  if (at !== fields.length) fail();
  return mask;
}

/** Adds `a/b/c(sub)` to a mask, merging with what is already selected. */
function insert(mask: FieldMask, path: string[], sub: FieldMask | null): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    const existing = mask.get(head);
    if (existing === null) return;
    if (sub === null || existing === undefined) mask.set(head, sub);
    else for (const [key, value] of sub) existing.set(key, value);
    return;
  }
  let child = mask.get(head);
  if (child === null) return;
  if (child === undefined) {
    child = new Map();
    mask.set(head, child);
  }
  insert(child, rest, sub);
}

/** Refuses names outside `known` at the top of `mask`. */
function checkFields(mask: FieldMask, known: ReadonlySet<string>): void {
  for (const key of mask.keys()) {
    if (key !== '*' && !known.has(key)) throw new FieldMaskError(`Invalid field selection ${key}`);
  }
}

/** The part of `value` the mask selects (arrays are masked item by item). */
function applyFieldMask(value: unknown, mask: FieldMask | null): unknown {
  if (mask === null || mask.has('*')) return value;
  if (Array.isArray(value)) return value.map((item) => applyFieldMask(item, mask));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    if (source[key] !== undefined) out[key] = applyFieldMask(source[key], sub);
  }
  return out;
}

/** Masks one resource: `fields` if given (checked against `known`), else the method's defaults. */
export function selectFields(
  resource: Record<string, unknown>,
  fields: string | undefined,
  known: ReadonlySet<string>,
  defaults: string,
): Record<string, unknown> {
  const mask = parseFieldMask(fields === undefined || fields.trim() === '' ? defaults : fields);
  checkFields(mask, known);
  return applyFieldMask(resource, mask) as Record<string, unknown>;
}

/** Masks a list response, checking the item fields against the item schema. */
export function selectListFields(
  response: Record<string, unknown>,
  fields: string | undefined,
  schema: ListSchema,
  defaults: string,
): Record<string, unknown> {
  const mask = parseFieldMask(fields === undefined || fields.trim() === '' ? defaults : fields);
  checkFields(mask, schema.topFields);
  const items = mask.get(schema.itemsField);
  if (items) checkFields(items, schema.itemFields);
  return applyFieldMask(response, mask) as Record<string, unknown>;
}
