import { counted, type ServiceContext } from '../../service-context.js';
import type { DriveFileState, PermissionState, WorkspaceState } from '../../state.js';
import { advancedCall } from './advanced-call.js';
import { selectFields, selectListFields } from './drive-fields.js';
import { PERMISSION_FIELDS, permissionResource } from './drive-resource.js';
import { requireFile } from './drive-store.js';
import { ApiFailure } from './errors.js';
import { optionalString, recordOrEmpty } from './values.js';

const PERMISSION_DEFAULT_FIELDS = [...PERMISSION_FIELDS].join(',');
const LIST_DEFAULT_FIELDS = `kind,nextPageToken,permissions(${PERMISSION_DEFAULT_FIELDS})`;
const LIST_SCHEMA = {
  topFields: new Set(['kind', 'nextPageToken', 'permissions']),
  itemsField: 'permissions',
  itemFields: PERMISSION_FIELDS,
};
const TYPES: ReadonlyArray<PermissionState['type']> = ['user', 'group', 'domain', 'anyone'];
const ROLES: ReadonlyArray<PermissionState['role']> = ['owner', 'writer', 'commenter', 'reader'];

/**
 * Whether Drive knows `email` as a Google account. The host cannot ask Google, so it takes the
 * stricter reading: only the user's own address and the addresses the state lists
 * (`drive.googleAccounts`) count. Nothing is guessed from the domain: a `gmail.com` address may
 * belong to a deleted account, and a Workspace domain holds aliases and groups without one.
 */
function isGoogleAccount(state: WorkspaceState, email: string): boolean {
  const known = [state.user.email, ...(state.drive.googleAccounts ?? [])];
  return known.some((address) => address.toLowerCase() === email.toLowerCase());
}

/**
 * Drive's refusal of a silent share with an address that has no Google account: 400
 * `invalidSharingRequest` with this user message (quoted by the GAM wiki, Users-Drive-Permissions,
 * and by scripts that retry with the notification on). The v3 reference says only that
 * `sendNotificationEmail` defaults to true for users and groups:
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
 * (docs/apps-script-contract.md, row 5.10).
 */
function noAccountRefusal(email: string): ApiFailure {
  return new ApiFailure(
    `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
    400,
    'invalidSharingRequest',
  );
}

/**
 * `Drive.Permissions` of the Drive v3 advanced service: share a file the add-on created
 * (`create`) and read its sharing (`list`). Drive's notification mail is Drive's, not MailApp's:
 * it uses no MailApp quota and lands in no outbox; the permission records that it went.
 */
export class DrivePermissions {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'Drive.Permissions', this);
  }

  /**
   * `permissions.create`: grants `role` to a user, group, domain or anyone. Granting again to the
   * same address changes the existing permission, as Drive does, instead of adding a second one.
   * `sendNotificationEmail` defaults to true for users and groups and is not allowed for other
   * types (the v3 reference); turned off for an address without a Google account, Drive refuses.
   */
  create(resource: unknown, fileId: unknown, optionalArgs?: unknown): unknown {
    return this._call('create', 'drive.permissions.create', () => {
      const file = this._file(fileId);
      const body = recordOrEmpty(resource);
      const args = recordOrEmpty(optionalArgs);
      const type = optionalString(body.type) as PermissionState['type'] | undefined;
      const role = optionalString(body.role) as PermissionState['role'] | undefined;
      if (type === undefined) throw new ApiFailure('The permission type field is required.');
      if (role === undefined) throw new ApiFailure('The permission role field is required.');
      if (!TYPES.includes(type)) throw new ApiFailure(`Invalid permission type: ${type}`);
      if (!ROLES.includes(role)) throw new ApiFailure(`Invalid permission role: ${role}`);
      if (role === 'owner' && args.transferOwnership !== true) {
        throw new ApiFailure(
          "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
          403,
        );
      }
      if (role === 'owner') {
        // The host models one user, who owns every file: there is nobody to hand a file over to.
        throw new ApiFailure('Transferring ownership is not supported by the Launch Desk local host.');
      }
      const emailAddress = optionalString(body.emailAddress);
      if (
        (type === 'user' || type === 'group') &&
        (emailAddress === undefined || !emailAddress.includes('@'))
      ) {
        throw new ApiFailure('The permission emailAddress field is required for user and group permissions.');
      }
      const notify = this._notification(type, emailAddress, args.sendNotificationEmail);
      const permission = this._grant(file, type, role, emailAddress);
      if (notify) permission.notified = true;
      const fields = optionalString(args.fields);
      return this.ctx.realm.import(
        selectFields(permissionResource(permission), fields, PERMISSION_FIELDS, PERMISSION_DEFAULT_FIELDS),
      );
    });
  }

  /** `permissions.list`: the file's permissions, the owner's first. */
  list(fileId: unknown, optionalArgs?: unknown): unknown {
    return this._call('list', 'drive.permissions.list', () => {
      const file = this._file(fileId);
      const response = {
        kind: 'drive#permissionList',
        permissions: file.permissions.map(permissionResource),
      };
      const fields = optionalString(recordOrEmpty(optionalArgs).fields);
      return this.ctx.realm.import(selectListFields(response, fields, LIST_SCHEMA, LIST_DEFAULT_FIELDS));
    });
  }

  /** Whether Drive mails the grantee, or the refusal Drive gives for the combination asked. */
  private _notification(
    type: PermissionState['type'],
    emailAddress: string | undefined,
    asked: unknown,
  ): boolean {
    const personal = type === 'user' || type === 'group';
    if (!personal) {
      if (asked !== undefined)
        throw new ApiFailure('sendNotificationEmail is only allowed for user and group permissions.');
      return false;
    }
    if (asked !== false) return true;
    if (emailAddress !== undefined && !isGoogleAccount(this.ctx.state, emailAddress))
      throw noAccountRefusal(emailAddress);
    return false;
  }

  private _grant(
    file: DriveFileState,
    type: PermissionState['type'],
    role: PermissionState['role'],
    emailAddress: string | undefined,
  ): PermissionState {
    const existing = file.permissions.find(
      (p) =>
        p.type === type &&
        (emailAddress === undefined || p.emailAddress?.toLowerCase() === emailAddress.toLowerCase()),
    );
    if (existing && existing.role !== 'owner') {
      existing.role = role;
      return existing;
    }
    if (existing) return existing;
    const permission: PermissionState = {
      id: type === 'anyone' ? 'anyoneWithLink' : this.ctx.newId('perm'),
      type,
      role,
      ...(emailAddress === undefined ? {} : { emailAddress }),
    };
    file.permissions.push(permission);
    return permission;
  }

  private _call<T>(method: string, api: string, run: () => T): T {
    return advancedCall(this.ctx, `Drive.Permissions.${method}`, api, run);
  }

  private _file(fileId: unknown): DriveFileState {
    return requireFile(this.ctx.state, fileId);
  }
}
