import { counted, type ServiceContext } from '../../service-context.js';
import type { DocState, DriveFileState, WorkspaceState } from '../../state.js';
import { advancedCall } from './advanced-call.js';
import { applyRequests } from './docs-requests.js';
import { documentResource, revisionId } from './docs-structure.js';
import { addFile, DOC_MIME, findFile, newDocState, ROOT_ID, touch } from './drive-store.js';
import { ApiFailure } from './errors.js';
import { optionalString, recordOrEmpty } from './values.js';

/** Docs API write requests a user may make per minute and project (Docs API usage limits). */
const WRITES_PER_MINUTE = 60;
const MINUTE_MS = 60_000;

/**
 * When the user's recent write requests were made, by workspace. Kept beside the state, not in
 * it: a quota window is a minute, and a workspace loaded again from disk starts a fresh one.
 */
const recentWrites = new WeakMap<WorkspaceState, number[]>();

/**
 * Counts one write request (`create`, `batchUpdate`) against the per-minute quota, or refuses it
 * with the 429 Google answers once 60 writes were made in the last minute.
 */
function spendWrite(ctx: ServiceContext): void {
  const now = ctx.now();
  const writes = (recentWrites.get(ctx.state) ?? []).filter((at) => now - at < MINUTE_MS);
  if (writes.length >= WRITES_PER_MINUTE) {
    recentWrites.set(ctx.state, writes);
    throw new ApiFailure(
      "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com'.",
      429,
      'rateLimitExceeded',
    );
  }
  writes.push(now);
  recentWrites.set(ctx.state, writes);
}

/**
 * `Docs.Documents` of the Docs v1 advanced service: create an empty Doc, read a Doc's structure
 * with the indexes the API computes, and apply a batch of edits atomically.
 */
export class DocsDocuments {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'Docs.Documents', this);
  }

  /** `documents.create`: a blank Doc titled `title` (other fields are ignored, as by the API) in My Drive. */
  create(resource?: unknown): unknown {
    return advancedCall(this.ctx, 'Docs.Documents.create', 'docs.documents.create', () => {
      spendWrite(this.ctx);
      const title = optionalString(recordOrEmpty(resource).title) ?? 'Untitled document';
      const doc = newDocState(title);
      const file = addFile(this.ctx, { name: title, mimeType: DOC_MIME, parents: [ROOT_ID], doc });
      return this.ctx.realm.import(documentResource(file, doc));
    });
  }

  /** `documents.get`: the Document resource; `{includeTabsContent: true}` puts the body in `tabs`. */
  get(documentId: unknown, optionalArgs?: unknown): unknown {
    return advancedCall(this.ctx, 'Docs.Documents.get', 'docs.documents.get', () => {
      const { file, doc } = this._document(documentId);
      const includeTabs = recordOrEmpty(optionalArgs).includeTabsContent === true;
      return this.ctx.realm.import(documentResource(file, doc, includeTabs));
    });
  }

  /**
   * `documents.batchUpdate`: applies `requests` in order, all or nothing, and answers with one
   * reply per request (`{replaceAllText: {occurrencesChanged: n}}` or `{}`). Each call is one
   * write request of the user's 60 a minute, whatever it holds.
   */
  batchUpdate(resource: unknown, documentId: unknown): unknown {
    return advancedCall(this.ctx, 'Docs.Documents.batchUpdate', 'docs.documents.batchUpdate', () => {
      spendWrite(this.ctx);
      const { file, doc } = this._document(documentId);
      const requests = recordOrEmpty(resource).requests;
      const outcome = applyRequests(doc.blocks, Array.isArray(requests) ? requests : []);
      if (outcome.changed) {
        doc.blocks = outcome.blocks;
        doc.revision += 1;
        touch(this.ctx, file);
      }
      return this.ctx.realm.import({
        documentId: file.id,
        replies: outcome.replies,
        writeControl: { requiredRevisionId: revisionId(doc) },
      });
    });
  }

  private _document(documentId: unknown): { file: DriveFileState; doc: DocState } {
    const file = findFile(this.ctx.state, optionalString(documentId) ?? '');
    if (!file) throw new ApiFailure('Requested entity was not found.', 404);
    if (file.mimeType !== DOC_MIME) {
      throw new ApiFailure(
        'This operation is not supported for this document. The document must be a Google Docs document.',
      );
    }
    // A Doc stored without content (a backend that wrote only its metadata) reads as a blank Doc.
    file.doc ??= newDocState(file.name);
    return { file, doc: file.doc };
  }
}
