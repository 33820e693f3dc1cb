import { counted, type ServiceContext } from '../../service-context.js';
import type { DriveFileState } from '../../state.js';
import { advancedCall } from './advanced-call.js';
import { FILE_FIELDS, selectFields, selectListFields } from './drive-fields.js';
import { readMedia, storedContent } from './drive-media.js';
import { compileQuery } from './drive-query.js';
import { fileResource } from './drive-resource.js';
import { addFile, DOC_MIME, FOLDER_MIME, newDocState, ROOT_ID, requireFile, touch } from './drive-store.js';
import { ApiFailure } from './errors.js';
import { isRecord, optionalString, recordOrEmpty } from './values.js';

/** What `files.get`, `create`, `update` and `copy` return without `fields`. */
const FILE_DEFAULT_FIELDS = 'kind,id,name,mimeType';
const LIST_DEFAULT_FIELDS = 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)';
const LIST_SCHEMA = {
  topFields: new Set(['kind', 'incompleteSearch', 'nextPageToken', 'files']),
  itemsField: 'files',
  itemFields: FILE_FIELDS,
};
const MAX_PAGE_SIZE = 1000;

type Order = (a: DriveFileState, b: DriveFileState) => number;
const byModified: Order = (a, b) => Date.parse(a.modifiedTime) - Date.parse(b.modifiedTime);

/**
 * Sort keys of `orderBy`. The user is the only one touching the files, so the times Drive keeps
 * per user (modifiedByMeTime, viewedByMeTime, recency) all follow modifiedTime here.
 */
const ORDER_KEYS: Record<string, Order> = {
  name: (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
  name_natural: (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }),
  createdTime: (a, b) => Date.parse(a.createdTime) - Date.parse(b.createdTime),
  modifiedTime: byModified,
  modifiedByMeTime: byModified,
  viewedByMeTime: byModified,
  recency: byModified,
  folder: (a, b) => Number(b.mimeType === FOLDER_MIME) - Number(a.mimeType === FOLDER_MIME),
  starred: () => 0,
  sharedWithMeTime: () => 0,
  quotaBytesUsed: (a, b) => (a.contentBase64?.length ?? 0) - (b.contentBase64?.length ?? 0),
};

function commaList(value: unknown): string[] {
  return (optionalString(value) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

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

/** Stores an upload on a file: a Doc's converted blocks become its next revision, other files keep bytes. */
function storeContent(file: DriveFileState, content: ReturnType<typeof storedContent>): void {
  if ('blocks' in content) {
    file.doc = { ...newDocState(file.name, content.blocks), revision: (file.doc?.revision ?? 0) + 1 };
  } else {
    file.contentBase64 = content.contentBase64;
  }
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
 * `Drive.Files` of the Drive v3 advanced service: create (folders, empty Docs, uploads, HTML
 * converted into Docs), get, list with `q`, update (patch semantics, addParents/removeParents),
 * copy and remove. Under `drive.file` the add-on sees the files it created, which is every file
 * of the host's Drive. Duplicate names are allowed, as in Drive.
 */
export class DriveFiles {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'Drive.Files', this);
  }

  /** `files.create`: a folder, an empty Doc, or a file with uploaded media (HTML → Doc when asked). */
  create(resource?: unknown, mediaData?: unknown, optionalArgs?: unknown): unknown {
    return this._call('create', 'drive.files.create', () => {
      const body = recordOrEmpty(resource);
      const media = readMedia(mediaData);
      const name = optionalString(body.name) ?? media?.name ?? 'Untitled';
      const mimeType = optionalString(body.mimeType) ?? media?.contentType ?? 'application/octet-stream';
      const parents = Array.isArray(body.parents) ? body.parents.map(String) : [ROOT_ID];
      this._checkParents(parents);
      // Everything that can fail is checked before the file exists: a failed call leaves no file behind.
      const content = media ? storedContent(mimeType, media) : undefined;
      const file = addFile(this.ctx, {
        name,
        mimeType,
        parents: parents.length === 0 ? [ROOT_ID] : parents,
        appProperties: mergeProperties({}, stringMap(body.appProperties)),
        ...(body.description === undefined ? {} : { description: String(body.description) }),
      });
      if (content) storeContent(file, content);
      else if (mimeType === DOC_MIME) file.doc = newDocState(name);
      return this._respond(file, optionalArgs);
    });
  }

  /** `files.get`: the file's metadata (trashed files too), or `File not found: ID.` */
  get(fileId: unknown, optionalArgs?: unknown): unknown {
    return this._call('get', 'drive.files.get', () => {
      if (recordOrEmpty(optionalArgs).alt === 'media') {
        throw new ApiFailure('alt=media is not supported by the Launch Desk local host.');
      }
      return this._respond(this._file(fileId), optionalArgs);
    });
  }

  /**
   * `files.list`: files matching `q` (trashed ones included unless `trashed = false` says
   * otherwise, as in Drive), in `orderBy` order or creation order, `pageSize` at a time.
   */
  list(optionalArgs?: unknown): unknown {
    return this._call('list', 'drive.files.list', () => {
      const args = recordOrEmpty(optionalArgs);
      const pageSize = args.pageSize === undefined ? 100 : Number(args.pageSize);
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new ApiFailure(
          `Invalid value '${String(args.pageSize)}'. Values must be within the range: [1, 1000]`,
        );
      }
      const matches = compileQuery(optionalString(args.q) ?? '', this.ctx.state);
      const files = this._order(this.ctx.state.drive.files.filter(matches), optionalString(args.orderBy));
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

  /**
   * `files.update` with patch semantics: name, description, trashed, appProperties (merged; a
   * null value deletes a key), new media; parents move only through `addParents`/`removeParents`.
   */
  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs?: unknown): unknown {
    return this._call('update', 'drive.files.update', () => {
      const file = this._file(fileId);
      const body = recordOrEmpty(resource);
      const args = recordOrEmpty(optionalArgs);
      if (body.parents !== undefined) {
        throw new ApiFailure(
          'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
          403,
        );
      }
      const media = readMedia(mediaData);
      const content = media ? storedContent(file.mimeType, media) : undefined;
      const parents = this._moveParents(file, commaList(args.addParents), commaList(args.removeParents));
      if (body.name !== undefined) file.name = String(body.name);
      if (body.description !== undefined) file.description = String(body.description);
      if (body.trashed !== undefined) file.trashed = body.trashed === true;
      file.appProperties = mergeProperties(file.appProperties, stringMap(body.appProperties));
      file.parents = parents;
      if (content) storeContent(file, content);
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
      const name = optionalString(body.name) ?? `Copy of ${source.name}`;
      // Without parents, the copy goes where the original is, as Drive v3 does.
      const parents = Array.isArray(body.parents) ? body.parents.map(String) : [...source.parents];
      this._checkParents(parents);
      const description = optionalString(body.description) ?? source.description;
      const copy = addFile(this.ctx, {
        name,
        mimeType: source.mimeType,
        parents: parents.length === 0 ? [ROOT_ID] : parents,
        appProperties: mergeProperties(source.appProperties, stringMap(body.appProperties)),
        ...(description === undefined ? {} : { description }),
        ...(source.contentBase64 === undefined ? {} : { contentBase64: source.contentBase64 }),
      });
      if (source.doc) copy.doc = newDocState(name, structuredClone(source.doc.blocks));
      return this._respond(copy, optionalArgs);
    });
  }

  /** `files.delete` (named `remove` in Apps Script): deletes the file, and a folder's content with it. */
  remove(fileId: unknown, _optionalArgs?: unknown): void {
    this._call('remove', 'drive.files.delete', () => {
      const file = this._file(fileId);
      const doomed = new Set([file.id]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const other of this.ctx.state.drive.files) {
          if (!doomed.has(other.id) && other.parents.some((parent) => doomed.has(parent))) {
            doomed.add(other.id);
            grew = true;
          }
        }
      }
      this.ctx.state.drive.files = this.ctx.state.drive.files.filter((other) => !doomed.has(other.id));
      return undefined;
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

  private _moveParents(file: DriveFileState, add: string[], remove: string[]): string[] {
    if (add.length === 0 && remove.length === 0) return file.parents;
    const parents = file.parents.filter((id) => !remove.includes(id));
    for (const id of add) if (!parents.includes(id)) parents.push(id);
    this._checkParents(add);
    if (parents.length > 1) throw new ApiFailure('Increasing the number of parents is not allowed.', 403);
    return parents.length === 0 ? [ROOT_ID] : parents;
  }

  private _order(files: DriveFileState[], orderBy: string | undefined): DriveFileState[] {
    if (orderBy === undefined || orderBy.trim() === '') return files;
    const keys = orderBy.split(',').map((part) => {
      const [key = '', direction = 'asc', ...rest] = part.trim().split(/\s+/);
      const compare = ORDER_KEYS[key];
      if (!compare || rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) {
        throw new ApiFailure('Invalid Value');
      }
      return direction === 'desc' ? (a: DriveFileState, b: DriveFileState) => compare(b, a) : compare;
    });
    return [...files].sort((a, b) => {
      for (const compare of keys) {
        const order = compare(a, b);
        if (order !== 0) return order;
      }
      return 0;
    });
  }

  private _respond(file: DriveFileState, optionalArgs: unknown): unknown {
    const fields = optionalString(recordOrEmpty(optionalArgs).fields);
    return this.ctx.realm.import(
      selectFields(fileResource(this.ctx.state, file), fields, FILE_FIELDS, FILE_DEFAULT_FIELDS),
    );
  }
}
