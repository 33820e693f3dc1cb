import { counted, type ServiceContext } from '../../service-context.js';
import type { DriveFileState } from '../../state.js';
import { advancedCall } from './advanced-call.js';
import { selectFields, selectListFields } from './drive-fields.js';
import { importedDoc, readMedia } from './drive-media.js';
import { compileQuery } from './drive-query.js';
import { FILE_FIELDS, fileResource } from './drive-resource.js';
import { addFile, DOC_MIME, FOLDER_MIME, newDocState, ROOT_ID, requireFile, touch } from './drive-store.js';
import { ApiFailure } from './errors.js';
import { isRecord, optionalString, recordOrEmpty, refuseOtherKeys } from './values.js';

/** What `files.get`, `create`, `update` and `copy` return without `fields`. */
const FILE_DEFAULT_FIELDS = 'kind,id,name,mimeType';
const LIST_DEFAULT_FIELDS = 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)';
const LIST_SCHEMA = {
  topFields: new Set(['kind', 'incompleteSearch', 'nextPageToken', 'files']),
  itemsField: 'files',
  itemFields: FILE_FIELDS,
};
const MAX_PAGE_SIZE = 1000;

function stringMap(value: unknown): Record<string, string | null> {
  if (!isRecord(value)) return {};
  const out: Record<string, string | null> = {};
  for (const [key, item] of Object.entries(value)) out[key] = item === null ? null : String(item);
  return out;
}

/** Applies Drive's patch rule for property maps: a null value removes the key. */
function mergeProperties(
  base: Record<string, string>,
  patch: Record<string, string | null>,
): Record<string, string> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

function pageToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function pageOffset(token: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw new ApiFailure('Invalid Value');
  return Number(match[1]);
}

/**
 * `Drive.Files` of the Drive v3 advanced service, as the add-on calls it: create (folders, and
 * HTML converted into Docs), get, list with `q`, update (a new name) and copy. A parameter or a
 * body field the add-on never sends is refused, naming it. Under `drive.file` the add-on sees
 * the files it created, which is every file of the host's Drive. Duplicate names are allowed,
 * as in Drive.
 */
export class DriveFiles {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'Drive.Files', this);
  }

  /** `files.create`: a folder, an empty Doc, or a Doc converted from uploaded HTML. */
  create(resource?: unknown, mediaData?: unknown, optionalArgs?: unknown): unknown {
    return this._call('create', 'drive.files.create', () => {
      const body = recordOrEmpty(resource);
      refuseOtherKeys(body, ['name', 'mimeType', 'parents', 'appProperties'], 'files.create resource');
      const media = readMedia(mediaData);
      const name = optionalString(body.name) ?? media?.name ?? 'Untitled';
      const mimeType = optionalString(body.mimeType) ?? media?.contentType ?? 'application/octet-stream';
      const parents = Array.isArray(body.parents) ? body.parents.map(String) : [ROOT_ID];
      this._checkParents(parents);
      // Everything that can fail is checked before the file exists: a failed call leaves no file behind.
      const blocks = media ? importedDoc(mimeType, media) : undefined;
      const file = addFile(this.ctx, {
        name,
        mimeType,
        parents: parents.length === 0 ? [ROOT_ID] : parents,
        appProperties: mergeProperties({}, stringMap(body.appProperties)),
      });
      if (mimeType === DOC_MIME) file.doc = newDocState(name, blocks);
      return this._respond(file, optionalArgs);
    });
  }

  /** `files.get`: the file's metadata (trashed files too), or `File not found: ID.` */
  get(fileId: unknown, optionalArgs?: unknown): unknown {
    return this._call('get', 'drive.files.get', () => this._respond(this._file(fileId), optionalArgs));
  }

  /**
   * `files.list`: files matching `q` (trashed ones included unless `trashed = false` says
   * otherwise, as in Drive), in creation order, `pageSize` at a time.
   */
  list(optionalArgs?: unknown): unknown {
    return this._call('list', 'drive.files.list', () => {
      const args = recordOrEmpty(optionalArgs);
      refuseOtherKeys(args, ['q', 'fields', 'pageSize', 'pageToken'], 'files.list');
      const pageSize = args.pageSize === undefined ? 100 : Number(args.pageSize);
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new ApiFailure(
          `Invalid value '${String(args.pageSize)}'. Values must be within the range: [1, 1000]`,
        );
      }
      const files = this.ctx.state.drive.files.filter(
        compileQuery(optionalString(args.q) ?? '', this.ctx.state),
      );
      const offset = args.pageToken === undefined ? 0 : pageOffset(String(args.pageToken));
      const page = files.slice(offset, offset + pageSize);
      const response: Record<string, unknown> = {
        kind: 'drive#fileList',
        incompleteSearch: false,
        files: page.map((file) => fileResource(this.ctx.state, file)),
      };
      if (offset + pageSize < files.length) response.nextPageToken = pageToken(offset + pageSize);
      return this.ctx.realm.import(
        selectListFields(response, optionalString(args.fields), LIST_SCHEMA, LIST_DEFAULT_FIELDS),
      );
    });
  }

  /** `files.update` with patch semantics, for what the add-on changes: the name. */
  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs?: unknown): unknown {
    return this._call('update', 'drive.files.update', () => {
      const file = this._file(fileId);
      const body = recordOrEmpty(resource);
      refuseOtherKeys(body, ['name'], 'files.update resource');
      if (mediaData !== undefined && mediaData !== null) {
        throw new ApiFailure('files.update with media is not supported by the Launch Desk local host.');
      }
      if (body.name !== undefined) file.name = String(body.name);
      touch(this.ctx, file);
      return this._respond(file, optionalArgs);
    });
  }

  /** `files.copy`: a new file with the content (a Doc's blocks) and, unless overridden, the parents and properties. */
  copy(resource: unknown, fileId: unknown, optionalArgs?: unknown): unknown {
    return this._call('copy', 'drive.files.copy', () => {
      const source = this._file(fileId);
      if (source.mimeType === FOLDER_MIME) {
        throw new ApiFailure('This file cannot be copied by the user.', 403);
      }
      const body = recordOrEmpty(resource);
      refuseOtherKeys(body, ['name', 'parents', 'appProperties'], 'files.copy resource');
      const name = optionalString(body.name) ?? `Copy of ${source.name}`;
      // Without parents, the copy goes where the original is, as Drive v3 does.
      const parents = Array.isArray(body.parents) ? body.parents.map(String) : [...source.parents];
      this._checkParents(parents);
      const copy = addFile(this.ctx, {
        name,
        mimeType: source.mimeType,
        parents: parents.length === 0 ? [ROOT_ID] : parents,
        appProperties: mergeProperties(source.appProperties, stringMap(body.appProperties)),
        ...(source.contentBase64 === undefined ? {} : { contentBase64: source.contentBase64 }),
      });
      if (source.doc) copy.doc = newDocState(name, structuredClone(source.doc.blocks));
      return this._respond(copy, optionalArgs);
    });
  }

  /** Runs one Drive method: checks access, then turns ApiFailures into Drive's errors. */
  private _call<T>(method: string, api: string, run: () => T): T {
    return advancedCall(this.ctx, `Drive.Files.${method}`, api, run);
  }

  private _file(fileId: unknown): DriveFileState {
    return requireFile(this.ctx.state, fileId);
  }

  /** A file has one parent at most (Drive's single-parent rule), and each must be a folder the app sees. */
  private _checkParents(parents: readonly string[]): void {
    if (parents.length > 1) throw new ApiFailure('Increasing the number of parents is not allowed.', 403);
    for (const id of parents) {
      if (id === ROOT_ID) continue;
      const parent = requireFile(this.ctx.state, id);
      if (parent.mimeType !== FOLDER_MIME) throw new ApiFailure('The specified parent is not a folder.');
    }
  }

  /** The file masked by the call's `fields` (the only parameter the add-on passes), or by the defaults. */
  private _respond(file: DriveFileState, optionalArgs: unknown): unknown {
    const args = recordOrEmpty(optionalArgs);
    refuseOtherKeys(args, ['fields'], 'Drive.Files parameter');
    return this.ctx.realm.import(
      selectFields(
        fileResource(this.ctx.state, file),
        optionalString(args.fields),
        FILE_FIELDS,
        FILE_DEFAULT_FIELDS,
      ),
    );
  }
}
